package org.tongchou.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.tongchou.app.data.ValueStatus;
import org.tongchou.app.data.ValueWrite;
import org.tongchou.app.periods.Period;
import org.tongchou.app.support.HttpTestClient;
import org.tongchou.app.support.SignedInPageTest;
import org.tongchou.app.support.WebAppTest;
import tools.jackson.databind.JsonNode;

/**
 * A run's method and robustness as users reach them over HTTP: the run page and its CSV and XLSX
 * downloads (formula injection neutralised, numbers as numbers), the same access rules as the run's
 * results, the dashboard's rank intervals, the town page's interval and the plans page in the reader's
 * language. Own city (常熟市 320581, five towns, one of them named like a formula) and framework.
 */
@WebAppTest
class RunPagesTest extends SignedInPageTest {
    private static final String AREA = "320581000000";
    private static final String[] TOWNS = {"320581100000", "320581101000", "320581102000", "320581103000", "320581104000"};
    private static final String[] NAMES = {"虞山镇", "=HYPERLINK(\"http://x\")", "梅李镇", "海虞镇", "+古里镇"};
    private static final double[][] VALUES = {{10, 5, 7, 40}, {20, 3, 1, 45}, {30, 1, 4, 60}, {25, 2, 9, 52}, {12, 4, 3, 41}};
    private HttpTestClient basic;
    private static long published;
    private static long unpublished;

    @BeforeEach
    void setUp() {
        basic = new HttpTestClient(port);
        if (jdbc.sql("SELECT COUNT(*) FROM admin_unit WHERE code = ?").param(AREA).query(Long.class).single() > 0) return;
        indicators.invalidate();
        frameworks.importYaml(new StringReader("""
                framework: {code: runmini, name_zh: 方法页测试, name_en: Run page mini}
                indicators:
                  - {code: rx1, name_zh: 产值, name_en: Output, unit: "", direction: 1, periodicity: year, min: 0, max: 1000}
                  - {code: rx2, name_zh: "-能耗", name_en: Energy use, unit: "", direction: -1, periodicity: year, min: 0, max: 1000}
                  - {code: rx3, name_zh: 绿地率, name_en: Green share, unit: "%", direction: 1, periodicity: year, min: 0, max: 1000}
                  - {code: rx4, name_zh: 收入, name_en: Income, unit: "", direction: 1, periodicity: year, min: 0, max: 1000}
                dimensions:
                  - {code: rd1, name_zh: 经济, name_en: Economy, weight: 1, indicators: [{code: rx1, weight: 1}, {code: rx2, weight: 1}]}
                  - {code: rd2, name_zh: 民生, name_en: Living, weight: 1, indicators: [{code: rx3, weight: 1}, {code: rx4, weight: 1}]}
                """), "test");
        long city = unit(AREA, "常熟市", "COUNTY", null);
        for (int t = 0; t < TOWNS.length; t++) {
            long id = unit(TOWNS[t], NAMES[t], "TOWNSHIP", city);
            for (int j = 0; j < 4; j++) {
                for (int y = 2023; y <= 2024; y++) {
                    values.write(new ValueWrite(id, "rx" + (j + 1), Period.year(y), VALUES[t][j] + (y - 2023) * t, ValueStatus.APPROVED,
                            "synthetic demo", null), "test", null);
                }
            }
        }
        String plan = json.writeValueAsString(Map.of("code", "runpage", "name", "方法页", "frameworkCode", "runmini",
                "normalisation", "MIN_MAX", "indicatorWeighting", "ENTROPY", "groupWeighting", "EQUAL",
                "aggregation", "ARITHMETIC", "areaCode", AREA));
        assertThat(basic.send("PUT", "/api/evaluations/plans/runpage", plan, "analyst", PW).statusCode()).isEqualTo(200);
        published = run("2024");
        assertThat(basic.send("POST", "/api/evaluations/runs/" + published + "/publish", null, "analyst", PW).statusCode()).isEqualTo(200);
        unpublished = run("2023");
    }

    private long run(String period) {
        HttpResponse<String> run = basic.send("POST", "/api/evaluations/plans/runpage/runs?period=" + period, null, "analyst", PW);
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        return json.readTree(run.body()).get("id").asLong();
    }

    private long unit(String code, String name, String level, Long parent) {
        GeneratedKeyHolder kh = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO admin_unit (code, name, level, kind, parent_id, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, NULL)")
                .params(code, name, level, "镇", parent, LocalDate.of(2000, 1, 1)).update(kh, "id");
        return kh.getKey().longValue();
    }

    private HttpTestClient session(String user) {
        HttpTestClient c = new HttpTestClient(port);
        c.signIn(user, PW);
        return c;
    }

    @Test
    void aRunWithoutRobustnessSaysSoAndAnAnalystComputesItFromThePage() {
        jdbc.sql("DELETE FROM eval_robustness WHERE run_id = ?").param(unpublished).update();
        jdbc.sql("DELETE FROM eval_rank_interval WHERE run_id = ?").param(unpublished).update();
        jdbc.sql("DELETE FROM eval_sensitivity WHERE run_id = ?").param(unpublished).update();
        HttpTestClient analyst = session("analyst");
        String page = analyst.page("/evaluation/runs/" + unpublished, null, null).body();
        assertThat(page).contains("id=\"no-robustness\"").contains("尚未计算稳健性分析").contains("id=\"robustness-button\"")
                .doesNotContain("id=\"robustness-summary\"");
        assertThat(analyst.page("/evaluation/runs/" + unpublished + "?lang=en", null, null).body())
                .contains("The robustness of this run has not been computed").contains("Compute the robustness now");
        HttpResponse<String> asked = analyst.postForm("/evaluation/runs/" + unpublished + "/robustness",
                analyst.csrfFrom("/evaluation/runs/" + unpublished));
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(302);
        // the test profile computes it in the request's thread (the server: in the background, the page saying so meanwhile)
        assertThat(analyst.page("/evaluation/runs/" + unpublished, null, null).body()).contains("id=\"robustness-summary\"")
                .doesNotContain("id=\"robustness-button\"");
    }

    @Test
    void theRunPageShowsRobustnessAndTheMethodTablesInBothLanguages() {
        HttpTestClient analyst = session("analyst");
        HttpResponse<String> page = analyst.page("/evaluation/runs/" + published, null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("方法与稳健性").contains("id=\"robustness-summary\"").contains("1,000").contains("20260101")
                .contains("id=\"table-robustness\"").contains("id=\"table-sensitivity\"").contains("标准化方法")
                .contains("id=\"table-weights\"").contains("id=\"table-normalised\"").contains("id=\"table-entropy\"")
                .contains("e_j").contains("d_j").contains("熵权法").contains("最终权重").contains("id=\"download-xlsx\"")
                .doesNotContain("MIN_MAX").doesNotContain("ENTROPY").contains("id=\"run-created\"");
        assertThat(page.body()).containsPattern("id=\"run-created\">20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d<");
        String en = analyst.page("/evaluation/runs/" + published + "?lang=en", null, null).body();
        assertThat(en).contains("Method and robustness").contains("Entropy weights").contains("Rank intervals")
                .contains("Sensitivity indices").contains("Normalisation").doesNotContain("熵权法");
    }

    @Test
    void theRunPageAndDownloadsFollowTheAccessRulesOfTheResults() {
        for (String user : new String[] {"leader", "reporter-320582100"}) {
            HttpTestClient c = session(user);
            assertThat(c.page("/evaluation/runs/" + unpublished, null, null).statusCode()).as(user + ": unpublished run").isEqualTo(404);
            assertThat(c.bytes("/evaluation/runs/" + unpublished + "/tables.xlsx").statusCode()).as(user + ": its XLSX").isEqualTo(404);
            assertThat(c.bytes("/evaluation/runs/" + unpublished + "/tables/weights.csv").statusCode()).as(user + ": its CSV").isEqualTo(404);
            assertThat(c.page("/evaluation/runs/" + published, null, null).statusCode()).as(user + ": published run").isEqualTo(200);
            assertThat(c.get("/api/results/runs/" + published, null, null).statusCode()).as(user + ": its results (the same rule)").isEqualTo(200);
        }
        HttpTestClient analyst = session("analyst");
        assertThat(analyst.page("/evaluation/runs/" + unpublished, null, null).statusCode()).as("analysts see unpublished runs").isEqualTo(200);
        assertThat(analyst.bytes("/evaluation/runs/" + published + "/tables/nothing.csv").statusCode()).isEqualTo(404);
        assertThat(new HttpTestClient(port).bytes("/evaluation/runs/" + published + "/tables.xlsx").statusCode())
                .as("not signed in").isNotEqualTo(200);
    }

    @Test
    void downloadsNeutraliseFormulasAndKeepNumbersAsNumbers() throws Exception {
        HttpTestClient leader = session("leader");
        HttpResponse<byte[]> csv = leader.bytes("/evaluation/runs/" + published + "/tables/normalised.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).as("byte-order mark for spreadsheet programs").startsWith("\uFEFF");
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://x\"\")\"").contains("'+古里镇").contains("'-能耗")
                .doesNotContain(",=HYPERLINK").doesNotContain(",+古里镇");
        String weights = new String(leader.bytes("/evaluation/runs/" + published + "/tables/weights.csv").body(), StandardCharsets.UTF_8);
        assertThat(weights).contains("最终权重").contains("熵权法").contains(",rx1,产值,经济,熵权法,");

        HttpResponse<byte[]> xlsx = leader.bytes("/evaluation/runs/" + published + "/tables.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).contains("run-" + published + "-2024-tables.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(wb.getSheet("最终权重")).isNotNull();
            assertThat(wb.getSheet("熵权法")).isNotNull();
            assertThat(wb.getSheet("名次区间")).isNotNull();
            Sheet norm = wb.getSheet("标准化值");
            assertThat(norm.getPaneInformation().isFreezePane()).as("header row frozen").isTrue();
            boolean formulaTown = false;
            for (Row row : norm) {
                if (row.getRowNum() == 0) {
                    assertThat(row.getCell(3).getStringCellValue()).as("indicator named -能耗").isEqualTo("'-能耗");
                    continue;
                }
                assertThat(row.getCell(2).getCellType()).as("normalised values are numbers").isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(2).getNumericCellValue()).isBetween(0.0, 1.0);
                String town = row.getCell(1).getStringCellValue();
                assertThat(town).doesNotStartWith("=").doesNotStartWith("+");
                formulaTown |= town.equals("'=HYPERLINK(\"http://x\")");
            }
            assertThat(formulaTown).as("the town named like a formula, neutralised").isTrue();
            Sheet rob = wb.getSheet("名次区间");
            assertThat(rob.getRow(1).getCell(3).getCellType()).as("5th percentile rank is a number").isEqualTo(CellType.NUMERIC);
        }
    }

    @Test
    void dashboardAndTownPageShowTheRankIntervals() {
        HttpTestClient leader = session("leader");
        HttpResponse<String> dash = leader.page("/dashboard?plan=runpage", null, null);
        assertThat(dash.statusCode()).isEqualTo(200);
        assertThat(dash.body()).contains("id=\"rank-interval-chart\"").contains("名次区间").contains("class=\"rank-interval\"")
                .contains("/evaluation/runs/" + published);
        JsonNode city = json.readTree(leader.get("/api/results/dashboard?plan=runpage", null, null).body());
        JsonNode towns = city.get("robustness").get("towns");
        assertThat(towns.size()).isEqualTo(5);
        int unclear = 0;
        for (int k = 0; k < towns.size(); k++) {
            JsonNode t = towns.get(k);
            assertThat(t.get("rank").asDouble()).as("towns in rank order").isEqualTo(k + 1);
            assertThat(t.get("q5").asDouble()).isLessThanOrEqualTo(t.get("median").asDouble());
            assertThat(t.get("median").asDouble()).isLessThanOrEqualTo(t.get("q95").asDouble());
            if (!t.get("clearlyAhead").asBoolean()) unclear++;
            if (k + 1 < towns.size()) {
                boolean overlaps = towns.get(k + 1).get("q5").asDouble() <= t.get("q95").asDouble();
                assertThat(t.get("clearlyAhead").asBoolean()).as("not clearly ahead = interval overlaps the next town's").isEqualTo(!overlaps);
            }
        }
        assertThat(dash.body().split("不明显领先", -1).length - 1).as("one mark per town not clearly ahead, plus the help text")
                .isGreaterThanOrEqualTo(unclear);
        HttpResponse<String> town = leader.page("/towns/" + TOWNS[2] + "?plan=runpage", null, null);
        assertThat(town.statusCode()).isEqualTo(200);
        assertThat(town.body()).contains("id=\"rank-interval\"").contains("名次区间");
    }

    @Test
    void thePlansPageSpeaksThePagesLanguage() {
        HttpTestClient analyst = session("analyst");
        String zh = analyst.page("/evaluation/plans", null, null).body();
        assertThat(zh).contains("id=\"methods-runpage\"").contains("极差标准化 [0,1] · 熵权法 / 等权 · 加权算术平均")
                .contains("href=\"/evaluation/runs/" + published + "\"");
        assertThat(zh).containsPattern("<time>20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d</time>");
        String en = analyst.page("/evaluation/plans?lang=en", null, null).body();
        assertThat(en).contains("Min-max [0,1] · Entropy / Equal · Weighted arithmetic mean");
        assertThat(en.replaceAll("(?s)<select.*?</select>", "")).doesNotContain("MIN_MAX ·").doesNotContain("ENTROPY /");
    }
}
