package org.tongchou.app.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;
import org.tongchou.app.dashboard.Views.AcrossYears;
import org.tongchou.app.dashboard.Views.Name;
import org.tongchou.app.dashboard.Views.TownOption;
import org.tongchou.app.dashboard.Views.YearRow;
import org.tongchou.app.evaluation.EvaluationPlan;
import org.tongchou.app.evaluation.EvaluationResults;
import org.tongchou.app.evaluation.RunInfo;
import org.tongchou.app.evaluation.RunResult;

/**
 * One town across chosen years of a plan: the newest visible run of each year, read as stored (scores
 * are relative to the towns of that year's run, as on the dashboard of that year). Each row holds the
 * values per year, the change from the previous chosen year, and the change from the first to the last
 * year that has a value.
 */
@Component
class TownYears {
    private final DashboardService dashboards;
    private final EvaluationResults results;

    TownYears(DashboardService dashboards, EvaluationResults results) {
        this.dashboards = dashboards;
        this.results = results;
    }

    /**
     * @param code  12-digit town code; null or blank = the first town of the latest run
     * @param years period codes to show; empty = every year with a visible run
     */
    AcrossYears across(EvaluationPlan plan, String code, List<String> years, boolean unpublished) {
        List<RunInfo> series = results.series(plan.code(), unpublished);
        List<String> periods = series.stream().map(s -> s.period().code()).toList();
        List<RunInfo> chosen = series.stream().filter(s -> years.isEmpty() || years.contains(s.period().code())).toList();
        List<TownOption> towns = series.isEmpty() ? List.of()
                : results.result(series.get(series.size() - 1)).units().stream().map(u -> new TownOption(u.code(), u.name())).toList();
        String town = code == null || code.isBlank() ? (towns.isEmpty() ? null : towns.get(0).code()) : code;

        List<String> shown = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<RunResult.UnitResult> units = new ArrayList<>();
        List<Map<String, RunResult.NodeScore>> scores = new ArrayList<>();
        List<RunResult.NodeWeight> nodes = new ArrayList<>();
        String name = null;
        for (RunInfo s : chosen) {
            RunResult r = results.result(s);
            RunResult.UnitResult u = r.units().stream().filter(x -> x.code().equals(town)).findFirst().orElse(null);
            shown.add(s.period().code());
            units.add(u);
            Map<String, RunResult.NodeScore> own = new HashMap<>();
            if (u == null) {
                missing.add(s.period().code());
            } else {
                name = u.name();
                for (RunResult.NodeScore ns : r.scores()) if (ns.unit().equals(town)) own.put(ns.node(), ns);
                for (RunResult.NodeWeight w : r.weights()) {
                    if (nodes.stream().noneMatch(n -> n.code().equals(w.code()))) nodes.add(w);
                }
            }
            scores.add(own);
        }
        List<YearRow> overall = List.of(
                row(dashboards.name(EvaluationPlan.ROOT), units, (u, i) -> u == null ? null : DashboardService.x100(u.score()), 1),
                row(new Name("rank", "名次", "Rank", ""), units, (u, i) -> u == null ? null : DashboardService.n(u.rank()), -1),
                row(new Name(MapLayers.COORDINATION, "耦合协调度 D", "Coupling coordination D", ""), units,
                        (u, i) -> u == null ? null : DashboardService.n(u.coordination()), 1));
        List<YearRow> dimensions = new ArrayList<>();
        List<YearRow> indicators = new ArrayList<>();
        for (RunResult.NodeWeight w : nodes) {
            boolean indicator = w.kind() == RunResult.NodeKind.INDICATOR;
            if (w.kind() != RunResult.NodeKind.DIMENSION && !indicator) continue;
            YearRow row = row(dashboards.name(w.code()), units, (u, i) -> {
                RunResult.NodeScore ns = scores.get(i).get(w.code());
                if (ns == null) return null;
                return indicator ? DashboardService.n(ns.raw()) : DashboardService.x100(ns.score());
            }, indicator ? 0 : 1);
            (indicator ? indicators : dimensions).add(row);
        }
        return new AcrossYears(plan, town, name, periods, shown, missing, overall, dimensions, indicators, towns);
    }

    private static YearRow row(Name name, List<RunResult.UnitResult> units, BiFunction<RunResult.UnitResult, Integer, Double> value,
                               int polarity) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) values.add(value.apply(units.get(i), i));
        List<Double> deltas = new ArrayList<>();
        Double previous = null;
        Double first = null;
        Double last = null;
        for (Double v : values) {
            deltas.add(v == null || previous == null ? null : v - previous);
            if (v != null) {
                previous = v;
                if (first == null) first = v;
                last = v;
            }
        }
        Double change = first == null || last == null ? null : last - first;
        return new YearRow(name, values, deltas, change, polarity);
    }
}
