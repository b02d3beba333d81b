package org.tongchou.engine.robustness;

/** The scalar output of one replication whose variance a sensitivity analysis apportions. */
@FunctionalInterface
public interface SensitivityTarget {
    /**
     * The output of one replication.
     *
     * @param scores       the replication's score per unit
     * @param ranks        its rank per unit (NaN = unranked)
     * @param nominalRanks the nominal rank per unit
     * @return the scalar output
     */
    double value(double[] scores, double[] ranks, double[] nominalRanks);

    /**
     * COINr's target: the mean over units of |rank − nominal rank|, units without a rank left out
     * ({@code NaN} when no unit has a rank).
     */
    SensitivityTarget MEAN_ABSOLUTE_RANK_CHANGE = (scores, ranks, nominal) -> {
        double sum = 0;
        int n = 0;
        for (int u = 0; u < ranks.length; u++) {
            if (!Double.isNaN(ranks[u]) && !Double.isNaN(nominal[u])) {
                sum += Math.abs(ranks[u] - nominal[u]);
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    };

    /**
     * The score of the unit at {@code index}.
     *
     * @param index the unit's position in the model's units
     * @return the target
     */
    static SensitivityTarget scoreOf(int index) {
        return (scores, ranks, nominal) -> scores[index];
    }

    /**
     * The rank of the unit at {@code index}.
     *
     * @param index the unit's position in the model's units
     * @return the target
     */
    static SensitivityTarget rankOf(int index) {
        return (scores, ranks, nominal) -> ranks[index];
    }
}
