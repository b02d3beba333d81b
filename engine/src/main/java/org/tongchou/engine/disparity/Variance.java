package org.tongchou.engine.disparity;

/** Which standard deviation the coefficient of variation divides by the mean. */
public enum Variance {
    /** Divide the sum of squares by n (numpy's default {@code ddof=0}). */
    POPULATION,
    /** Divide by n − 1 (R's {@code sd}, pandas' default {@code ddof=1}). */
    SAMPLE
}
