package org.tongchou.engine.robustness;

import java.util.List;

/**
 * The replications of a Monte Carlo run: nominal scores and ranks, then scores and ranks indexed
 * [unit][replication] (live arrays, not copied), the uniform design row of every replication, and each
 * unit's rank statistics.
 */
public record UncertaintyResult(List<String> units, List<String> assumptions, double[] nominalScores,
                                double[] nominalRanks, double[][] scores, double[][] ranks, double[][] design,
                                List<UnitRankStatistics> statistics) {
    /**
     * Copies the lists (not the arrays).
     *
     * @param units         unit codes
     * @param assumptions   the assumptions' names
     * @param nominalScores each unit's nominal score
     * @param nominalRanks  each unit's nominal rank
     * @param scores        scores indexed [unit][replication]
     * @param ranks         ranks indexed [unit][replication]
     * @param design        the uniform design row of every replication
     * @param statistics    each unit's rank statistics
     */
    public UncertaintyResult {
        units = List.copyOf(units);
        assumptions = List.copyOf(assumptions);
        statistics = List.copyOf(statistics);
    }

    /**
     * The number of replications.
     *
     * @return the rows of the design
     */
    public int replications() {
        return design.length;
    }
}
