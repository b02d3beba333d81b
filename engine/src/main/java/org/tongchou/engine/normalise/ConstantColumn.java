package org.tongchou.engine.normalise;

/**
 * What a scale-based normalisation does with a column whose present values are all equal (zero range
 * or zero standard deviation), where its formula divides 0 by 0.
 */
public enum ConstantColumn {
    /** Refuse with an {@link org.tongchou.engine.data.InvalidInputException} naming the indicator. */
    FAIL,
    /** Every value becomes missing (NaN), as COINr's {@code n_minmax} gives in R. */
    MISSING,
    /** Every present value becomes the middle of the target scale (min-max: (l+u)/2; z-score: the mean). */
    MIDPOINT
}
