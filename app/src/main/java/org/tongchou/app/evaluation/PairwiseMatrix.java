package org.tongchou.app.evaluation;

import java.util.Arrays;
import java.util.Objects;

/**
 * An AHP pairwise comparison matrix of the children of one framework node (the index {@value
 * EvaluationPlan#ROOT}, a dimension or a sub-dimension), rows and columns in the children's framework
 * order. Checked by the engine's {@code Ahp} when used.
 */
public record PairwiseMatrix(String nodeCode, double[][] values) {
    public PairwiseMatrix {
        Objects.requireNonNull(nodeCode, "nodeCode");
        values = Arrays.stream(values).map(double[]::clone).toArray(double[][]::new);
    }

    public int size() {
        return values.length;
    }

    /** The identity matrix (every child equally important) of size n. */
    public static PairwiseMatrix identity(String nodeCode, int n) {
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) Arrays.fill(a[i], 1.0);
        return new PairwiseMatrix(nodeCode, a);
    }

    @Override
    public double[][] values() {
        return Arrays.stream(values).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PairwiseMatrix p && p.nodeCode.equals(nodeCode) && Arrays.deepEquals(p.values, values);
    }

    @Override
    public int hashCode() {
        return nodeCode.hashCode() * 31 + Arrays.deepHashCode(values);
    }
}
