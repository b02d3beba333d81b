package org.tongchou.app.dashboard;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tongchou.app.dashboard.Views.RankInterval;
import org.tongchou.app.dashboard.Views.Robustness;
import org.tongchou.app.evaluation.RankIntervals;
import org.tongchou.app.evaluation.RunResult;
import org.tongchou.app.evaluation.RunRobustness;

/** A stored run's robustness as the leader pages show it: rank intervals in rank order, "not clearly ahead" marks. */
final class RobustnessViews {
    private RobustnessViews() {
    }

    static Optional<Robustness> of(Optional<RunRobustness> stored, RunResult result) {
        if (stored.isEmpty()) return Optional.empty();
        RunRobustness r = stored.get();
        Set<String> unclear = RankIntervals.notClearlyAhead(r);
        // by the stored robustness's index of units (RunRobustness#interval): a scan of the list for each town was quadratic
        // (1.4 million comparisons per view at a province's 1,203 towns, 1.5 billion for the country's)
        List<RankInterval> towns = result.units().stream().sorted(Comparator.comparingDouble(RunResult.UnitResult::rank))
                .flatMap(u -> r.interval(u.code()).map(i -> new RankInterval(u.code(), u.name(), DashboardService.n(u.rank()),
                        DashboardService.n(i.q5()), DashboardService.n(i.median()), DashboardService.n(i.q95()), !unclear.contains(u.code()))).stream())
                .toList();
        return Optional.of(new Robustness(r.replications(), r.seed(), r.strongest().map(RunRobustness.Sensitivity::assumption).orElse(null), towns));
    }

    static Optional<RankInterval> interval(Robustness r, String code) {
        return r.towns().stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
