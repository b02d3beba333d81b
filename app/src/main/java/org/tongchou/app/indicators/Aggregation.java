package org.tongchou.app.indicators;

/**
 * How an indicator's value for a parent unit (or for a merged unit) is obtained from its parts.
 * Ratios and per-capita figures must be {@link #RECOMPUTE}d from their summed components, never
 * averaged.
 */
public enum Aggregation {
    /** Sum of the parts (totals: population, GDP, enterprises). */
    SUM,
    /** Mean of the parts weighted by another indicator ({@link Indicator#weightIndicator()}), e.g. a score weighted by population. */
    WEIGHTED_MEAN,
    /** Evaluate the indicator's formula on the aggregated inputs (ratios, shares, per-capita values). */
    RECOMPUTE,
    /** Does not aggregate (survey scores, rates that have no components); the parent has no value. */
    NONE
}
