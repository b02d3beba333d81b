package org.tongchou.app.support;

import java.time.LocalDate;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongchou.app.demo.DemoAccount;
import org.tongchou.app.demo.DemoAccounts;
import org.tongchou.app.indicators.Indicator;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.security.Role;

/** What every web test finds in place: the demo accounts, and a unit-keyed probe controller. */
@TestConfiguration(proxyBeanMethods = false)
@Import(WebTestFixture.ScopeProbeController.class)
public class WebTestFixture {

    /** Created once per context: the demo accounts exist before any test runs. */
    public record Accounts(java.util.List<DemoAccount> all) {
    }

    /** Two real towns of Zhangjiagang with one village each (codes from the 2023 code list). */
    public static final String YANGSHE = "320582100000";
    public static final String YANGSHE_VILLAGE = "320582100004";
    public static final String TANGQIAO = "320582101000";
    public static final String TANGQIAO_VILLAGE = "320582101001";

    @Bean
    Accounts accounts(DemoAccounts demo, JdbcClient jdbc) {
        seedUnits(jdbc);
        return new Accounts(demo.ensure());
    }

    /** Three indicators for the administration pages: a population, an urban population and their ratio by formula. */
    public static void ensureAdminIndicators(IndicatorService indicators) {
        if (indicators.find("adm_pop").isPresent()) return;
        indicators.define(java.util.List.of(
                new Indicator("adm_pop", "人口", "population", "人", null, null, 0.0, null, null, null, null, ""),
                new Indicator("adm_urban", "城镇人口", "urban population", "人", null, null, 0.0, null, null, null, null, ""),
                new Indicator("adm_rate", "城镇化率", "urbanisation", "%", null, null, 0.0, 100.0, null, null,
                        "adm_urban / adm_pop * 100", "")));
    }

    /**
     * The units feature has no public write API yet, so the fixture writes the rows itself (test
     * data only; the schema is the units feature's V10).
     */
    private static void seedUnits(JdbcClient jdbc) {
        long province = unit(jdbc, "320000000000", "江苏省", "PROVINCE", "省", null);
        long prefecture = unit(jdbc, "320500000000", "苏州市", "PREFECTURE", "市", province);
        long county = unit(jdbc, "320582000000", "张家港市", "COUNTY", "市", prefecture);
        long yangshe = unit(jdbc, YANGSHE, "杨舍镇", "TOWNSHIP", "镇", county);
        unit(jdbc, YANGSHE_VILLAGE, "花园浜社区居委会", "VILLAGE", "居委会", yangshe);
        long tangqiao = unit(jdbc, TANGQIAO, "塘桥镇", "TOWNSHIP", "镇", county);
        unit(jdbc, TANGQIAO_VILLAGE, "镇中社区居委会", "VILLAGE", "居委会", tangqiao);
    }

    private static long unit(JdbcClient jdbc, String code, String name, String level, String kind, Long parent) {
        jdbc.sql("INSERT INTO admin_unit (code, name, level, kind, parent_id, valid_from) VALUES (?, ?, ?, ?, ?, ?)")
                .params(code, name, level, kind, parent, LocalDate.of(2023, 1, 1)).update();
        return jdbc.sql("SELECT id FROM admin_unit WHERE code = ?").param(code).query(Long.class).single();
    }

    /**
     * A minimal handler with a {@code {unitCode}} path variable, to test the scope mechanism itself
     * independently of which unit pages exist. Imported explicitly (nested in a test configuration,
     * so component scanning skips it).
     */
    @RestController
    static class ScopeProbeController {
        record Probe(String unitCode, String access) {
        }

        @org.tongchou.app.security.Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER},
                units = org.tongchou.app.security.Access.Units.OWN)
        @GetMapping("/api/test-probe/units/{unitCode}")
        Probe read(@PathVariable String unitCode) {
            return new Probe(unitCode, "read");
        }

        @org.tongchou.app.security.Access(value = {Role.ADMIN, Role.ANALYST, Role.REPORTER},
                units = org.tongchou.app.security.Access.Units.OWN)
        @PostMapping("/api/test-probe/units/{unitCode}")
        Probe write(@PathVariable String unitCode) {
            return new Probe(unitCode, "write");
        }
    }
}
