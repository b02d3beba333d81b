package org.tongchou.app.evaluation;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongchou.app.data.DataValueService;
import org.tongchou.app.data.ValueStatus;
import org.tongchou.app.data.ValueWrite;
import org.tongchou.app.indicators.FrameworkService;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.periods.Period;

/**
 * A tiny city for evaluation tests: three towns A, B, C and a framework "mini" of two dimensions with two
 * indicators each (one derived by formula, one "less is better") and an urban and a rural subsystem.
 * The values are chosen so that min-max values are simple fractions and the equal-weight index can be
 * worked out by hand (see {@link EvaluationServiceTest}).
 */
final class EvaluationFixture {
    static final String CITY = "320582000000";
    static final String A = "320582100000";
    static final String B = "320582101000";
    static final String C = "320582102000";
    /** Successors of C after {@link #splitC}: C1 takes a quarter of it, C2 the rest. */
    static final String C1 = "320582103000";
    static final String C2 = "320582104000";

    static final String YAML = """
            framework: {code: mini, name_zh: 测试, name_en: Mini}
            indicators:
              - {code: x1, name_zh: 甲, name_en: X1, unit: "", direction: 1, periodicity: year, min: 0, max: 1000000}
              - {code: x2, name_zh: 乙, name_en: X2, unit: "", direction: -1, periodicity: year, min: 0, max: 1000000}
              - {code: pop, name_zh: 人口, name_en: Population, unit: 人, direction: 1, periodicity: year, min: 0, max: 1000000}
              - {code: urb, name_zh: 城镇人口, name_en: Urban population, unit: 人, direction: 1, periodicity: year, min: 0, max: 1000000}
              - {code: urate, name_zh: 城镇化率, name_en: Urbanisation, unit: "%", direction: 1, periodicity: year, min: 0, max: 100, aggregation: recompute, formula: urb / pop * 100}
              - {code: x3, name_zh: 丙, name_en: X3, unit: "", direction: 1, periodicity: year, min: 0, max: 1000000}
            dimensions:
              - code: d1
                name_zh: 维一
                name_en: D1
                weight: 1
                indicators:
                  - {code: x1, weight: 1}
                  - {code: x2, weight: 1}
              - code: d2
                name_zh: 维二
                name_en: D2
                weight: 1
                indicators:
                  - {code: urate, weight: 1}
                  - {code: x3, weight: 1}
            subsystems:
              - code: urban
                name_zh: 城镇
                name_en: Urban
                weight: 1
                indicators:
                  - {code: urate, weight: 1}
                  - {code: x1, weight: 1}
              - code: rural
                name_zh: 乡村
                name_en: Rural
                weight: 1
                indicators:
                  - {code: x3, weight: 1}
                  - {code: x2, weight: 1}
            """;

    final long city;
    final long a;
    final long b;
    final long c;
    private final DataValueService values;

    EvaluationFixture(JdbcClient jdbc, FrameworkService frameworks, IndicatorService indicators, DataValueService values) {
        this.values = values;
        indicators.invalidate();
        frameworks.importYaml(new StringReader(YAML), "fixture");
        LocalDate from = LocalDate.of(2000, 1, 1);
        city = add(jdbc, CITY, "张家港市", "COUNTY", null, from);
        a = add(jdbc, A, "甲镇", "TOWNSHIP", city, from);
        b = add(jdbc, B, "乙镇", "TOWNSHIP", city, from);
        c = add(jdbc, C, "丙镇", "TOWNSHIP", city, from);
    }

    /**
     * Splits C on 1 January of {@code year} into C1 (¼) and C2 (¾), recorded as a SPLIT event with its
     * shares, the way the units feature stores it.
     */
    void splitC(JdbcClient jdbc, int year) {
        LocalDate day = LocalDate.of(year, 1, 1);
        jdbc.sql("UPDATE admin_unit SET valid_to = ? WHERE id = ?").params(day, c).update();
        long c1 = add(jdbc, C1, "丙一街道", "TOWNSHIP", city, day);
        long c2 = add(jdbc, C2, "丙二街道", "TOWNSHIP", city, day);
        var kh = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO unit_change_event (kind, change_date, source_note) VALUES ('SPLIT', ?, 'fixture')")
                .param(day).update(kh, "id");
        long event = kh.getKey().longValue();
        jdbc.sql("INSERT INTO unit_change_participant (event_id, unit_id, role) VALUES (?, ?, 'PREDECESSOR')").params(event, c).update();
        for (long s : new long[] {c1, c2}) {
            jdbc.sql("INSERT INTO unit_change_participant (event_id, unit_id, role) VALUES (?, ?, 'SUCCESSOR')").params(event, s).update();
        }
        jdbc.sql("INSERT INTO unit_change_flow (event_id, predecessor_id, successor_id, share) VALUES (?, ?, ?, 0.25)").params(event, c, c1).update();
        jdbc.sql("INSERT INTO unit_change_flow (event_id, predecessor_id, successor_id, share) VALUES (?, ?, ?, 0.75)").params(event, c, c2).update();
    }

    private static long add(JdbcClient jdbc, String code, String name, String level, Long parent, LocalDate from) {
        var kh = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO admin_unit (code, name, level, kind, parent_id, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, NULL)")
                .params(code, name, level, "镇", parent, from).update(kh, "id");
        return kh.getKey().longValue();
    }

    /** 2024: x1 10/20/30, x2 5/3/1, urban share 50/60/80 %, x3 7/1/4 (A/B/C), all approved. */
    void year2024() {
        town(a, 2024, Map.of("x1", 10.0, "x2", 5.0, "pop", 100.0, "urb", 50.0, "x3", 7.0));
        town(b, 2024, Map.of("x1", 20.0, "x2", 3.0, "pop", 100.0, "urb", 60.0, "x3", 1.0));
        town(c, 2024, Map.of("x1", 30.0, "x2", 1.0, "pop", 100.0, "urb", 80.0, "x3", 4.0));
    }

    /** 2023: A leads on everything, B is last. */
    void year2023() {
        town(a, 2023, Map.of("x1", 40.0, "x2", 1.0, "pop", 100.0, "urb", 90.0, "x3", 9.0));
        town(b, 2023, Map.of("x1", 10.0, "x2", 6.0, "pop", 100.0, "urb", 40.0, "x3", 1.0));
        town(c, 2023, Map.of("x1", 20.0, "x2", 3.0, "pop", 100.0, "urb", 60.0, "x3", 5.0));
    }

    void town(long unit, int year, Map<String, Double> v) {
        v.forEach((k, x) -> values.write(new ValueWrite(unit, k, Period.year(year), x, ValueStatus.APPROVED, "fixture", null), "test", null));
    }

    EvaluationPlan plan(IndicatorWeighting iw, GroupWeighting gw) {
        return new EvaluationPlan(0, "mini-" + iw.name().toLowerCase(), "Mini", "mini", java.util.List.of(), PlanNormalisation.MIN_MAX,
                iw, gw, PlanAggregation.ARITHMETIC, CITY, B, Map.of());
    }
}
