package org.tongchou.engine.normalise;

/**
 * A normalisation method for one indicator column. Implementations are immutable value objects, so a
 * Monte Carlo run can vary the method by swapping the value.
 *
 * <p>Common contract: the column is first multiplied by its direction sign (+1 more is better, -1 less
 * is better), as COINr does, so that after normalisation higher is always better. Missing values
 * ({@code NaN}) are left out of every statistic and stay missing in the output. A column without any
 * present value stays all missing.
 */
public sealed interface Normaliser
        permits MinMax, ShiftedMinMax, ZScore, Goalposts, DistanceToTarget, RankScore, PercentileRank, VectorNorm {

    /**
     * Normalises {@code x} into {@code out} (same length, distinct arrays).
     *
     * @param x      the column's values (missing = NaN); not modified
     * @param sign   +1 or -1
     * @param column position of the column in the dataset (for methods with per-column parameters)
     * @param name   indicator code, for error messages
     * @param out    receives the normalised values
     * @throws org.tongchou.engine.data.InvalidInputException when the column cannot be normalised by this
     *                                                       method (constant column under FAIL, no target ...),
     *                                                       naming the indicator
     */
    void normalise(double[] x, double sign, int column, String name, double[] out);
}
