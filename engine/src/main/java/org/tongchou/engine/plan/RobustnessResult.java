package org.tongchou.engine.plan;

import java.util.List;
import org.tongchou.engine.robustness.SensitivityIndex;
import org.tongchou.engine.robustness.UnitRankStatistics;

/**
 * How sure a plan's ranking is: every unit's rank interval over the replications, and which assumption
 * moves the ranking most.
 *
 * @param seed          the seed (equal seeds give equal results)
 * @param replications  independent replications behind the intervals (the rows A and B of the design)
 * @param modelRuns     evaluations made in all, N(d + 2) for d varied assumptions
 * @param assumptions   the varied assumptions with their alternatives (the plan's own first)
 * @param intervals     per unit, in data order: nominal rank, mean, median, 5th and 95th percentile of its ranks
 * @param sensitivity   first-order and total sensitivity indices of the mean absolute rank change (COINr's target)
 *                      for each varied assumption, in {@code assumptions} order
 * @param variance      the variance of that target the indices apportion (0: the ranking never changed)
 * @param notes         alternatives left out and why
 */
public record RobustnessResult(long seed, int replications, int modelRuns, List<VariedAssumption> assumptions,
                               List<UnitRankStatistics> intervals, List<SensitivityIndex> sensitivity, double variance,
                               List<PlanNote> notes) {
    /**
     * Checks and copies the components.
     *
     * @param seed         the seed (equal seeds give equal results)
     * @param replications independent replications behind the intervals (the rows A and B of the design)
     * @param modelRuns    evaluations made in all, N(d + 2) for d varied assumptions
     * @param assumptions  the varied assumptions with their alternatives (the plan's own first)
     * @param intervals    per unit, in data order: nominal rank, mean, median, 5th and 95th percentile of its ranks
     * @param sensitivity  first-order and total sensitivity indices of the mean absolute rank change (COINr's target) for each varied assumption, in {@code assumptions} order
     * @param variance     the variance of that target the indices apportion (0: the ranking never changed)
     * @param notes        alternatives left out and why
     */
    public RobustnessResult {
        assumptions = List.copyOf(assumptions);
        intervals = List.copyOf(intervals);
        sensitivity = List.copyOf(sensitivity);
        notes = List.copyOf(notes);
    }

    /** An assumption and its alternatives, as codes ({@code NORMALISATION}: {@code MIN_MAX}, {@code PERCENTILE_RANK} ...). */
    public record VariedAssumption(PlanAssumption assumption, List<String> alternatives) {
        /**
         * Checks and copies the components.
         *
         * @param assumption   the assumption
         * @param alternatives the codes of its alternatives, the nominal one first
         */
        public VariedAssumption {
            alternatives = List.copyOf(alternatives);
        }
    }
}
