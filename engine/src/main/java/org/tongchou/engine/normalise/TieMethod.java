package org.tongchou.engine.normalise;

/** How tied values share ranks, as R's {@code rank(ties.method = ...)}. */
public enum TieMethod {
    /** Mean of the ranks the tied values occupy (R default). */
    AVERAGE,
    /** Lowest of those ranks ("1224" competition ranking). */
    MIN,
    /** Highest of those ranks. */
    MAX
}
