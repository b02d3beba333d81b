package org.tongchou.app.series;

import java.util.Map;
import java.util.Set;

/**
 * An indicator as the series algorithm needs it.
 *
 * @param weightIndicator for {@link SeriesAggregation#WEIGHTED_MEAN}, the code of the weight; else null
 * @param inputs          for a derived indicator, the codes its formula reads; else empty
 * @param formula         for a derived indicator, its formula; else null
 */
record SeriesIndicator(String code, SeriesAggregation aggregation, String weightIndicator, Set<String> inputs,
        Formula formula) {

    SeriesIndicator {
        inputs = Set.copyOf(inputs);
    }

    boolean derived() {
        return formula != null;
    }

    /** A formula over named inputs; returns a non-finite number when it cannot be evaluated (e.g. 0/0). */
    @FunctionalInterface
    interface Formula {
        double evaluate(Map<String, Double> inputs);
    }
}
