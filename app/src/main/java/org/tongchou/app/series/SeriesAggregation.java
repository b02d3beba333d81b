package org.tongchou.app.series;

/** How an indicator combines over several units (mirrors the indicator's aggregation rule). */
enum SeriesAggregation {
    /** Additive: the value of a union is the sum; a share of a unit gets share × its value. */
    SUM,
    /** A mean weighted by another (additive) indicator, e.g. a per-capita figure weighted by population. */
    WEIGHTED_MEAN,
    /** Derived from a formula over other indicators; evaluated over their comparable values. */
    RECOMPUTE,
    /** Meaningful only for the unit itself; no value for any other composition. */
    NONE
}
