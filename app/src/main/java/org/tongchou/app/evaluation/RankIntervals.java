package org.tongchou.app.evaluation;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which towns are not clearly ahead (不明显领先): a town whose rank interval (5th to 95th percentile over
 * the robustness replications) overlaps the interval of the town ranked next below it, so that under
 * reasonable other method choices the two may swap. The last town leads no one and is never marked.
 * Ranks are lower-is-better: intervals [q5, q95] of the town at rank r and of the next overlap when the
 * next one's q5 is at most this one's q95.
 */
public final class RankIntervals {
    private RankIntervals() {
    }

    /** Codes of the towns not clearly ahead of the next town in the run's ranking. */
    public static Set<String> notClearlyAhead(RunRobustness r) {
        List<RunRobustness.Interval> byRank = r.intervals().stream()
                .filter(i -> !Double.isNaN(i.nominal()))
                .sorted(Comparator.comparingDouble(RunRobustness.Interval::nominal).thenComparing(RunRobustness.Interval::unit))
                .toList();
        Set<String> out = new HashSet<>();
        for (int k = 0; k + 1 < byRank.size(); k++) {
            RunRobustness.Interval a = byRank.get(k);
            RunRobustness.Interval b = byRank.get(k + 1);
            if (b.q5() <= a.q95()) out.add(a.unit());
        }
        return out;
    }
}
