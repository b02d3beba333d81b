package org.tongchou.engine.aggregate;

import org.tongchou.engine.data.InvalidInputException;

/**
 * How the framework tree is aggregated, level by level.
 *
 * @param method             the weighted mean
 * @param minPresentChildren a node's value is computed when at least this many children are present
 *                           (weights renormalised over them), otherwise it is missing; 1 reproduces COINr
 * @param zeros              zero handling for geometric/harmonic means
 */
public record AggregationSpec(AggregationMethod method, int minPresentChildren, ZeroValues zeros) {
    public AggregationSpec {
        if (minPresentChildren < 1) {
            throw new InvalidInputException("minimum present children must be >= 1, got " + minPresentChildren);
        }
    }

    public static AggregationSpec arithmetic() {
        return new AggregationSpec(AggregationMethod.ARITHMETIC, 1, ZeroValues.FAIL);
    }
}
