package org.tongchou.app.targets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.tongchou.app.indicators.Aggregation;
import org.tongchou.app.indicators.Indicator;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.periods.Period;
import org.tongchou.app.periods.PeriodType;
import org.tongchou.app.units.AdminUnit;
import org.tongchou.app.units.UnitService;
import org.tongchou.engine.data.Direction;

/**
 * Monthly and quarterly progress of annual targets against time elapsed (时序进度) for cumulative
 * indicators: those reported more often than yearly whose values add up over time and across towns
 * (aggregation sum, raw, more is better): GDP, investment, budget revenue, industrial output and the
 * like. A unit's row needs an approved annual target; figures are approved values only.
 * {@link ProgressCalculator} has the formulas.
 */
@Service
class ProgressService {
    private final TargetService targets;
    private final IndicatorService indicators;
    private final UnitService units;
    private final ApprovedFigures figures;
    private final ProgressThresholds thresholds;

    ProgressService(TargetService targets, IndicatorService indicators, UnitService units, ApprovedFigures figures, ProgressThresholds thresholds) {
        this.targets = targets;
        this.indicators = indicators;
        this.units = units;
        this.figures = figures;
        this.thresholds = thresholds;
    }

    /** One unit's progress for one indicator. */
    record Row(String unitCode, String unitName, String indicator, PeriodType reportedBy, int elapsedPeriods, int periodsInYear, double target,
               ProgressCalculator.Result result, ProgressLight light) {
    }

    /** The rows of a report and what it was asked. */
    record Report(int year, Period asOf, int monthsElapsed, ProgressProfile profile, List<Indicator> indicators, List<Row> rows,
                  double greenFrom, double amberFrom, int seasonalYears) {
    }

    /** Whether an indicator is cumulative in the sense of this page. */
    static boolean cumulative(Indicator i) {
        return !i.derived() && i.aggregation() == Aggregation.SUM && i.periodicity().perYear() > 1 && i.direction() == Direction.POSITIVE;
    }

    /**
     * The progress of every approved target of a cumulative indicator in the year of {@code asOf}, as
     * of the end of {@code asOf} (a month, quarter, half or the whole year), optionally for one unit.
     */
    Report report(Period asOf, ProgressProfile profile, String onlyUnitCode) {
        return reportOf(asOf, profile, onlyUnitCode == null ? null : java.util.Set.of(onlyUnitCode));
    }

    /** The same, for the units with these codes only (a reporter's town, a leader's area), or every unit when null. */
    Report reportOf(Period asOf, ProgressProfile profile, java.util.Set<String> onlyUnitCodes) {
        int year = asOf.year();
        int months = (asOf.index() - 1) * asOf.type().months() + asOf.type().months();
        Map<String, Indicator> cumulative = new LinkedHashMap<>();
        for (Indicator i : indicators.list()) if (cumulative(i)) cumulative.put(i.code(), i);
        List<Target> ts = targets.list(cumulative.keySet(), year).stream().toList();
        Map<Long, AdminUnit> unitById = new HashMap<>();
        units.findAll(ts.stream().map(Target::unitId).distinct().toList()).forEach(u -> unitById.put(u.id(), u));
        List<Row> rows = new ArrayList<>();
        List<Indicator> shown = new ArrayList<>();
        for (Indicator ind : cumulative.values()) {
            List<Target> mine = ts.stream().filter(t -> t.indicator().equals(ind.code()) && unitById.containsKey(t.unitId())
                    && (onlyUnitCodes == null || onlyUnitCodes.contains(unitById.get(t.unitId()).code()))).toList();
            if (mine.isEmpty()) continue;
            shown.add(ind);
            PeriodType type = ind.periodicity();
            int n = type.perYear();
            int k = months / type.months();
            List<Period> periods = new ArrayList<>(Period.year(year).split(type));
            for (int y = year - thresholds.seasonalYears(); y < year; y++) periods.addAll(Period.year(y).split(type));
            long[] ids = mine.stream().mapToLong(Target::unitId).toArray();
            double[][] v = figures.figures(ind.code(), ids, periods);
            for (int u = 0; u < ids.length; u++) {
                double[] current = new double[n];
                for (int i = 0; i < n; i++) current[i] = v[i][u];
                List<double[]> past = new ArrayList<>();
                for (int y = 0; y < thresholds.seasonalYears(); y++) {
                    double[] py = new double[n];
                    for (int i = 0; i < n; i++) py[i] = v[n + y * n + i][u];
                    past.add(py);
                }
                Target t = mine.get(u);
                ProgressCalculator.Result r = ProgressCalculator.compute(current, k, t.value(), past, profile);
                AdminUnit unit = unitById.get(t.unitId());
                rows.add(new Row(unit.code(), unit.name(), ind.code(), type, k, n, t.value(), r,
                        r.gapPoints() == null ? ProgressLight.NONE : thresholds.light(r.gapPoints())));
            }
        }
        rows.sort(Comparator.comparing(Row::indicator, Comparator.comparingInt(c -> indexOf(shown, c))).thenComparing(Row::unitCode));
        return new Report(year, asOf, months, profile, shown, rows, thresholds.greenFrom(), thresholds.amberFrom(), thresholds.seasonalYears());
    }

    /** The latest month of the year with an approved figure of a cumulative indicator (for the page's default), or the year's end. */
    Period defaultAsOf(int year, LocalDate today) {
        if (year == today.getYear()) return Period.month(year, Math.max(1, today.getMonthValue() - 1));
        return Period.month(year, 12);
    }

    private static int indexOf(List<Indicator> list, String code) {
        for (int i = 0; i < list.size(); i++) if (list.get(i).code().equals(code)) return i;
        return Integer.MAX_VALUE;
    }
}
