package org.tongchou.app.support;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongchou.app.data.DataValueService;
import org.tongchou.app.data.ValueStatus;
import org.tongchou.app.data.ValueWrite;
import org.tongchou.app.indicators.FrameworkService;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.periods.Period;

/**
 * A county of three towns, a framework of three indicators ({@code prefix1}, {@code prefix2}, {@code prefix3})
 * and approved values of each town for 2023 and 2024 (source "synthetic demo"): the city the web tests of
 * evaluation results run on. Each test class takes its own county, framework and values, so that classes sharing
 * the web context do not see each other's runs.
 *
 * @param frameworkYaml the framework, whose indicators are {@code prefix1..3}
 * @param prefix        the indicators' code without its number
 * @param county        the county's code
 * @param countyName    its name
 * @param towns         the three towns' codes
 * @param townNames     their names
 * @param values        the value of town {@code t} (0–2), indicator {@code j} (0–2) in a year
 */
public record ThreeTownCity(String frameworkYaml, String prefix, String county, String countyName, List<String> towns,
                            List<String> townNames, Values values) {

    /** A value of the city's data. */
    @FunctionalInterface
    public interface Values {
        double of(int town, int indicator, int year);
    }

    /**
     * Creates the framework, the units and the values unless the county exists already (the web context, and its
     * database, outlive a test class).
     *
     * @return whether it created them (false: they were there)
     */
    public boolean createOnce(JdbcClient jdbc, FrameworkService frameworks, IndicatorService indicators, DataValueService data) {
        if (jdbc.sql("SELECT COUNT(*) FROM admin_unit WHERE code = ?").param(county).query(Long.class).single() > 0) return false;
        indicators.invalidate();
        frameworks.importYaml(new StringReader(frameworkYaml), "test");
        TestUnits units = new TestUnits(jdbc);
        LocalDate from = LocalDate.of(2000, 1, 1);
        long city = units.add(county, countyName, "COUNTY", "镇", null, from, null);
        for (int t = 0; t < towns.size(); t++) {
            long id = units.add(towns.get(t), townNames.get(t), "TOWNSHIP", "镇", city, from, null);
            for (int y = 2023; y <= 2024; y++) {
                for (int j = 0; j < 3; j++) {
                    data.write(new ValueWrite(id, prefix + (j + 1), Period.year(y), values.of(t, j, y), ValueStatus.APPROVED,
                            "synthetic demo", null), "test", null);
                }
            }
        }
        return true;
    }
}
