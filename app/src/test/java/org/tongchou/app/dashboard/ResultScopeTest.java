package org.tongchou.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongchou.app.security.NewUser;
import org.tongchou.app.security.Role;
import org.tongchou.app.security.UserService;
import org.tongchou.app.support.HttpTestClient;
import org.tongchou.app.support.SignedInPageTest;
import org.tongchou.app.support.ThreeTownCity;
import org.tongchou.app.support.WebAppTest;
import tools.jackson.databind.JsonNode;

/**
 * Issue 9, item 5: a town reporter read every town's raw values, scores and ranks through the results API
 * and the comparison pages. Now every read of stored results goes through {@code EvaluationResults}, which
 * holds it to the caller's {@code ResultScope}: a reporter sees their own town in detail and the other
 * towns only as published city-wide (overall and dimension scores and ranks), never their raw values,
 * indicator scores, gap decompositions or obstacles; unpublished runs do not exist for them. A leader
 * still reads every published town in detail. Own city (启东市 320681, three towns) so that other web
 * tests' data does not interfere.
 */
@WebAppTest
class ResultScopeTest extends SignedInPageTest {
    private static final String AREA = "320681000000";
    private static final String[] TOWNS = {"320681100000", "320681101000", "320681102000"};
    private static final String OWN = TOWNS[0];
    private static final String REPORTER = "reporter-scope-test";
    private static final String REPORTER_PW = "Qidong-scope-2026!";
    /** Raw values that appear nowhere else: town t, indicator j. */
    private static final double[][] RAW = {{41_173, 52_207, 63_311}, {74_419, 85_523, 96_631}, {17_737, 28_843, 39_953}};
    private static final ThreeTownCity CITY = new ThreeTownCity("""
            framework: {code: scopemini, name_zh: 范围测试, name_en: Scope mini}
            indicators:
              - {code: sq1, name_zh: 人均收入, name_en: Income per head, unit: 元, direction: 1, periodicity: year, min: 0, max: 1000000}
              - {code: sq2, name_zh: 投资, name_en: Investment, unit: 万元, direction: 1, periodicity: year, min: 0, max: 1000000}
              - {code: sq3, name_zh: 集中率, name_en: Concentration, unit: "%", direction: 1, periodicity: year, min: 0, max: 1000000}
            dimensions:
              - {code: sd1, name_zh: 经济, name_en: Economy, weight: 1, indicators: [{code: sq1, weight: 1}, {code: sq2, weight: 1}]}
              - {code: concentration, name_zh: 三个集中, name_en: Concentrations, weight: 1, indicators: [{code: sq3, weight: 1}]}
            """, "sq", AREA, "启东市", List.of(TOWNS), List.of("汇龙镇", "南阳镇", "北新镇"), (t, j, y) -> RAW[t][j] + (y - 2023));
    private static long published;
    private static long unpublished;
    @Autowired
    UserService users;
    private HttpTestClient api;

    @BeforeEach
    void setUp() {
        api = new HttpTestClient(port);
        if (!CITY.createOnce(jdbc, frameworks, indicators, values)) return;
        users.create(new NewUser(REPORTER, "汇龙镇填报员", REPORTER_PW, Role.REPORTER, OWN), "test");
        String plan = json.writeValueAsString(Map.of("code", "scope1", "name", "Scope", "frameworkCode", "scopemini",
                "normalisation", "MIN_MAX", "indicatorWeighting", "EQUAL", "groupWeighting", "EQUAL",
                "aggregation", "ARITHMETIC", "areaCode", AREA));
        assertThat(api.send("PUT", "/api/evaluations/plans/scope1", plan, "analyst", PW).statusCode()).isEqualTo(200);
        published = run("2023", true);
        unpublished = run("2024", false);
    }

    private long run(String year, boolean publish) {
        HttpResponse<String> run = api.send("POST", "/api/evaluations/plans/scope1/runs?period=" + year, null, "analyst", PW);
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        long id = json.readTree(run.body()).get("id").asLong();
        if (publish) assertThat(api.send("POST", "/api/evaluations/runs/" + id + "/publish", null, "analyst", PW).statusCode()).isEqualTo(200);
        return id;
    }

    /** A number that is not there: null, or NaN (written as a string or a bare token). */
    private static boolean missing(JsonNode n) {
        return n == null || n.isNull() || "NaN".equals(n.asString()) || (n.isNumber() && Double.isNaN(n.asDouble()));
    }

    private JsonNode get(String path, String user, String password) {
        HttpResponse<String> r = api.get(path, user, password);
        assertThat(r.statusCode()).as("%s as %s: %s", path, user, r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    /** The raw values of town t found in a text, written as 41173(.0…) or 41,173, and not part of a longer number. */
    private static List<String> rawOf(int t, String text) {
        List<String> found = new ArrayList<>();
        for (double v : RAW[t]) {
            for (long n : new long[] {(long) v, (long) v + 1}) {
                for (String form : List.of(String.valueOf(n), String.format("%,d", n))) {
                    if (java.util.regex.Pattern.compile("(?<![0-9.,])" + java.util.regex.Pattern.quote(form) + "(?![0-9]|,[0-9])").matcher(text).find()) {
                        found.add(form);
                    }
                }
            }
        }
        return found;
    }

    /** The raw values of the other towns found in a text. */
    private static List<String> othersRaw(String text) {
        List<String> found = new ArrayList<>(rawOf(1, text));
        found.addAll(rawOf(2, text));
        return found;
    }

    @Test
    void aReporterReadsARunWithOnlyTheirOwnTownInDetail() {
        JsonNode asReporter = get("/api/results/runs/" + published, REPORTER, REPORTER_PW).get("result");
        JsonNode asLeader = get("/api/results/runs/" + published, "leader", PW).get("result");
        for (JsonNode s : asReporter.get("scores")) {
            String unit = s.get("unit").asString();
            String node = s.get("node").asString();
            boolean indicator = node.startsWith("sq");
            if (unit.equals(OWN) || unit.equals(AREA)) {
                if (indicator) assertThat(missing(s.get("raw"))).as("own town's and city's raw %s", node).isFalse();
            } else {
                assertThat(missing(s.get("raw"))).as("raw value of %s %s", unit, node).isTrue();
                assertThat(missing(s.get("score"))).as("score of %s %s", unit, node).isEqualTo(indicator);
            }
        }
        for (JsonNode g : asReporter.get("gaps")) assertThat(g.get("unit").asString()).isEqualTo(OWN);
        for (JsonNode o : asReporter.get("obstacles")) assertThat(o.get("unit").asString()).isEqualTo(OWN);
        assertThat(asReporter.get("units")).hasSize(3).allSatisfy(u -> assertThat(u.get("rank").isNull()).isFalse());
        assertThat(othersRaw(asReporter.toString())).isEmpty();

        assertThat(asLeader.get("gaps").findValuesAsString("unit")).as("a leader reads every town").contains(TOWNS[1], TOWNS[2]);
        assertThat(rawOf(1, asLeader.toString())).isNotEmpty();
    }

    @Test
    void comparisonsMapsAndTheDashboardShowOtherTownsOnlyAsPublished() {
        JsonNode compare = get("/api/results/compare?plan=scope1&towns=" + TOWNS[1] + "&towns=" + TOWNS[2], REPORTER, REPORTER_PW);
        assertThat(compare.get("towns")).hasSize(2);
        assertThat(compare.get("scores").get(TOWNS[1]).get("sd1").isNull()).as("dimension scores are published").isFalse();
        for (JsonNode t : compare.get("towns")) assertThat(missing(t.get("concentrations").get("sq3"))).isTrue();
        assertThat(othersRaw(compare.toString())).isEmpty();

        JsonNode map = get("/api/results/map?plan=scope1&layer=sq1", REPORTER, REPORTER_PW);
        assertThat(map.propertyNames()).containsExactly(OWN);
        assertThat(get("/api/results/map?plan=scope1&layer=sq1", "leader", PW).propertyNames()).hasSize(3);
        assertThat(get("/api/results/map?plan=scope1&layer=index", REPORTER, REPORTER_PW).propertyNames()).as("the ranking's score").hasSize(3);

        JsonNode city = get("/api/results/dashboard?plan=scope1", REPORTER, REPORTER_PW);
        for (JsonNode t : city.get("towns")) {
            assertThat(missing(t.get("concentrations").get("sq3"))).as(t.get("code").asString()).isEqualTo(!t.get("code").asString().equals(OWN));
        }
        assertThat(othersRaw(city.toString())).isEmpty();

        assertThat(api.get("/api/results/towns/" + TOWNS[1] + "/years?plan=scope1", REPORTER, REPORTER_PW).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/results/towns/" + TOWNS[1] + "?plan=scope1", REPORTER, REPORTER_PW).statusCode()).isEqualTo(403);
        assertThat(rawOf(0, get("/api/results/towns/" + OWN + "/years?plan=scope1", REPORTER, REPORTER_PW).toString())).isNotEmpty();
    }

    @Test
    void theComparisonPagesShowNoRawValueOfAnotherTown() {
        HttpTestClient reporter = new HttpTestClient(port);
        reporter.signIn(REPORTER, REPORTER_PW);
        HttpTestClient leader = new HttpTestClient(port);
        leader.signIn("leader", PW);
        for (String page : List.of("/compare?plan=scope1&mode=years&town=" + TOWNS[1],
                "/compare?plan=scope1&towns=" + TOWNS[1] + "&towns=" + TOWNS[2], "/dashboard?plan=scope1",
                "/evaluation/runs/" + published)) {
            HttpResponse<String> r = reporter.page(page, null, null);
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            assertThat(othersRaw(r.body())).as(page).isEmpty();
        }
        assertThat(rawOf(1, leader.page("/compare?plan=scope1&mode=years&town=" + TOWNS[1], null, null).body()))
                .as("a leader reads another town's figures").isNotEmpty();
        assertThat(rawOf(0, reporter.page("/compare?plan=scope1&mode=years&town=" + OWN, null, null).body()))
                .as("a reporter reads their own").isNotEmpty();
    }

    @Test
    void anUnpublishedRunDoesNotExistForReportersAndLeaders() {
        for (String[] who : new String[][] {{REPORTER, REPORTER_PW}, {"leader", PW}}) {
            assertThat(api.get("/api/results/runs/" + unpublished, who[0], who[1]).statusCode()).as(who[0]).isEqualTo(404);
            assertThat(api.get("/api/results/compare?plan=scope1&period=2024&towns=" + OWN, who[0], who[1]).statusCode()).isEqualTo(404);
        }
        assertThat(api.get("/api/results/runs/" + unpublished, "analyst", PW).statusCode()).isEqualTo(200);
        HttpTestClient reporter = new HttpTestClient(port);
        reporter.signIn(REPORTER, REPORTER_PW);
        assertThat(reporter.page("/evaluation/runs/" + unpublished, null, null).statusCode()).isEqualTo(404);
    }
}
