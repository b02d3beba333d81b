package org.tongchou.app.series;

/** How one point of a comparable series was obtained. */
public enum SeriesMethod {
    /** The unit existed in the period (possibly under an older name or code) and reported the value. */
    OBSERVED,
    /** The unit did not exist yet; its predecessors' values are summed (a merge, seen backwards). */
    SUM_OF_PREDECESSORS,
    /** The unit did not exist in the period any more; its successors' values are summed (a split, seen forwards). */
    SUM_OF_SUCCESSORS,
    /** At least one contributing unit enters with a share below 1 (a split, seen backwards). */
    APPORTIONED_FROM,
    /** A weighted mean over the contributing units, weighted by the weight indicator. */
    WEIGHTED_MEAN_OF_CONTRIBUTORS,
    /** A ratio or other derived indicator evaluated from its components' comparable values. */
    RECOMPUTED_FROM_COMPONENTS,
    /** No value; {@link SeriesPoint#reason()} says why. */
    MISSING
}
