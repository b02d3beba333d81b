package org.tongchou.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.tongchou.app.support.HttpTestClient;
import org.tongchou.app.support.SignedInPageTest;
import org.tongchou.app.support.ThreeTownCity;
import org.tongchou.app.support.WebAppTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Evaluation API and leader pages over real HTTP with the demo accounts: analysts save, run and publish;
 * leaders see published runs only; pages render from stored results.
 */
@WebAppTest
class EvaluationPagesTest extends SignedInPageTest {
    private static final String AREA = "320583000000";
    private static final String[] TOWNS = {"320583100000", "320583101000", "320583102000"};
    /** The value of town t, indicator j: {@code V[t][j]} in 2023, plus t in 2024. */
    private static final double[][] V = {{10, 5, 7}, {20, 3, 1}, {30, 1, 4}};
    private static final ThreeTownCity CITY = new ThreeTownCity("""
            framework: {code: webmini, name_zh: 测试, name_en: Web mini}
            indicators:
              - {code: wx1, name_zh: 甲, name_en: X1, unit: "", direction: 1, periodicity: year, min: 0, max: 1000}
              - {code: wx2, name_zh: 乙, name_en: X2, unit: "", direction: -1, periodicity: year, min: 0, max: 1000}
              - {code: wx3, name_zh: 丙, name_en: X3, unit: "", direction: 1, periodicity: year, min: 0, max: 1000}
            dimensions:
              - {code: wd1, name_zh: 维一, name_en: D1, weight: 1, indicators: [{code: wx1, weight: 1}, {code: wx2, weight: 1}]}
              - {code: wd2, name_zh: 维二, name_en: D2, weight: 1, indicators: [{code: wx3, weight: 1}]}
            """, "wx", AREA, "昆山市", List.of(TOWNS), List.of("甲镇", "乙镇", "丙镇"), (t, j, y) -> V[t][j] + (y - 2023) * t);
    private HttpTestClient http;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        CITY.createOnce(jdbc, frameworks, indicators, values);
    }

    private String plan(String code) {
        return json.writeValueAsString(Map.of("code", code, "name", "Web", "frameworkCode", "webmini",
                "normalisation", "MIN_MAX", "indicatorWeighting", "ENTROPY", "groupWeighting", "EQUAL",
                "aggregation", "ARITHMETIC", "areaCode", AREA, "benchmarkCode", TOWNS[1]));
    }

    @Test
    void analystRunsAndPublishesAndLeaderSeesOnlyPublishedRuns() {
        assertThat(http.send("PUT", "/api/evaluations/plans/web1", plan("web1"), "leader", PW).statusCode())
                .as("leaders may not change plans").isEqualTo(403);
        assertThat(http.send("PUT", "/api/evaluations/plans/web1", plan("web1"), "analyst", PW).statusCode()).isEqualTo(200);
        HttpResponse<String> run = http.send("POST", "/api/evaluations/plans/web1/runs?period=2024", null, "analyst", PW);
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        long id = json.readTree(run.body()).get("id").asLong();
        assertThat(json.readTree(run.body()).get("synthetic").asBoolean()).isTrue();

        assertThat(http.get("/api/results/runs/" + id, "analyst", PW).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/results/runs/" + id, "leader", PW).statusCode()).as("unpublished run hidden from leaders").isEqualTo(404);
        assertThat(http.get("/api/results/dashboard?plan=web1", "leader", PW).statusCode()).isEqualTo(404);

        assertThat(http.send("POST", "/api/evaluations/runs/" + id + "/publish", null, "leader", PW).statusCode()).isEqualTo(403);
        assertThat(http.send("POST", "/api/evaluations/runs/" + id + "/publish", null, "analyst", PW).statusCode()).isEqualTo(200);
        HttpResponse<String> dash = http.get("/api/results/dashboard?plan=web1", "leader", PW);
        assertThat(dash.statusCode()).isEqualTo(200);
        JsonNode towns = json.readTree(dash.body()).get("towns");
        assertThat(towns.size()).isEqualTo(3);
        assertThat(towns.get(0).get("rank").asDouble()).isEqualTo(1.0);
        assertThat(http.get("/api/results/towns/" + TOWNS[0] + "?plan=web1", "leader", PW).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/results/compare?plan=web1&towns=" + TOWNS[0] + "&towns=" + TOWNS[2], "leader", PW).statusCode()).isEqualTo(200);
    }

    @Test
    void ahpCheckAnswersLambdaMaxCiAndCr() {
        HttpResponse<String> r = http.send("POST", "/api/evaluations/ahp", "1 2; 1/2 1", "analyst", PW);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode n = json.readTree(r.body());
        assertThat(n.get("problems").size()).as(r.body()).isZero();
        assertThat(n.get("priorities").get(0).asDouble()).as("AHP of [[1,2],[½,1]] gives ⅔").isCloseTo(2.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(http.send("POST", "/api/evaluations/ahp", "1 2; 1/2 1", "leader", PW).statusCode()).isEqualTo(403);
    }

    @Test
    void pagesRenderFromStoredResults() {
        http.send("PUT", "/api/evaluations/plans/web2", plan("web2"), "analyst", PW);
        for (String y : new String[] {"2023", "2024"}) {
            HttpResponse<String> run = http.send("POST", "/api/evaluations/plans/web2/runs?period=" + y, null, "analyst", PW);
            long id = json.readTree(run.body()).get("id").asLong();
            http.send("POST", "/api/evaluations/runs/" + id + "/publish", null, "analyst", PW);
        }
        http.signIn("leader", PW);
        HttpResponse<String> city = http.page("/dashboard?plan=web2", null, null);
        assertThat(city.statusCode()).isEqualTo(200);
        assertThat(city.body()).contains("id=\"ranking\"").contains("丙镇").contains("id=\"synthetic-label\"").contains("2023");
        HttpResponse<String> town = http.page("/towns/" + TOWNS[0] + "?plan=web2", null, null);
        assertThat(town.statusCode()).isEqualTo(200);
        assertThat(town.body()).contains("id=\"dimensions\"").contains("维一").contains("id=\"obstacles\"");
        HttpResponse<String> cmp = http.page("/compare?plan=web2&towns=" + TOWNS[0] + "&towns=" + TOWNS[1], null, null);
        assertThat(cmp.statusCode()).isEqualTo(200);
        assertThat(cmp.body()).contains("id=\"compare-table\"").contains("乙镇");
        assertThat(http.page("/evaluation/plans", null, null).statusCode()).as("plans page is for analysts").isEqualTo(403);

        HttpTestClient analyst = new HttpTestClient(port);
        analyst.signIn("analyst", PW);
        HttpResponse<String> plans = analyst.page("/evaluation/plans", null, null);
        assertThat(plans.statusCode()).isEqualTo(200);
        assertThat(plans.body()).contains("web2");
        HttpResponse<String> edit = analyst.page("/evaluation/plans/web2", null, null);
        assertThat(edit.statusCode()).isEqualTo(200);
        assertThat(edit.body()).contains("id=\"ahp-editor\"").contains("matrix.index");
    }
}
