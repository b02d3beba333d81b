package org.tongchou.engine.weights;

/** How the entropy weight method treats zero shares, where ln 0 is undefined. */
public enum ZeroHandling {
    /** Take {@code 0·ln 0 = 0} (its limit); zeros stay zeros. */
    ZERO_LOG_ZERO,
    /** Add a shift to every value of the column before taking shares (the shift is an argument). */
    SHIFT
}
