package org.tongchou.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.tongchou.app.data.DataValueService;
import org.tongchou.app.data.ValueStatus;
import org.tongchou.app.data.ValueWrite;
import org.tongchou.app.demo.DemoAccounts;
import org.tongchou.app.evaluation.EvaluationPlan;
import org.tongchou.app.evaluation.EvaluationService;
import org.tongchou.app.evaluation.GroupWeighting;
import org.tongchou.app.evaluation.IndicatorWeighting;
import org.tongchou.app.evaluation.PlanAggregation;
import org.tongchou.app.evaluation.PlanBoundaries;
import org.tongchou.app.evaluation.PlanNormalisation;
import org.tongchou.app.indicators.FrameworkService;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.periods.Period;
import org.tongchou.app.security.NewUser;
import org.tongchou.app.security.Role;
import org.tongchou.app.security.UserService;
import org.tongchou.app.support.HttpTestClient;
import org.tongchou.app.support.SignedInPageTest;
import org.tongchou.app.support.WebAppTest;
import org.tongchou.app.units.UnitLevel;
import tools.jackson.databind.JsonNode;

/**
 * Leaders of an area (issue 12): a small generated province (浙江 330000, two prefectures, four counties, eight
 * townships; synthetic figures) with a plan of its counties grouped by prefecture, a plan of its townships and a
 * plan of one prefecture's townships. A province leader sees all three and every unit; a prefecture leader of
 * 宁波 sees the province's plans with only 宁波's units in them (each keeping its rank in the province and in
 * its prefecture), never the plan of 杭州 nor a unit of 杭州 — not in the results API, the dashboard, the
 * profile, the comparison or the map's values. An unscoped leader still sees everything.
 */
@WebAppTest
class AreaLeadersTest extends SignedInPageTest {
    static final String PW = DemoAccounts.PASSWORD;
    static final String PROVINCE = "330000000000";
    static final String HANGZHOU = "330100000000";
    static final String NINGBO = "330200000000";
    /** County → prefecture; each county has two townships, {@code <county>001000} and {@code <county>101000}. */
    static final Map<String, String> COUNTIES = Map.of("330106000000", HANGZHOU, "330110000000", HANGZHOU,
            "330203000000", NINGBO, "330281000000", NINGBO);
    static final String PROVINCE_LEADER = "leader-zhejiang";
    static final String NINGBO_LEADER = "leader-ningbo";
    static final String HANGZHOU_LEADER = "leader-hangzhou";
    static final String LEADER_PW = "Zhejiang-area-2026!";
    @Autowired
    UserService users;
    @Autowired
    EvaluationService evaluation;
    @Autowired
    org.tongchou.app.meetings.MeetingService meetings;
    private HttpTestClient api;

    @BeforeEach
    void setUp() {
        api = new HttpTestClient(port);
        if (jdbc.sql("SELECT COUNT(*) FROM admin_unit WHERE code = ?").param(PROVINCE).query(Long.class).single() > 0) return;
        seed(jdbc, frameworks, indicators, values, evaluation);
        users.create(new NewUser(PROVINCE_LEADER, "浙江省领导", LEADER_PW, Role.LEADER, PROVINCE), "test");
        users.create(new NewUser(NINGBO_LEADER, "宁波市领导", LEADER_PW, Role.LEADER, NINGBO), "test");
        users.create(new NewUser(HANGZHOU_LEADER, "杭州市领导", LEADER_PW, Role.LEADER, HANGZHOU), "test");
    }

    /** The province, its framework, three plans and their published 2023 runs (synthetic figures). */
    static void seed(JdbcClient jdbc, FrameworkService frameworks, IndicatorService indicators, DataValueService values,
                     EvaluationService evaluation) {
        indicators.invalidate();
        frameworks.importYaml(new StringReader("""
                framework: {code: areamini, name_zh: 区域测试, name_en: Area mini}
                indicators:
                  - {code: ar1, name_zh: 人均产值, name_en: Output per head, unit: 元, direction: 1, periodicity: year, min: 0, max: 1000000}
                  - {code: ar2, name_zh: 绿化率, name_en: Green share, unit: "%", direction: 1, periodicity: year, min: 0, max: 100}
                dimensions:
                  - {code: ad1, name_zh: 发展, name_en: Development, weight: 1, indicators: [{code: ar1, weight: 1}]}
                  - {code: concentration, name_zh: 集中, name_en: Concentration, weight: 1, indicators: [{code: ar2, weight: 1}]}
                """), "test");
        LocalDate from = LocalDate.of(2000, 1, 1);
        long prov = unit(jdbc, PROVINCE, "浙江省", UnitLevel.PROVINCE, "省", null, from);
        long hz = unit(jdbc, HANGZHOU, "杭州市", UnitLevel.PREFECTURE, "市", prov, from);
        long nb = unit(jdbc, NINGBO, "宁波市", UnitLevel.PREFECTURE, "市", prov, from);
        int k = 0;
        for (String county : List.copyOf(new java.util.TreeMap<>(COUNTIES).keySet())) {
            long c = unit(jdbc, county, "县" + county.substring(2, 6), UnitLevel.COUNTY, "县", COUNTIES.get(county).equals(HANGZHOU) ? hz : nb, from);
            write(values, c, 100 + 37 * k, 20 + 11 * k);
            for (String t : List.of("001000", "101000")) {
                long town = unit(jdbc, county.substring(0, 6) + t, "镇" + county.substring(2, 6) + t.charAt(0), UnitLevel.TOWNSHIP, "镇", c, from);
                write(values, town, 50 + 13 * k + (t.charAt(0) == '1' ? 7 : 0), 30 + 5 * k + (t.charAt(0) == '1' ? 2 : 0));
            }
            k++;
        }
        save(evaluation, "zj-counties", PROVINCE, UnitLevel.COUNTY, List.of(UnitLevel.PREFECTURE));
        save(evaluation, "zj-towns", PROVINCE, UnitLevel.TOWNSHIP, List.of(UnitLevel.PREFECTURE));
        save(evaluation, "hz-towns", HANGZHOU, UnitLevel.TOWNSHIP, List.of());
        // the province's townships against a town of 杭州 as benchmark; its counties against the same town (not evaluated: a note names it)
        save(evaluation, "zj-bench", PROVINCE, UnitLevel.TOWNSHIP, List.of(), HANGZHOU_TOWN);
        save(evaluation, "zj-note", PROVINCE, UnitLevel.COUNTY, List.of(), HANGZHOU_TOWN);
        for (String plan : List.of("zj-counties", "zj-towns", "hz-towns", "zj-bench", "zj-note")) {
            evaluation.publish(evaluation.run(plan, Period.year(2023), "analyst").id(), "analyst");
        }
    }

    private static void save(EvaluationService evaluation, String code, String area, UnitLevel level, List<UnitLevel> groups) {
        save(evaluation, code, area, level, groups, null);
    }

    private static void save(EvaluationService evaluation, String code, String area, UnitLevel level, List<UnitLevel> groups, String benchmark) {
        evaluation.save(new EvaluationPlan(0, code, code, "areamini", List.of(), PlanNormalisation.MIN_MAX, IndicatorWeighting.EQUAL,
                GroupWeighting.EQUAL, PlanAggregation.ARITHMETIC, area, benchmark, Map.of(), PlanBoundaries.AS_REPORTED, level, groups, null));
    }

    /** A town of 杭州 (county 330106), the benchmark of zj-bench and zj-note. */
    static final String HANGZHOU_TOWN = "330106001000";

    private static void write(DataValueService values, long unit, double ar1, double ar2) {
        values.write(new ValueWrite(unit, "ar1", Period.year(2023), ar1, ValueStatus.APPROVED, "synthetic", null), "test", null);
        values.write(new ValueWrite(unit, "ar2", Period.year(2023), ar2, ValueStatus.APPROVED, "synthetic", null), "test", null);
    }

    static long unit(JdbcClient jdbc, String code, String name, UnitLevel level, String kind, Long parent, LocalDate from) {
        GeneratedKeyHolder kh = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO admin_unit (code, name, level, kind, parent_id, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, NULL)")
                .params(code, name, level.name(), kind, parent, from).update(kh, "id");
        return kh.getKey().longValue();
    }

    private String pw(String user) {
        return user.equals("leader") || user.equals("analyst") ? PW : LEADER_PW;
    }

    private JsonNode get(String path, String user) {
        HttpResponse<String> r = api.get(path, user, pw(user));
        assertThat(r.statusCode()).as("%s as %s: %s", path, user, r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    private int status(String path, String user) {
        return api.get(path, user, pw(user)).statusCode();
    }

    private static List<String> codes(JsonNode units) {
        List<String> out = new ArrayList<>();
        for (JsonNode u : units) out.add(u.get("code").asString());
        return out;
    }

    private long runId(String plan) {
        return evaluation.plans().stream().filter(p -> p.code().equals(plan)).findFirst().map(p ->
                jdbc.sql("SELECT r.id FROM eval_run r JOIN eval_plan p ON p.id = r.plan_id WHERE p.code = ?").param(plan).query(Long.class).single())
                .orElseThrow();
    }

    @Test
    void aProvinceLeaderSeesEveryPlanOfTheProvinceAndEveryUnitOfIt() {
        assertThat(codes(get("/api/results/dashboard?plan=zj-counties", PROVINCE_LEADER).get("towns"))).hasSize(4);
        assertThat(codes(get("/api/results/dashboard?plan=zj-towns", PROVINCE_LEADER).get("towns"))).hasSize(8);
        assertThat(codes(get("/api/results/dashboard?plan=hz-towns", PROVINCE_LEADER).get("towns"))).hasSize(4);
        JsonNode run = get("/api/results/runs/" + runId("zj-counties"), PROVINCE_LEADER);
        assertThat(run.get("groups").get("ranks")).as("each county's rank in its prefecture").isNotEmpty();
        assertThat(status("/api/results/towns/330106000000?plan=zj-counties", PROVINCE_LEADER)).isEqualTo(200);
    }

    @Test
    void aPrefectureLeaderSeesOnlyItsOwnUnitsAndNoPlanOfAnotherPrefecture() {
        List<String> counties = codes(get("/api/results/dashboard?plan=zj-counties", NINGBO_LEADER).get("towns"));
        assertThat(counties).as("宁波's counties only, in the province's plan").containsExactlyInAnyOrder("330203000000", "330281000000");
        List<String> towns = codes(get("/api/results/dashboard?plan=zj-towns", NINGBO_LEADER).get("towns"));
        assertThat(towns).hasSize(4).allSatisfy(t -> assertThat(t).startsWith("3302"));

        JsonNode run = get("/api/results/runs/" + runId("zj-counties"), NINGBO_LEADER);
        String text = run.toString();
        assertThat(text).doesNotContain("330106000000").doesNotContain("330110000000");
        for (JsonNode r : run.get("groups").get("ranks")) assertThat(r.get("unit").asString()).startsWith("3302");
        JsonNode all = get("/api/results/runs/" + runId("zj-counties"), PROVINCE_LEADER).get("result").get("units");
        for (JsonNode u : run.get("result").get("units")) {
            JsonNode same = null;
            for (JsonNode a : all) if (a.get("code").asString().equals(u.get("code").asString())) same = a;
            assertThat(u.get("rank").asDouble()).as("the rank stays the province's").isEqualTo(same.get("rank").asDouble());
        }
        assertThat(get("/api/results/map?plan=zj-towns&layer=ar1", NINGBO_LEADER).propertyNames()).hasSize(4)
                .allSatisfy(c -> assertThat(c).startsWith("3302"));

        assertThat(status("/api/results/runs/" + runId("hz-towns"), NINGBO_LEADER)).as("杭州's plan does not exist for 宁波").isEqualTo(404);
        assertThat(status("/api/results/dashboard?plan=hz-towns", NINGBO_LEADER)).isEqualTo(404);
        assertThat(status("/api/results/plans/hz-towns/runs", NINGBO_LEADER)).isEqualTo(200);
        assertThat(get("/api/results/plans/hz-towns/runs", NINGBO_LEADER)).isEmpty();
        assertThat(status("/api/results/towns/330106000000?plan=zj-counties", NINGBO_LEADER)).as("a county of 杭州").isEqualTo(403);
        assertThat(status("/api/units/330106000000", NINGBO_LEADER)).isEqualTo(403);
        assertThat(status("/api/units/330203000000", NINGBO_LEADER)).isEqualTo(200);
        HttpTestClient session = new HttpTestClient(port);
        session.signIn(NINGBO_LEADER, LEADER_PW);
        HttpResponse<byte[]> export = session.bytes("/api/data/export?indicator=ar1");
        String csv = new String(export.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(export.statusCode()).as(csv).isEqualTo(200);
        assertThat(csv).as("the raw values of 宁波's area only").contains("330203").doesNotContain("330106").doesNotContain("330110");
        assertThat(session.bytes("/api/data/export?unit=330100000000").statusCode()).isEqualTo(403);
        JsonNode compare = get("/api/results/compare?plan=zj-counties&towns=330106000000&towns=330203000000", NINGBO_LEADER);
        assertThat(codes(compare.get("towns"))).containsExactly("330203000000");
    }

    @Test
    void anUnscopedLeaderStillSeesEveryPlanAndUnit() {
        assertThat(codes(get("/api/results/dashboard?plan=zj-towns", "leader").get("towns"))).hasSize(8);
        assertThat(status("/api/results/runs/" + runId("hz-towns"), "leader")).isEqualTo(200);
    }

    @Test
    void theLeadersPagesOfAPrefectureLeaderNameNoUnitOfAnotherPrefecture() {
        HttpTestClient ningbo = new HttpTestClient(port);
        ningbo.signIn(NINGBO_LEADER, LEADER_PW);
        for (String page : List.of("/dashboard?plan=zj-counties", "/dashboard?plan=zj-towns", "/compare?plan=zj-counties",
                "/towns/330203000000?plan=zj-counties", "/evaluation/runs/" + runId("zj-counties"))) {
            HttpResponse<String> r = ningbo.page(page, null, null);
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            assertThat(r.body()).as(page).doesNotContain("县0106").doesNotContain("县0110").doesNotContain("镇0106").contains("0203");
        }
        assertThat(ningbo.page("/towns/330106000000?plan=zj-counties", null, null).statusCode()).isEqualTo(403);
        assertThat(ningbo.page("/evaluation/runs/" + runId("hz-towns"), null, null).statusCode()).isEqualTo(404);
        // the run's tables as files: the units' normalised values (read from the run's result blocks) are 宁波's only
        HttpResponse<byte[]> csv = ningbo.bytes("/evaluation/runs/" + runId("zj-counties") + "/tables/normalised.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        String table = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(table).contains("330203000000").doesNotContain("330106000000").doesNotContain("330110000000").doesNotContain("县0106");
        assertThat(ningbo.bytes("/evaluation/runs/" + runId("zj-counties") + "/tables.xlsx").statusCode()).isEqualTo(200);
        assertThat(ningbo.bytes("/evaluation/runs/" + runId("hz-towns") + "/tables/normalised.csv").statusCode()).isEqualTo(404);
        String plans = ningbo.page("/dashboard?plan=zj-counties", null, null).body();
        assertThat(plans).as("the plan switch offers the plans of 宁波's area").contains("zj-towns").doesNotContain("hz-towns");
    }

    @Test
    void aPrefectureLeadersCommitmentListsHoldOnlyItsOwnTowns() {
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now();
        GeneratedKeyHolder kh = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO meeting (kind_code, title, held_on, created_by, created_at, updated_by, updated_at) VALUES ('OTHER', 'zj-area-meeting', ?, 'admin', ?, 'admin', ?)")
                .params(LocalDate.of(2026, 1, 5), now, now).update(kh, "id");
        long meeting = kh.getKey().longValue();
        try {
            for (String[] c : List.of(new String[]{"330203001000", "zj-commitment-ningbo"}, new String[]{"330106001000", "zj-commitment-hangzhou"})) {
                jdbc.sql("INSERT INTO commitment (meeting_id, town_code, town_name, text, owner_office, kind, deadline, status, review, published, created_by, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, 'office', 'MILESTONE', ?, 'ON_TRACK', 'NONE', TRUE, 'admin', ?, ?)")
                        .params(meeting, c[0], c[0], c[1], LocalDate.of(2026, 6, 30), now, now).update();
            }
            assertThat(get("/api/commitments", NINGBO_LEADER).toString()).contains("zj-commitment-ningbo").doesNotContain("zj-commitment-hangzhou");
            assertThat(get("/api/meetings/" + meeting + "/commitments", NINGBO_LEADER).toString())
                    .contains("zj-commitment-ningbo").doesNotContain("zj-commitment-hangzhou");
            assertThat(get("/api/commitments", PROVINCE_LEADER).toString()).contains("zj-commitment-ningbo").contains("zj-commitment-hangzhou");
            assertThat(get("/api/commitments", "leader").toString()).contains("zj-commitment-ningbo").contains("zj-commitment-hangzhou");
            HttpTestClient ningbo = new HttpTestClient(port);
            ningbo.signIn(NINGBO_LEADER, LEADER_PW);
            for (String page : List.of("/commitments", "/meetings/" + meeting)) {
                HttpResponse<String> r = ningbo.page(page, null, null);
                assertThat(r.statusCode()).as(page).isEqualTo(200);
                assertThat(r.body()).as(page).contains("zj-commitment-ningbo").doesNotContain("zj-commitment-hangzhou");
            }
        } finally {
            jdbc.sql("DELETE FROM commitment WHERE meeting_id = ?").param(meeting).update();
            jdbc.sql("DELETE FROM meeting WHERE id = ?").param(meeting).update();
        }
    }

    @Test
    void aPrefectureLeadersTargetListsHoldOnlyItsOwnUnits() {
        long ar1 = jdbc.sql("SELECT id FROM indicator WHERE code = 'ar1'").query(Long.class).single();
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now();
        try {
            for (String[] t : List.of(new String[]{"330203001000", "zj-target-ningbo"}, new String[]{"330106001000", "zj-target-hangzhou"})) {
                long unit = jdbc.sql("SELECT id FROM admin_unit WHERE code = ?").param(t[0]).query(Long.class).single();
                jdbc.sql("INSERT INTO target (unit_id, indicator_id, target_year, num_value, note, set_by, set_at) VALUES (?, ?, 2031, 10, ?, 'admin', ?)")
                        .params(unit, ar1, t[1], now).update();
            }
            assertThat(get("/api/targets?year=2031&indicator=ar1", NINGBO_LEADER).toString()).contains("zj-target-ningbo").doesNotContain("zj-target-hangzhou");
            assertThat(get("/api/targets?year=2031&indicator=ar1", PROVINCE_LEADER).toString()).contains("zj-target-ningbo").contains("zj-target-hangzhou");
            assertThat(get("/api/targets?year=2031&indicator=ar1", "leader").toString()).contains("zj-target-ningbo").contains("zj-target-hangzhou");
            HttpTestClient ningbo = new HttpTestClient(port);
            ningbo.signIn(NINGBO_LEADER, LEADER_PW);
            HttpResponse<String> r = ningbo.page("/targets?year=2031&indicator=ar1", null, null);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("0203").doesNotContain("县0106").doesNotContain("镇0106").doesNotContain("镇0110");
        } finally {
            jdbc.sql("DELETE FROM target WHERE target_year = 2031 AND indicator_id = ?").param(ar1).update();
        }
    }

    @Test
    void aCountyPlanIsShownInCountiesWithEachCountysRankInItsPrefectureAndACountyMap() {
        HttpTestClient province = new HttpTestClient(port);
        province.signIn(PROVINCE_LEADER, LEADER_PW);
        String city = province.page("/dashboard?plan=zj-counties", null, null).body();
        assertThat(city).as("the plan's units are called counties").contains("<th>县</th>").contains("县间差距")
                .contains("地市内名次").contains("杭州市").contains("宁波市")
                .contains("data-map-level=\"county\"").contains("data-map-within=\"330000000000\"")
                .contains("尚无县的边界数据").doesNotContain("镇间差距");
        assertThat(city).as("a plan switch: the province's three plans").contains("value=\"zj-towns\"").contains("value=\"hz-towns\"");
        String profile = province.page("/towns/330203000000?plan=zj-counties", null, null).body();
        assertThat(profile).contains("县画像").contains("id=\"group-rank-PREFECTURE\"").contains("宁波市");
        assertThat(province.page("/compare?plan=zj-counties&towns=330203000000&towns=330281000000", null, null).body())
                .contains("多县并排").contains("一县跨年").contains("地市内名次");
        // the township level holds 乡, 镇 and 街道: it is labelled 乡镇（街道）, never 镇 alone
        assertThat(province.page("/dashboard?plan=zj-towns", null, null).body()).contains("<th>乡镇（街道）</th>").doesNotContain("<th>镇</th>")
                .contains("乡镇间差距").contains("data-map-level=\"township\"");

        HttpTestClient ningbo = new HttpTestClient(port);
        ningbo.signIn(NINGBO_LEADER, LEADER_PW);
        String own = ningbo.page("/dashboard?plan=zj-counties", null, null).body();
        assertThat(own).as("宁波's map in the province's plan").contains("data-map-within=\"330200000000\"").doesNotContain("杭州市");
    }

    @Test
    void theMapDrawsThePlansLevelWithinTheReadersAreaAndSaysWhenALevelHasNoBoundaries() {
        StringBuilder b = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        int i = 0;
        for (String county : new java.util.TreeMap<>(COUNTIES).keySet()) {
            double x = 120 + i++;
            b.append(i > 1 ? "," : "").append("{\"type\":\"Feature\",\"properties\":{\"code\":\"").append(county, 0, 6)
                    .append("\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[").append(x).append(",30],[").append(x + 1)
                    .append(",30],[").append(x + 1).append(",31],[").append(x).append(",30]]]}}");
        }
        HttpResponse<String> up = api.send("POST", "/api/admin/map/boundaries?level=county&file=zj.geojson", b.append("]}").toString(), "admin", PW);
        assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
        assertThat(get("/api/map/county?within=330000000000", "leader").get("features")).hasSize(4);
        JsonNode own = get("/api/map/county", NINGBO_LEADER).get("features");
        assertThat(own).as("a leader of 宁波 is drawn 宁波's counties only").hasSize(2)
                .allSatisfy(f -> assertThat(f.get("id").asString()).startsWith("3302"));
        assertThat(get("/api/map/county?within=330100000000", NINGBO_LEADER).get("features")).as("not 杭州's, even when asked").hasSize(2);
        HttpTestClient ningbo = new HttpTestClient(port);
        ningbo.signIn(NINGBO_LEADER, LEADER_PW);
        String page = ningbo.page("/map?level=county", null, null).body();
        assertThat(page).contains("各县的位置与范围").contains("data-map-level=\"county\"").contains("data-map-within=\"330200000000\"");
        assertThat(ningbo.page("/map?level=village", null, null).body()).as("said plainly when a level has no boundaries").contains("尚无村的边界数据");
        assertThat(ningbo.page("/map?level=nonsense", null, null).statusCode()).isEqualTo(400);
    }

    @Test
    void theExplorerShowsTheUnitsOfALevelWithinTheReadersArea() {
        HttpTestClient ningbo = new HttpTestClient(port);
        ningbo.signIn(NINGBO_LEADER, LEADER_PW);
        String counties = ningbo.page("/explorer?indicator=ar1&from=2023&to=2023&level=county&area=330000000000", null, null).body();
        assertThat(counties).contains("县0203").contains("县0281").doesNotContain("县0106").contains("<th>县</th>");
        String byDefault = ningbo.page("/explorer?indicator=ar1&from=2023&to=2023&level=township", null, null).body();
        assertThat(byDefault).as("a leader of an area: its own area by default").contains("镇0203").doesNotContain("镇0106");
        JsonNode data = get("/api/explorer/data?indicator=ar1&from=2023&to=2023&level=county&area=330000000000", "leader");
        assertThat(data.get("lines")).as("an unscoped leader: the whole province").hasSize(4);
        assertThat(api.get("/api/explorer/data?indicator=ar1&level=street", "leader", PW).statusCode()).isEqualTo(400);
    }

    @Test
    void anArchivedDocumentIsGivenOnlyToLeadersWhoSeeEveryUnitOfItsPlan() {
        List<String> ids = new ArrayList<>();
        for (String plan : List.of("hz-towns", "zj-counties")) {
            HttpResponse<String> made = api.send("POST", "/api/reports", "{\"run\":" + runId(plan) + ",\"kind\":\"bulletin\",\"format\":\"xlsx\"}",
                    "analyst", PW);
            assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
            ids.add(json.readTree(made.body()).get("id").asString());
        }
        List<String> province = new ArrayList<>();
        for (JsonNode d : get("/api/reports", PROVINCE_LEADER)) province.add(d.get("id").asString());
        assertThat(province).as("the province's leader: both documents").containsAll(ids);
        List<String> ningbo = new ArrayList<>();
        for (JsonNode d : get("/api/reports", NINGBO_LEADER)) ningbo.add(d.get("id").asString());
        assertThat(ningbo).as("宁波's leader: neither, each holds units of 杭州").doesNotContainAnyElementsOf(ids);
        for (String id : ids) assertThat(status("/api/reports/" + id + "/download", NINGBO_LEADER)).isEqualTo(404);
        assertThat(status("/api/reports/" + ids.get(0) + "/download", PROVINCE_LEADER)).isEqualTo(200);
    }

    private HttpTestClient signedIn(String user) {
        HttpTestClient c = new HttpTestClient(port);
        c.signIn(user, pw(user));
        return c;
    }

    @Test
    void aLeaderOfAnAreaIsNotToldTheBenchmarkOrTheLeaderOfAnotherAreaNorNotesNamingIt() {
        // zj-bench: 宁波's leader reads the province's townships against a town of 杭州
        long bench = runId("zj-bench");
        JsonNode run = get("/api/results/runs/" + bench, NINGBO_LEADER);
        assertThat(run.get("run").get("benchmarkCode").isNull()).as("the benchmark, a town of 杭州, is not named").isTrue();
        assertThat(run.get("result").get("benchmarkCode").isNull()).isTrue();
        assertThat(run.toString()).doesNotContain(HANGZHOU_TOWN).doesNotContain("330106101000").doesNotContain("330110001000");
        assertThat(get("/api/results/plans/zj-bench/runs", NINGBO_LEADER).toString()).doesNotContain(HANGZHOU_TOWN);
        assertThat(get("/api/results/runs/" + bench, PROVINCE_LEADER).get("run").get("benchmarkCode").asString()).isEqualTo(HANGZHOU_TOWN);
        JsonNode town = get("/api/results/towns/330203001000?plan=zj-bench", NINGBO_LEADER);
        assertThat(town.get("referenceHidden").asBoolean()).as("the gaps' reference lies outside 宁波").isTrue();
        assertThat(town.get("benchmarkName").isNull()).isTrue();
        for (JsonNode g : town.get("gapByIndicator")) assertThat(g.get("referenceValue").isNull()).as("杭州's raw value").isTrue();
        assertThat(town.toString()).doesNotContain("镇0106").doesNotContain(HANGZHOU_TOWN);
        JsonNode provinceView = get("/api/results/towns/330203001000?plan=zj-bench", PROVINCE_LEADER);
        assertThat(provinceView.get("referenceHidden").asBoolean()).isFalse();
        assertThat(provinceView.get("benchmarkName").asString()).isEqualTo("镇01060");
        HttpTestClient ningbo = signedIn(NINGBO_LEADER);
        String profile = ningbo.page("/towns/330203001000?plan=zj-bench", null, null).body();
        assertThat(profile).contains("本区域以外的单位").doesNotContain("镇0106").doesNotContain("330106001");

        // zj-note: the benchmark is not evaluated (a county plan), and the run's note names it
        long note = runId("zj-note");
        JsonNode whole = get("/api/results/runs/" + note, PROVINCE_LEADER);
        assertThat(whole.toString()).as("the note, as the province reads it").contains("benchmark " + HANGZHOU_TOWN + " is not among the evaluated units");
        JsonNode held = get("/api/results/runs/" + note, NINGBO_LEADER);
        assertThat(held.toString()).doesNotContain(HANGZHOU_TOWN).doesNotContain("330106001");
        assertThat(held.get("run").get("notes")).as("the plan-wide notes stay").hasSize(whole.get("run").get("notes").size() - 1);
        assertThat(held.get("result").get("notes")).hasSize(whole.get("result").get("notes").size() - 1);
        String page = ningbo.page("/evaluation/runs/" + note, null, null).body();
        assertThat(page).doesNotContain("330106001").doesNotContain("镇0106").contains("run-notes");
        assertThat(signedIn(PROVINCE_LEADER).page("/evaluation/runs/" + note, null, null).body()).contains("run-notes").contains("330106001");

        // zj-towns: the province's leader (the first) is a town of 宁波, which 杭州's leader is not told
        long towns = runId("zj-towns");
        JsonNode hz = get("/api/results/runs/" + towns, HANGZHOU_LEADER);
        String leader = get("/api/results/runs/" + towns, PROVINCE_LEADER).get("run").get("leaderCode").asString();
        assertThat(leader).startsWith("3302");
        assertThat(hz.get("run").get("leaderCode").isNull()).isTrue();
        assertThat(hz.get("result").get("leaderCode").isNull()).isTrue();
        assertThat(hz.toString()).doesNotContain(leader).doesNotContain("330203001000");
        JsonNode hzTown = get("/api/results/towns/330106001000?plan=zj-towns", HANGZHOU_LEADER);
        assertThat(hzTown.get("referenceHidden").asBoolean()).isTrue();
        assertThat(hzTown.toString()).doesNotContain(leader).doesNotContain("镇0281");
        String hzProfile = signedIn(HANGZHOU_LEADER).page("/towns/330106001000?plan=zj-towns", null, null).body();
        assertThat(hzProfile).contains("本区域以外的单位").doesNotContain("镇0281").doesNotContain("镇0203");
        assertThat(get("/api/results/towns/330203001000?plan=zj-towns", NINGBO_LEADER).get("benchmarkName").asString())
                .as("宁波's leader is told its own leader").isEqualTo("镇02811");
    }

    @Test
    void theDashboardShowsALeaderOfAnAreaOnlyItsOwnCommitmentAlertsAndNoTargetOfTheProvince() {
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now();
        long meeting = meeting("zj-alerts-meeting", null, now);
        long ar2 = jdbc.sql("SELECT id FROM indicator WHERE code = 'ar2'").query(Long.class).single();
        long province = jdbc.sql("SELECT id FROM admin_unit WHERE code = ?").param(PROVINCE).query(Long.class).single();
        try {
            commitment(meeting, "330203001000", "zj-alert-ningbo", "OVERDUE", true, now);
            commitment(meeting, "330106001000", "zj-alert-hangzhou", "OVERDUE", true, now);
            commitment(meeting, "330110001000", "zj-alert-hangzhou-risk", "AT_RISK", true, now);
            jdbc.sql("INSERT INTO target (unit_id, indicator_id, target_year, num_value, note, set_by, set_at) VALUES (?, ?, 2023, 87.6, 'zj', 'admin', ?)")
                    .params(province, ar2, now).update();
            String ningbo = signedIn(NINGBO_LEADER).page("/dashboard?plan=zj-towns", null, null).body();
            assertThat(ningbo).contains("zj-alert-ningbo").doesNotContain("zj-alert-hangzhou").doesNotContain("镇0106").doesNotContain("镇0110");
            assertThat(ningbo).as("the province's target, to a reader of part of it").doesNotContain("<span>目标</span>: <span>87.6</span>");
            assertThat(get("/api/commitments?status=OVERDUE", NINGBO_LEADER).toString()).contains("zj-alert-ningbo").doesNotContain("zj-alert-hangzhou");
            assertThat(get("/api/commitments?status=AT_RISK", NINGBO_LEADER).toString()).doesNotContain("zj-alert-hangzhou-risk");
            for (JsonNode c : get("/api/results/dashboard?plan=zj-towns", NINGBO_LEADER).get("concentrations")) {
                assertThat(c.get("cityTarget").isNull()).as("no target of 浙江 for 宁波's leader").isTrue();
            }
            String province_ = signedIn(PROVINCE_LEADER).page("/dashboard?plan=zj-towns", null, null).body();
            assertThat(province_).contains("zj-alert-ningbo").contains("zj-alert-hangzhou").contains("zj-alert-hangzhou-risk")
                    .contains("<span>目标</span>: <span>87.6</span>");
            JsonNode all = get("/api/results/dashboard?plan=zj-towns", PROVINCE_LEADER).get("concentrations");
            assertThat(all.get(0).get("cityTarget").asDouble()).isEqualTo(87.6);
            assertThat(get("/api/commitments?status=OVERDUE", "leader").toString()).contains("zj-alert-hangzhou").contains("zj-alert-ningbo");
        } finally {
            jdbc.sql("DELETE FROM target WHERE unit_id = ? AND target_year = 2023").param(province).update();
            jdbc.sql("DELETE FROM commitment WHERE meeting_id = ?").param(meeting).update();
            jdbc.sql("DELETE FROM meeting WHERE id = ?").param(meeting).update();
        }
    }

    @Test
    void theMeetingsOfALeaderOfAnAreaAreThoseHostedInItOrHoldingItsCommitments() {
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now();
        long hangzhou = meeting("zj-meeting-hangzhou", "330106001000", now);
        long mixed = meeting("zj-meeting-mixed", null, now);
        long ningboHosted = meeting("zj-meeting-ningbo", "330203000000", now);
        long draftOnly = meeting("zj-meeting-draft", null, now);
        List<Long> all = List.of(hangzhou, mixed, ningboHosted, draftOnly);
        try {
            commitment(hangzhou, "330106001000", "zj-mc-hangzhou", "ON_TRACK", true, now);
            commitment(mixed, "330203001000", "zj-mc-ningbo", "ON_TRACK", true, now);
            commitment(mixed, "330110001000", "zj-mc-hangzhou-2", "ON_TRACK", true, now);
            commitment(draftOnly, "330203101000", "zj-mc-draft", "NOT_STARTED", false, now);
            long file = meetings.attachFiles(hangzhou, List.of(new org.tongchou.app.meetings.MeetingFile("hz.txt",
                    "杭州的会议材料".getBytes(java.nio.charset.StandardCharsets.UTF_8))), "admin").attachments().get(0).id();

            String list = get("/api/meetings", NINGBO_LEADER).toString();
            assertThat(list).contains("zj-meeting-mixed").contains("zj-meeting-ningbo").doesNotContain("zj-meeting-hangzhou").doesNotContain("zj-meeting-draft");
            assertThat(status("/api/meetings/" + hangzhou, NINGBO_LEADER)).as("杭州's meeting does not exist for 宁波").isEqualTo(404);
            assertThat(status("/api/meetings/" + hangzhou + "/commitments", NINGBO_LEADER)).isEqualTo(404);
            assertThat(status("/api/files/" + file, NINGBO_LEADER)).as("its attachment neither").isEqualTo(404);
            assertThat(get("/api/meetings/" + mixed + "/commitments", NINGBO_LEADER).toString()).contains("zj-mc-ningbo").doesNotContain("zj-mc-hangzhou-2");
            assertThat(status("/api/meetings/" + ningboHosted, NINGBO_LEADER)).isEqualTo(200);

            HttpTestClient ningbo = signedIn(NINGBO_LEADER);
            HttpResponse<String> page = ningbo.page("/meetings", null, null);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("zj-meeting-mixed").contains("zj-meeting-ningbo").doesNotContain("zj-meeting-hangzhou")
                    .doesNotContain("zj-meeting-draft");
            assertThat(ningbo.page("/meetings/" + hangzhou, null, null).statusCode()).isEqualTo(404);
            assertThat(ningbo.page("/files/" + file, null, null).statusCode()).isEqualTo(404);
            HttpResponse<String> one = ningbo.page("/meetings/" + mixed, null, null);
            assertThat(one.statusCode()).isEqualTo(200);
            assertThat(one.body()).contains("zj-mc-ningbo").doesNotContain("zj-mc-hangzhou-2");

            String hz = get("/api/meetings", HANGZHOU_LEADER).toString();
            assertThat(hz).contains("zj-meeting-hangzhou").contains("zj-meeting-mixed").doesNotContain("zj-meeting-ningbo");
            assertThat(status("/api/files/" + file, HANGZHOU_LEADER)).isEqualTo(200);
            String province = get("/api/meetings", PROVINCE_LEADER).toString();
            assertThat(province).contains("zj-meeting-hangzhou").contains("zj-meeting-mixed").contains("zj-meeting-ningbo");
            String everyone = get("/api/meetings", "leader").toString();
            assertThat(everyone).as("an unscoped leader: every meeting").contains("zj-meeting-hangzhou").contains("zj-meeting-draft");
        } finally {
            for (long m : all) {
                jdbc.sql("DELETE FROM commitment WHERE meeting_id = ?").param(m).update();
                jdbc.sql("DELETE FROM meeting_attachment WHERE meeting_id = ?").param(m).update();
                jdbc.sql("DELETE FROM meeting WHERE id = ?").param(m).update();
            }
        }
    }

    @Test
    void theCadreInputsOfARunAreHeldToTheLeadersArea() {
        long run = runId("zj-towns");
        try {
            for (String[] t : List.of(new String[]{"330203001000", "zj-cadre-ningbo"}, new String[]{"330106001000", "zj-cadre-hangzhou"})) {
                jdbc.sql("INSERT INTO cadre_run_input (run_id, town_code, indicator, item_kind, item_ref, outcome, detail) VALUES (?, ?, 'cd1', 'TARGET', ?, 'MET', '')")
                        .params(run, t[0], t[1]).update();
            }
            assertThat(get("/api/runs/" + run + "/cadre-inputs", NINGBO_LEADER).toString()).contains("zj-cadre-ningbo").doesNotContain("zj-cadre-hangzhou");
            assertThat(get("/api/runs/" + run + "/cadre-inputs?town=330106001000", NINGBO_LEADER)).isEmpty();
            assertThat(get("/api/runs/" + run + "/cadre-inputs", PROVINCE_LEADER).toString()).contains("zj-cadre-ningbo").contains("zj-cadre-hangzhou");
            String page = signedIn(NINGBO_LEADER).page("/commitments/runs/" + run, null, null).body();
            assertThat(page).contains("zj-cadre-ningbo").doesNotContain("zj-cadre-hangzhou");
        } finally {
            jdbc.sql("DELETE FROM cadre_run_input WHERE run_id = ?").param(run).update();
        }
    }

    private long meeting(String title, String host, java.time.OffsetDateTime now) {
        GeneratedKeyHolder kh = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO meeting (kind_code, title, held_on, host_unit_code, host_unit_name, created_by, created_at, updated_by, updated_at)"
                        + " VALUES ('PROGRESS', ?, ?, ?, ?, 'admin', ?, 'admin', ?)")
                .params(title, LocalDate.of(2026, 1, 5), host, host, now, now).update(kh, "id");
        return kh.getKey().longValue();
    }

    private void commitment(long meeting, String town, String text, String status, boolean published, java.time.OffsetDateTime now) {
        jdbc.sql("INSERT INTO commitment (meeting_id, town_code, town_name, text, owner_office, kind, deadline, status, review, published, created_by, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, 'office', 'MILESTONE', ?, ?, 'NONE', ?, 'admin', ?, ?)")
                .params(meeting, town, town, text, LocalDate.of(2026, 6, 30), status, published, now, now).update();
    }
}
