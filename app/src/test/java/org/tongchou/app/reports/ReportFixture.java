package org.tongchou.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.tongchou.app.data.DataValueService;
import org.tongchou.app.data.ValueStatus;
import org.tongchou.app.data.ValueWrite;
import org.tongchou.app.demo.DemoAccounts;
import org.tongchou.app.indicators.FrameworkService;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.periods.Period;
import org.tongchou.app.support.HttpTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A city of the reports' own (吴江区 320509, six towns, one named like a formula) with a framework that has
 * the three concentrations, two more dimensions and urban and rural subsystems; approved values for 2023
 * and 2024; the plan {@code rptplan} (benchmark 巴城镇) run and published for both years, 2024 unpublished
 * a second time for the refusal test. Loaded once into the shared web database.
 */
final class ReportFixture {
    static final String PW = DemoAccounts.PASSWORD;
    static final String AREA = "320509000000";
    static final String[] TOWNS = {"320509100000", "320509101000", "320509102000", "320509103000", "320509104000", "320509105000"};
    static final String[] NAMES = {"玉山镇", "巴城镇", "周市镇", "陆家镇", "=SUM(1)镇", "淀山湖镇"};
    static final String[] INDICATORS = {"rp_park", "rp_urb", "rp_comm", "rp_gdp", "rp_inv", "rp_inc", "rp_unemp"};
    static final String YAML = """
            framework: {code: rptfw, name_zh: 材料测试, name_en: Report test}
            indicators:
              - {code: rp_park, name_zh: 企业入园率, name_en: Park share, unit: "%", direction: 1, periodicity: year, min: 0, max: 100}
              - {code: rp_urb, name_zh: 城镇化水平, name_en: Urban share, unit: "%", direction: 1, periodicity: year, min: 0, max: 100}
              - {code: rp_comm, name_zh: 社区居住率, name_en: Community share, unit: "%", direction: 1, periodicity: year, min: 0, max: 100}
              - {code: rp_gdp, name_zh: 经济总量, name_en: Output, unit: 亿元, direction: 1, periodicity: year, min: 0, max: 100000}
              - {code: rp_inv, name_zh: 投资额, name_en: Investment, unit: 亿元, direction: 1, periodicity: year, min: 0, max: 100000}
              - {code: rp_inc, name_zh: 居民收入, name_en: Income, unit: 元, direction: 1, periodicity: year, min: 0, max: 1000000}
              - {code: rp_unemp, name_zh: 失业率, name_en: Unemployment, unit: "%", direction: -1, periodicity: year, min: 0, max: 100}
              - {code: rp_rev, name_zh: 月度财政收入, name_en: Monthly revenue, unit: 万元, direction: 1, periodicity: month, min: 0, max: 100000, aggregation: sum}
            dimensions:
              - {code: concentration, name_zh: 三个集中, name_en: Three concentrations, weight: 1, indicators: [{code: rp_park, weight: 1}, {code: rp_urb, weight: 1}, {code: rp_comm, weight: 1}]}
              - {code: rp_econ, name_zh: 经济实力, name_en: Economy, weight: 1, indicators: [{code: rp_gdp, weight: 1}, {code: rp_inv, weight: 1}]}
              - {code: rp_life, name_zh: 生活水平, name_en: Living, weight: 1, indicators: [{code: rp_inc, weight: 1}, {code: rp_unemp, weight: 1}]}
            subsystems:
              - {code: urban, name_zh: 城镇子系统, name_en: Urban, weight: 1, indicators: [{code: rp_urb, weight: 1}, {code: rp_gdp, weight: 1}]}
              - {code: rural, name_zh: 乡村子系统, name_en: Rural, weight: 1, indicators: [{code: rp_comm, weight: 1}, {code: rp_inc, weight: 1}]}
            """;
    /** Values per town (rows) and indicator (columns) in 2024; 2023 is derived so that ranks change. */
    static final double[][] V2024 = {
            {70, 80, 60, 900, 300, 52000, 2.0},
            {85, 75, 70, 800, 350, 50000, 1.8},
            {60, 65, 50, 500, 200, 45000, 2.5},
            {75, 70, 65, 700, 260, 48000, 2.2},
            {50, 55, 40, 400, 150, 42000, 3.0},
            {65, 60, 55, 600, 240, 47000, 2.4}};

    static long published2023;
    static long published2024;
    static long unpublished2024;

    private ReportFixture() {
    }

    static synchronized void load(JdbcClient jdbc, FrameworkService frameworks, IndicatorService indicators, DataValueService values, int port) {
        if (published2024 > 0) return;
        if (jdbc.sql("SELECT COUNT(*) FROM admin_unit WHERE code = ?").param(AREA).query(Long.class).single() > 0) {
            throw new IllegalStateException("another test made the units of " + AREA + "; the reports fixture needs a city of its own");
        }
        indicators.invalidate();
        frameworks.importYaml(new StringReader(YAML), "test");
        long city = unit(jdbc, AREA, "吴江区", "COUNTY", null);
        for (int t = 0; t < TOWNS.length; t++) {
            long id = unit(jdbc, TOWNS[t], NAMES[t], "TOWNSHIP", city);
            for (int j = 0; j < INDICATORS.length; j++) {
                double v24 = V2024[t][j];
                // 2023: towns 0 and 2 swap their economies, so ranks move between the years
                double v23 = j == 3 || j == 4 ? V2024[t == 0 ? 2 : t == 2 ? 0 : t][j] : v24 * 0.95;
                write(values, id, INDICATORS[j], 2024, v24);
                write(values, id, INDICATORS[j], 2023, v23);
            }
        }
        // 时序进度 of the towns' pages: 2024 targets of the monthly revenue, 玉山镇 ahead (120 of 100), 巴城镇 behind (84 of 100)
        for (int t = 0; t < 2; t++) {
            long id = jdbc.sql("SELECT id FROM admin_unit WHERE code = ?").param(TOWNS[t]).query(Long.class).single();
            for (int month = 1; month <= 12; month++) {
                values.write(new ValueWrite(id, "rp_rev", Period.month(2024, month), t == 0 ? 10 : 7, ValueStatus.APPROVED, "synthetic demo", null), "test", null);
            }
            jdbc.sql("INSERT INTO target (unit_id, indicator_id, target_year, num_value, note, set_by, set_at) "
                            + "SELECT ?, id, 2024, 100, 'test', 'test', CURRENT_TIMESTAMP FROM indicator WHERE code = 'rp_rev'")
                    .param(id).update();
        }
        HttpTestClient basic = new HttpTestClient(port);
        JsonMapper json = JsonMapper.builder().build();
        Map<String, Object> plan = new LinkedHashMap<>(Map.of("code", "rptplan", "name", "材料测试方案", "frameworkCode", "rptfw",
                "normalisation", "MIN_MAX", "indicatorWeighting", "ENTROPY", "groupWeighting", "EQUAL", "aggregation", "ARITHMETIC",
                "areaCode", AREA));
        plan.put("benchmarkCode", TOWNS[1]);
        HttpResponse<String> saved = basic.send("PUT", "/api/evaluations/plans/rptplan", json.writeValueAsString(plan), "analyst", PW);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        published2023 = run(basic, json, "2023");
        publish(basic, published2023);
        published2024 = run(basic, json, "2024");
        publish(basic, published2024);
        unpublished2024 = run(basic, json, "2024");
    }

    private static void write(DataValueService values, long unit, String indicator, int year, double v) {
        values.write(new ValueWrite(unit, indicator, Period.year(year), v, ValueStatus.APPROVED, "synthetic demo", null), "test", null);
    }

    /** A new run of the plan for the period, not published; its id. */
    static long newRun(int port, String period) {
        return run(new HttpTestClient(port), JsonMapper.builder().build(), period);
    }

    private static long run(HttpTestClient basic, JsonMapper json, String period) {
        HttpResponse<String> r = basic.send("POST", "/api/evaluations/plans/rptplan/runs?period=" + period, null, "analyst", PW);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json.readTree(r.body()).get("id").asLong();
    }

    private static void publish(HttpTestClient basic, long id) {
        assertThat(basic.send("POST", "/api/evaluations/runs/" + id + "/publish", null, "analyst", PW).statusCode()).isEqualTo(200);
    }

    private static long unit(JdbcClient jdbc, String code, String name, String level, Long parent) {
        GeneratedKeyHolder kh = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO admin_unit (code, name, level, kind, parent_id, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, NULL)")
                .params(code, name, level, "镇", parent, LocalDate.of(2000, 1, 1)).update(kh, "id");
        return kh.getKey().longValue();
    }
}
