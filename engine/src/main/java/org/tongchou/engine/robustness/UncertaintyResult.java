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
    public UncertaintyResult {
        units = List.copyOf(units);
        assumptions = List.copyOf(assumptions);
        statistics = List.copyOf(statistics);
    }

    public int replications() {
        return design.length;
    }
}
