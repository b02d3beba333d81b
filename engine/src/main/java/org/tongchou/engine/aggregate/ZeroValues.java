package org.tongchou.engine.aggregate;

/**
 * Zeros in geometric and harmonic means, where ln 0 and 1/0 are undefined. Negative values are always
 * refused by those means (COINr also refuses them).
 */
public enum ZeroValues {
    /** Refuse, naming the unit and node (COINr's {@code a_gmean} refuses non-positive values). */
    FAIL,
    /** Use the limit: a zero child makes the geometric and the harmonic mean 0 (full non-compensation). */
    LIMIT_ZERO
}
