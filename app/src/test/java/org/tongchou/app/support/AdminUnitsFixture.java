package org.tongchou.app.support;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongchou.app.data.DataValueService;
import org.tongchou.app.data.ValueStatus;
import org.tongchou.app.data.ValueWrite;
import org.tongchou.app.indicators.Indicator;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.periods.Period;

/**
 * Units and values for the unit administration tests, in a subtree of their own (province 99, county
 * 990101) so that changing them never touches the city the other web tests use. Each test that
 * changes a town uses its own town. Population 10,000 / 11,000 / 12,000 in 2019–2021, 60 % urban.
 */
public final class AdminUnitsFixture {
    public static final String COUNTY = "990101";
    /** Split by the web test. */
    public static final String JIA = "990101001";
    /** Merged with {@link #BING} by the web test. */
    public static final String YI = "990101002";
    public static final String BING = "990101003";
    /** Split in the browser test. */
    public static final String DING = "990101004";
    /** Renamed through an uploaded proposal. */
    public static final String WU = "990101005";
    /** Proposed for abolition in an uploaded proposal, and the proposal discarded. */
    public static final String JI = "990101006";
    /** Renamed through the wizard (code and parent left blank). */
    public static final String GENG = "990101007";
    /** Abolished through the wizard. */
    public static final String XIN = "990101008";
    public static final LocalDate SINCE = LocalDate.of(2015, 1, 1);

    private AdminUnitsFixture() {
    }

    /** Creates the subtree, the indicators wz_pop, wz_urban, wz_rate and the values, once per database. */
    public static synchronized void ensure(JdbcClient jdbc, IndicatorService indicators, DataValueService values) {
        if (indicators.find("wz_pop").isEmpty()) {
            indicators.define(List.of(
                    new Indicator("wz_pop", "常住人口", "resident population", "人", null, null, 0.0, null, null, null, null, ""),
                    new Indicator("wz_urban", "城镇人口", "urban population", "人", null, null, 0.0, null, null, null, null, ""),
                    new Indicator("wz_rate", "城镇化率", "urbanisation rate", "%", null, null, 0.0, 100.0, null, null,
                            "wz_urban / wz_pop * 100", "")));
        }
        if (jdbc.sql("SELECT COUNT(*) FROM admin_unit WHERE code = '990000000000'").query(Long.class).single() > 0) return;
        long province = unit(jdbc, "990000000000", "测试省", "PROVINCE", "省", null);
        long prefecture = unit(jdbc, "990100000000", "测试市", "PREFECTURE", "市", province);
        long county = unit(jdbc, "990101000000", "测试县", "COUNTY", "县", prefecture);
        String[][] towns = {{JIA, "甲镇"}, {YI, "乙镇"}, {BING, "丙镇"}, {DING, "丁镇"}, {WU, "戊镇"}, {JI, "己镇"}, {GENG, "庚镇"}, {XIN, "辛镇"}};
        for (String[] t : towns) {
            long id = unit(jdbc, t[0] + "000", t[1], "TOWNSHIP", "镇", county);
            for (int y = 2019; y <= 2021; y++) {
                double pop = 10_000 + 1_000 * (y - 2019);
                values.write(new ValueWrite(id, "wz_pop", Period.year(y), pop, ValueStatus.DRAFT, "test", null), "test", null);
                values.write(new ValueWrite(id, "wz_urban", Period.year(y), pop * 0.6, ValueStatus.DRAFT, "test", null), "test", null);
            }
        }
    }

    private static long unit(JdbcClient jdbc, String code, String name, String level, String kind, Long parent) {
        jdbc.sql("INSERT INTO admin_unit (code, name, level, kind, parent_id, valid_from) VALUES (?, ?, ?, ?, ?, ?)")
                .params(code, name, level, kind, parent, SINCE).update();
        return jdbc.sql("SELECT id FROM admin_unit WHERE code = ? AND level = ?").params(code, level).query(Long.class).single();
    }
}
