package org.tongchou.app.evaluation;

import java.util.List;
import java.util.Optional;
import org.tongchou.engine.plan.RobustnessResult;
import org.tongchou.engine.robustness.SensitivityIndex;
import org.tongchou.engine.robustness.UnitRankStatistics;

/**
 * How sure a run's ranking is, as stored with the run: every town's rank interval under the reasonable
 * alternatives of the plan's own choices (the engine's Monte Carlo, {@code PlanRobustness}), and which
 * choice moves the ranking most.
 *
 * @param seed         the seed (the same seed gives the same figures)
 * @param replications independent replications behind the intervals
 * @param modelRuns    evaluations made in all (replications plus those the sensitivity indices need)
 * @param variance     variance of the mean absolute rank change the indices apportion (0: no rank ever changed)
 * @param intervals    per town (as loaded: in rank order), indexed by unit code ({@link #interval})
 * @param sensitivity  per varied assumption
 */
public record RunRobustness(long seed, int replications, int modelRuns, double variance, List<Interval> intervals,
                            List<Sensitivity> sensitivity) {
    public RunRobustness {
        intervals = intervals instanceof Intervals i ? i : new Intervals(intervals);
        sensitivity = List.copyOf(sensitivity);
    }

    /** A town's ranks over the replications: nominal (the run's own), mean, median, 5th and 95th percentile. */
    public record Interval(String unit, double nominal, double mean, double median, double q5, double q95) {
    }

    /**
     * First-order and total sensitivity index of the mean absolute rank change to one assumption.
     *
     * @param assumption   {@code NORMALISATION}, {@code INDICATOR_WEIGHTING}, {@code GROUP_WEIGHTING},
     *                     {@code AGGREGATION}, {@code WEIGHT_NOISE} or {@code IMPUTATION}
     * @param alternatives the alternatives' codes, the plan's own first
     */
    public record Sensitivity(String assumption, List<String> alternatives, double firstOrder, double total) {
        public Sensitivity {
            alternatives = List.copyOf(alternatives);
        }
    }

    /**
     * The unit's interval (the first, should a unit have two), by an index built with the record: pages and documents
     * ask it for every unit of a run, and a scan of the list for each was quadratic in the number of units.
     */
    public Optional<Interval> interval(String unit) {
        return Optional.ofNullable(((Intervals) intervals).byUnit.get(unit));
    }

    /** The intervals as an unmodifiable list with an index by unit code (the first interval of each unit). */
    private static final class Intervals extends java.util.AbstractList<Interval> implements java.util.RandomAccess {
        private final List<Interval> list;
        private final java.util.Map<String, Interval> byUnit;

        Intervals(List<Interval> intervals) {
            this.list = List.copyOf(intervals);
            java.util.Map<String, Interval> index = new java.util.HashMap<>(list.size() * 2);
            for (Interval i : list) index.putIfAbsent(i.unit(), i);
            this.byUnit = index;
        }

        @Override
        public Interval get(int index) {
            return list.get(index);
        }

        @Override
        public int size() {
            return list.size();
        }
    }

    /** The assumption with the largest total index (what moves the ranking most), if any varies the ranking. */
    public Optional<Sensitivity> strongest() {
        return sensitivity.stream().filter(s -> !Double.isNaN(s.total()))
                .max((a, b) -> Double.compare(a.total(), b.total()));
    }

    static RunRobustness of(RobustnessResult r) {
        List<Interval> intervals = r.intervals().stream().map(RunRobustness::interval).toList();
        List<Sensitivity> sensitivity = new java.util.ArrayList<>();
        for (int k = 0; k < r.sensitivity().size(); k++) {
            SensitivityIndex s = r.sensitivity().get(k);
            sensitivity.add(new Sensitivity(s.input(), r.assumptions().get(k).alternatives(), s.si(), s.sti()));
        }
        return new RunRobustness(r.seed(), r.replications(), r.modelRuns(), r.variance(), intervals, sensitivity);
    }

    private static Interval interval(UnitRankStatistics s) {
        return new Interval(s.unit(), s.nominal(), s.mean(), s.median(), s.q5(), s.q95());
    }
}
