package org.tongchou.engine.aggregate;

import java.util.Objects;
import org.tongchou.engine.data.InvalidArgumentException;

/**
 * How the framework tree is aggregated, level by level.
 *
 * @param method             the weighted mean
 * @param minPresentChildren a node's value is computed when at least this many children are present
 *                           (weights renormalised over them), otherwise it is missing; 1 reproduces COINr
 * @param zeros              zero handling for geometric/harmonic means
 */
public record AggregationSpec(AggregationMethod method, int minPresentChildren, ZeroValues zeros) {
    /**
     * Checks the components.
     *
     * @param method the weighted mean
     * @param minPresentChildren a node's value is computed when at least this many children are present (weights
     *        renormalised over them), otherwise it is missing; 1 reproduces COINr
     * @param zeros zero handling for geometric/harmonic means
     * @throws InvalidArgumentException when {@code minPresentChildren < 1}
     */
    public AggregationSpec {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(zeros, "zeros");
        if (minPresentChildren < 1) {
            throw new InvalidArgumentException("minPresentChildren", minPresentChildren, "must be at least 1");
        }
    }

    /**
     * Weighted arithmetic mean, one present child suffices, zeros refused (COINr's default).
     *
     * @return the arithmetic specification
     */
    public static AggregationSpec arithmetic() {
        return new AggregationSpec(AggregationMethod.ARITHMETIC, 1, ZeroValues.FAIL);
    }
}
