package org.tongchou.app.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import org.tongchou.app.support.WebTestFixture;
import org.tongchou.app.support.HttpTestClient;
import org.tongchou.app.support.SignedInPageTest;
import org.tongchou.app.support.WebAppTest;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongchou.app.data.ValueStatus;
import org.tongchou.app.data.ValueWrite;
import org.tongchou.app.periods.Period;

/**
 * The indicator explorer over real HTTP (the project's web tests share one application context on a
 * random port instead of MockMvc): table, derivation notes, synthetic label, CSV, languages and scope.
 */
@WebAppTest
class ExplorerPagesTest extends SignedInPageTest {
    private HttpTestClient http;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        if (indicators.find("exa").isPresent()) return;
        indicators.invalidate();
        frameworks.importYaml(new StringReader("""
                framework: {code: explorermini, name_zh: 浏览测试, name_en: Explorer mini}
                indicators:
                  - {code: exa, name_zh: 甲量, name_en: Amount A, unit: 万元, direction: 1, periodicity: year, min: 0, max: 100000, aggregation: sum}
                  - {code: exb, name_zh: 乙量, name_en: Amount B, unit: 人, direction: 1, periodicity: year, min: 0, max: 100000, aggregation: sum}
                  - {code: exr, name_zh: 人均甲, name_en: A per B, direction: 1, periodicity: year, formula: exa / exb}
                dimensions:
                  - {code: exd, name_zh: 维, name_en: D, weight: 1, indicators: [{code: exa, weight: 1}, {code: exr, weight: 1}]}
                """), "test");
        String[] towns = {WebTestFixture.YANGSHE, WebTestFixture.TANGQIAO};
        for (int t = 0; t < 2; t++) {
            long id = jdbc.sql("SELECT id FROM admin_unit WHERE code = ?").param(towns[t]).query(Long.class).single();
            for (int y = 2023; y <= 2024; y++) {
                values.write(new ValueWrite(id, "exa", Period.year(y), 1000.0 * (t + 1) + (y - 2023) * 100, ValueStatus.APPROVED,
                        "synthetic demo", null), "test", null);
                values.write(new ValueWrite(id, "exb", Period.year(y), 500.0, ValueStatus.APPROVED, "synthetic demo", null), "test", null);
            }
        }
    }

    @Test
    void leaderSeesEveryTownWithDerivationNotes() {
        http.signIn("leader", PW);
        HttpResponse<String> page = http.page("/explorer?indicator=exr&from=2023&to=2024", null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"explorer-table\"").contains("杨舍镇").contains("塘桥镇")
                .as("1000/500 and 2100/500").contains(">2<").contains(">4.2<")
                .contains("由分量重新计算").contains("id=\"synthetic-label\"").contains("id=\"explorer-chart\"")
                .as("navigation link").contains("href=\"/explorer\"");
        HttpResponse<String> raw = http.page("/explorer?indicator=exa&from=2022&to=2024", null, null);
        assertThat(raw.body()).as("observed values need no footnote, the year before the towns existed is missing")
                .contains(">1000<").contains("缺失").contains("method-observed");
        HttpResponse<String> en = http.page("/explorer?indicator=exr&from=2023&to=2024&lang=en", null, null);
        assertThat(en.body()).contains("Recomputed from components").contains("A per B");
    }

    @Test
    void chartDataAndCsvCarryTheSameValues() {
        HttpResponse<String> data = http.get("/api/explorer/data?indicator=exa&from=2023&to=2024", "analyst", PW);
        assertThat(data.statusCode()).as(data.body()).isEqualTo(200);
        assertThat(data.body()).contains("\"years\":[\"2023\",\"2024\"]").contains("\"values\":[1000.0,1100.0]")
                .contains("\"synthetic\":true");
        HttpResponse<String> csv = http.get("/api/explorer/csv?indicator=exa&from=2023&to=2024", "analyst", PW);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        assertThat(csv.body()).contains("town_code,town_name,year,indicator,value,method,derivation,synthetic")
                .contains("320582100000,杨舍镇,2024,exa,1100.0,OBSERVED,");
        assertThat(http.get("/api/explorer/data?indicator=nosuch", "analyst", PW).statusCode()).isEqualTo(404);
    }

    @Test
    void reporterSeesOnlyTheirTown() {
        HttpResponse<String> data = http.get("/api/explorer/data?indicator=exa&from=2023&to=2024", "reporter-320582100", PW);
        assertThat(data.statusCode()).as(data.body()).isEqualTo(200);
        assertThat(data.body()).contains("杨舍镇").doesNotContain("塘桥镇");
        HttpResponse<String> csv = http.get("/api/explorer/csv?indicator=exa", "reporter-320582100", PW);
        assertThat(csv.body()).contains("杨舍镇").doesNotContain("塘桥镇");
    }
}
