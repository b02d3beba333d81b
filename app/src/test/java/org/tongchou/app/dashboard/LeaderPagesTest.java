package org.tongchou.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.tongchou.app.web.RenderedContent;
import org.tongchou.app.support.HttpTestClient;
import org.tongchou.app.support.SignedInPageTest;
import org.tongchou.app.support.WebAppTest;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.tongchou.app.data.ValueStatus;
import org.tongchou.app.data.ValueWrite;
import org.tongchou.app.map.MapService;
import org.tongchou.app.periods.Period;
import org.tongchou.app.units.UnitLevel;
import tools.jackson.databind.JsonNode;

/**
 * The leader pages as a leader uses them over HTTP: the dashboard map's layers and their values, the map
 * page's "schematic" wording, town URLs (9-digit codes, unknown codes) and one town compared across
 * years. Own city (太仓市 320585, three towns, 2022–2024) and framework, so other web tests' data does
 * not interfere.
 */
@WebAppTest
class LeaderPagesTest extends SignedInPageTest {
    private static final String AREA = "320585000000";
    private static final String[] TOWNS = {"320585100000", "320585101000", "320585102000"};
    private static final double[][] BASE = {{10, 5, 7}, {20, 3, 1}, {30, 1, 4}};
    @Autowired
    MapService maps;
    /** The leader's browser session (pages); {@link #basic} sends HTTP Basic calls without a session. */
    private HttpTestClient http;
    private HttpTestClient basic;

    /** Raw value of indicator j (0-based) of town t in a year: each town grows at its own pace. */
    private static double raw(int t, int j, int year) {
        return BASE[t][j] + (year - 2022) * (t + 1) * (j + 1);
    }

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        http.signIn("leader", PW);
        basic = new HttpTestClient(port);
        if (jdbc.sql("SELECT COUNT(*) FROM admin_unit WHERE code = ?").param(AREA).query(Long.class).single() > 0) return;
        indicators.invalidate();
        frameworks.importYaml(new StringReader("""
                framework: {code: leadmini, name_zh: 领导页测试, name_en: Leader mini}
                indicators:
                  - {code: lx1, name_zh: 人均收入, name_en: Income per head, unit: 元, direction: 1, periodicity: year, min: 0, max: 1000}
                  - {code: lx2, name_zh: 能耗, name_en: Energy use, unit: "", direction: -1, periodicity: year, min: 0, max: 1000}
                  - {code: lx3, name_zh: 绿地率, name_en: Green share, unit: "%", direction: 1, periodicity: year, min: 0, max: 1000}
                dimensions:
                  - {code: ld1, name_zh: 经济, name_en: Economy, weight: 1, indicators: [{code: lx1, weight: 1}, {code: lx2, weight: 1}]}
                  - {code: ld2, name_zh: 生态, name_en: Ecology, weight: 1, indicators: [{code: lx3, weight: 1}]}
                """), "test");
        long city = unit(AREA, "太仓市", "COUNTY", null);
        String[] names = {"城厢镇", "沙溪镇", "浏河镇"};
        for (int t = 0; t < 3; t++) {
            long id = unit(TOWNS[t], names[t], "TOWNSHIP", city);
            for (int y = 2022; y <= 2024; y++) {
                for (int j = 0; j < 3; j++) {
                    values.write(new ValueWrite(id, "lx" + (j + 1), Period.year(y), raw(t, j, y), ValueStatus.APPROVED,
                            "synthetic demo", null), "test", null);
                }
            }
        }
        String plan = json.writeValueAsString(Map.of("code", "lead1", "name", "Leader", "frameworkCode", "leadmini",
                "normalisation", "MIN_MAX", "indicatorWeighting", "EQUAL", "groupWeighting", "EQUAL",
                "aggregation", "ARITHMETIC", "areaCode", AREA));
        assertThat(basic.send("PUT", "/api/evaluations/plans/lead1", plan, "analyst", PW).statusCode()).isEqualTo(200);
        for (String y : List.of("2022", "2023", "2024")) {
            HttpResponse<String> run = basic.send("POST", "/api/evaluations/plans/lead1/runs?period=" + y, null, "analyst", PW);
            assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
            long id = json.readTree(run.body()).get("id").asLong();
            assertThat(basic.send("POST", "/api/evaluations/runs/" + id + "/publish", null, "analyst", PW).statusCode()).isEqualTo(200);
        }
    }

    private long unit(String code, String name, String level, Long parent) {
        GeneratedKeyHolder kh = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO admin_unit (code, name, level, kind, parent_id, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, NULL)")
                .params(code, name, level, "镇", parent, LocalDate.of(2000, 1, 1)).update(kh, "id");
        return kh.getKey().longValue();
    }

    private JsonNode api(String path) {
        HttpResponse<String> r = basic.get(path, "leader", PW);
        assertThat(r.statusCode()).as("%s: %s", path, r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    @Test
    void dashboardMapOffersEveryScoreAndIndicatorAndServesTheirValues() {
        HttpResponse<String> page = http.page("/dashboard?plan=lead1", null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        for (String layer : List.of("index", "coordination-d", "ld1", "ld2", "lx1", "lx2", "lx3")) {
            assertThat(body).as("layer %s offered", layer).contains("value=\"" + layer + "\"");
        }
        assertThat(body).contains("id=\"map-layer\"").contains("class=\"tc-map\"").doesNotContain("tile-map")
                .contains("layer=index").contains("人均收入 (元)");
        assertThat(http.page("/dashboard?plan=lead1&layer=lx3", null, null).body()).as("layer from the address")
                .containsPattern("value=\"lx3\"[^>]*selected").contains("period=2024&amp;layer=lx3");
        assertThat(http.page("/dashboard?plan=lead1&layer=nonsense", null, null).body()).as("unknown layer: overall score")
                .containsPattern("value=\"index\"[^>]*selected");

        JsonNode incomes = api("/api/results/map?plan=lead1&period=2023&layer=lx1");
        for (int t = 0; t < 3; t++) assertThat(incomes.get(TOWNS[t]).asDouble()).isEqualTo(raw(t, 0, 2023));
        assertThat(incomes.size()).as("towns only, not the city's own row").isEqualTo(3);
        JsonNode scores = api("/api/results/map?plan=lead1&period=2024&layer=index");
        JsonNode ranking = api("/api/results/dashboard?plan=lead1&period=2024").get("towns");
        for (JsonNode t : ranking) assertThat(scores.get(t.get("code").asString()).asDouble()).isCloseTo(t.get("score").asDouble(), within(1e-9));
        JsonNode dim = api("/api/results/map?plan=lead1&period=2024&layer=ld2");
        assertThat(dim.get(TOWNS[2]).asDouble()).as("dimension scores ×100").isBetween(0.0, 100.0);

        HttpResponse<String> unknown = basic.get("/api/results/map?plan=lead1&layer=nonsense", "leader", PW);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(unknown.body()).contains("nonsense");
    }

    @Test
    void mapPageSaysSchematicOnlyWhileTheShapesAreSchematic() {
        maps.storeSchematic(List.of(new double[] {121.0, 31.4}, new double[] {121.3, 31.4}, new double[] {121.3, 31.7},
                new double[] {121.0, 31.7}), AREA, UnitLevel.TOWNSHIP, LocalDate.now(), "test outline");
        String schematic = http.page("/map", null, null).body();
        assertThat(schematic).contains("id=\"map-intro-schematic\"").contains("示意划分");
        assertThat(http.page("/dashboard?plan=lead1", null, null).body()).as("dashboard map labelled schematic")
                .containsPattern("<p class=\"map-note\">示意图");

        StringBuilder real = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int t = 0; t < 3; t++) {
            double x = 121.0 + t * 0.1;
            real.append(t == 0 ? "" : ",").append("{\"type\":\"Feature\",\"properties\":{\"code\":\"").append(TOWNS[t], 0, 9)
                    .append("\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[").append(x).append(",31.4],[")
                    .append(x + 0.1).append(",31.4],[").append(x + 0.1).append(",31.6],[").append(x).append(",31.4]]]}}");
        }
        real.append("]}");
        HttpResponse<String> up = basic.send("POST", "/api/admin/map/boundaries?file=taicang.geojson", real.toString(), "admin", PW);
        assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
        String now = http.page("/map", null, null).body();
        assertThat(now).as("real boundaries: no schematic wording").doesNotContain("map-intro-schematic").doesNotContain("示意划分")
                .contains("<p class=\"map-note\" hidden=\"hidden\">");
    }

    @Autowired
    RenderedContent rendered;

    /**
     * The dashboard's content is rendered once per equal model (RenderedContent) and shared between users
     * who see the same thing; the layout (who is signed in) stays each user's own.
     */
    @Test
    void renderedContentIsSharedButTheLayoutIsEachUsersOwn() {
        String user = reporterOfFirstTown();
        HttpTestClient reporter = new HttpTestClient(port);
        reporter.signIn(user, REPORTER_PW);
        String first = http.page("/dashboard?plan=lead1&period=2023", null, null).body();
        int held = rendered.size();
        String again = http.page("/dashboard?plan=lead1&period=2023", null, null).body();
        String theirs = reporter.page("/dashboard?plan=lead1&period=2023", null, null).body();
        assertThat(rendered.size()).as("the same model renders once").isEqualTo(held);
        assertThat(main(again)).isEqualTo(main(first));
        assertThat(main(theirs)).as("a reporter sees the same published content").isEqualTo(main(first));
        assertThat(theirs).contains("id=\"current-user\">城厢镇填报员<").doesNotContain("id=\"current-user\">leader<");
        assertThat(first).contains("id=\"current-user\">leader<");
        assertThat(first).as("the sign-out form keeps its CSRF field").containsPattern("<form[^>]*action=\"/logout\"[^>]*>\\s*<input type=\"hidden\" name=\"_csrf\"");
        assertThat(first).as("htmx's CSRF meta").contains("<meta name=\"_csrf\" content=");
        assertThat(main(http.page("/dashboard?plan=lead1&period=2024", null, null).body())).as("another run, other content")
                .isNotEqualTo(main(first)).contains("2024");
    }

    private static String main(String page) {
        return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
    }

    /** A reporter made by the test: not a demo account, so not the demo password (which new passwords may not be). */
    private static final String REPORTER_PW = "lantern over the canal";

    private String reporterOfFirstTown() {
        String user = "reporter-lead-" + TOWNS[0].substring(0, 9);
        if (basic.get("/api/users/" + user, "admin", PW).statusCode() == 404) {
            String body = json.writeValueAsString(Map.of("username", user, "displayName", "城厢镇填报员", "password", REPORTER_PW,
                    "role", "REPORTER", "scopeUnit", TOWNS[0]));
            assertThat(basic.send("POST", "/api/users", body, "admin", PW).statusCode()).isEqualTo(201);
        }
        return user;
    }

    /** A town reporter reads his own town's profile, page and API, and gets 403 on any other town's. */
    @Test
    void aTownReporterReadsOnlyHisOwnTownsProfile() {
        String user = reporterOfFirstTown();
        HttpTestClient reporter = new HttpTestClient(port);
        reporter.signIn(user, REPORTER_PW);
        assertThat(reporter.page("/towns/" + TOWNS[0] + "?plan=lead1&period=2024", null, null).statusCode()).isEqualTo(200);
        assertThat(reporter.page("/towns/" + TOWNS[1] + "?plan=lead1&period=2024", null, null).statusCode()).isEqualTo(403);
        assertThat(basic.get("/api/results/towns/" + TOWNS[0] + "?plan=lead1", user, REPORTER_PW).statusCode()).isEqualTo(200);
        HttpResponse<String> other = basic.get("/api/results/towns/" + TOWNS[1] + "?plan=lead1", user, REPORTER_PW);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("out-of-scope");
        assertThat(basic.get("/api/results/towns/" + TOWNS[2] + "/years?plan=lead1", user, REPORTER_PW).statusCode()).isEqualTo(403);
    }

    @Test
    void townUrlsTakeNineDigitCodesAndUnknownCodesAre404() {
        HttpResponse<String> nine = http.page("/towns/320585101?plan=lead1&period=2023", null, null);
        assertThat(nine.statusCode()).isEqualTo(301);
        assertThat(nine.headers().firstValue("Location").orElse("")).endsWith("/towns/320585101000?plan=lead1&period=2023");
        assertThat(http.page("/towns/320585101000?plan=lead1&period=2023", null, null).body()).contains("沙溪镇");

        for (String bad : List.of("320585999000", "320585999", "abc", "3205851")) {
            HttpResponse<String> r = http.page("/towns/" + bad + "?plan=lead1", null, null);
            assertThat(r.statusCode()).as(bad).isEqualTo(404);
            assertThat(r.body()).as(bad).contains("id=\"error-page\"").contains("data-status=\"404\"");
        }
        assertThat(http.page("/towns/" + AREA + "?plan=lead1", null, null).statusCode()).as("the city is not a town of the run").isEqualTo(404);

        HttpResponse<String> problem = basic.get("/api/results/towns/320585999000?plan=lead1", "leader", PW);
        assertThat(problem.statusCode()).isEqualTo(404);
        assertThat(problem.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(api("/api/results/towns/320585101?plan=lead1").get("town").get("code").asString()).isEqualTo(TOWNS[1]);
    }

    @Test
    void oneTownAcrossChosenYearsWithChanges() {
        HttpResponse<String> page = http.page("/compare?mode=years&plan=lead1&town=320585102&years=2022&years=2024", null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("id=\"years-table\"").contains("浏河镇").contains("变化 2022→2024")
                .contains("data-row=\"index\"").contains("data-row=\"ld1\"").contains("data-row=\"lx3\"")
                .containsPattern("id=\"mode-years\"[^>]*class=\"active\"|class=\"active\"[^>]*id=\"mode-years\"");
        // lx1 of 浏河镇: 30 in 2022, 30 + 2 * 3 = 36 in 2024
        assertThat(body).contains("30.00").contains("36.00").contains("+6.00");

        JsonNode y = api("/api/results/towns/" + TOWNS[2] + "/years?plan=lead1&years=2022&years=2024");
        assertThat(y.get("years").toString()).isEqualTo("[\"2022\",\"2024\"]");
        JsonNode lx1 = null;
        for (JsonNode r : y.get("indicators")) if (r.get("name").get("code").asString().equals("lx1")) lx1 = r;
        assertThat(lx1).isNotNull();
        assertThat(lx1.get("change").asDouble()).isEqualTo(raw(2, 0, 2024) - raw(2, 0, 2022));
        JsonNode score = y.get("overall").get(0);
        assertThat(score.get("change").asDouble()).isCloseTo(score.get("values").get(1).asDouble() - score.get("values").get(0).asDouble(), within(1e-9));
        assertThat(api("/api/results/towns/" + TOWNS[2] + "/years?plan=lead1").get("years").size()).as("all years by default").isEqualTo(3);

        String side = http.page("/compare?plan=lead1&towns=" + TOWNS[0] + "&towns=" + TOWNS[1], null, null).body();
        assertThat(side).contains("id=\"compare-table\"").contains("mode=years").contains("town=" + TOWNS[0]);
        assertThat(http.page("/compare?mode=years&plan=lead1&town=320585999000", null, null).statusCode()).isEqualTo(404);
        assertThat(basic.get("/api/results/towns/320585999000/years?plan=lead1", "leader", PW).statusCode()).isEqualTo(404);
    }

    @Test
    void leaderPagesHaveEveryTextInBothLanguages() {
        List<String> pages = List.of("/dashboard?plan=lead1", "/towns/" + TOWNS[0] + "?plan=lead1", "/compare?plan=lead1&towns=" + TOWNS[0],
                "/compare?mode=years&plan=lead1&town=" + TOWNS[0], "/explorer?indicator=lx1", "/map");
        for (String lang : List.of("en", "zh-CN")) {
            for (String p : pages) {
                HttpResponse<String> r = http.page(p + (p.contains("?") ? "&" : "?") + "lang=" + lang, null, null);
                assertThat(r.statusCode()).as("%s in %s", p, lang).isEqualTo(200);
                assertThat(r.body()).as("no missing message keys on %s in %s", p, lang).doesNotContain("??");
            }
        }
        assertThat(http.page("/compare?mode=years&plan=lead1&town=" + TOWNS[0] + "&lang=en", null, null).body())
                .contains("One township across years").contains("Change 2022→2024")
                .as("the language switch keeps the page's query")
                .contains("href=\"?mode=years&amp;plan=lead1&amp;town=" + TOWNS[0] + "&amp;lang=zh-CN\"");
    }
}
