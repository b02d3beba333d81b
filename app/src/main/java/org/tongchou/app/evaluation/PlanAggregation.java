package org.tongchou.app.evaluation;

import org.tongchou.engine.aggregate.AggregationMethod;

/**
 * The weighted mean up the tree. Gaps are decomposed only for {@link #ARITHMETIC}: the geometric
 * mean is not linear in the indicators, so it has no exact decomposition (see the engine's
 * {@code GapAnalysis}); a geometric run stores no gap contributions.
 */
public enum PlanAggregation {
    ARITHMETIC,
    /** Zero children make the node zero (full non-compensation); prefer {@link PlanNormalisation#SHIFTED_MIN_MAX}. */
    GEOMETRIC;

    AggregationMethod toEngine() {
        return this == ARITHMETIC ? AggregationMethod.ARITHMETIC : AggregationMethod.GEOMETRIC;
    }
}
