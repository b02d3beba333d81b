package org.tongchou.app.evaluation;

/**
 * On which boundaries a plan evaluates a period.
 *
 * <p>The two answers differ only in periods before a boundary change. With {@link #AS_REPORTED} a run
 * of 2019 ranks the towns that existed in 2019 (金港镇 among them) on the figures they reported; with
 * {@link #CURRENT} it ranks today's towns (金港街道, 后塍街道, 德积街道 instead of 金港镇), each with the
 * figures its territory would have had, so that rank changes across the change compare like with like.
 */
public enum PlanBoundaries {
    /** The towns valid at the end of the period, with their own approved values. */
    AS_REPORTED,
    /**
     * Today's towns, with each raw indicator on today's boundaries from the comparable series (merged
     * predecessors combined by the indicator's aggregation rule, split predecessors apportioned by their
     * recorded shares; approved values only); derived indicators are then recomputed from those raw
     * values. A town whose value cannot be derived for the period (e.g. a split without shares, or an
     * indicator that does not aggregate) makes the run incomplete, naming the reason.
     */
    CURRENT
}
