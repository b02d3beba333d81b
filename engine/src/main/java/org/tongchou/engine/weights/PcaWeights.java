package org.tongchou.engine.weights;

import org.tongchou.engine.data.InvalidInputException;

/**
 * Weights from the first principal component. The matrix is the correlation matrix (standardised data,
 * R {@code prcomp(scale. = TRUE)}) or the covariance matrix (R {@code prcomp()}); its leading eigenvector v
 * (unit length, found by the cyclic Jacobi method, sign chosen so that Σ v_j ≥ 0) gives
 * {@code w_j = v_j² / Σ v_k²} = v_j². Convention: loadings {@code v_j·sqrt(λ1)} squared and normalised give
 * the same weights; this is the "squared loadings of the first component, normalised" of the OECD/JRC
 * Handbook (2008) §6.1 restricted to one factor. Source of the method: Jolliffe (2002), Principal
 * Component Analysis. Missing values, constant columns (correlation) and fewer than 2 units are refused.
 */
public final class PcaWeights {
    private PcaWeights() {
    }

    public enum Matrix {
        CORRELATION,
        COVARIANCE
    }

    public record Result(double[] weights, double[] firstComponent, double eigenvalue, double varianceShare) {
    }

    public static double[] compute(double[][] columns, Matrix matrix) {
        return detailed(columns, matrix).weights();
    }

    public static Result detailed(double[][] columns, Matrix matrix) {
        Weights.requireComplete(columns, "PCA weights");
        for (int j = 0; j < columns.length; j++) {
            double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
            for (double v : columns[j]) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            if (!(max > min)) {
                throw new InvalidInputException("PCA weights: column " + (j + 1) + " is constant (" + min + ")");
            }
        }
        double[][] a = matrix == Matrix.CORRELATION ? Correlation.pearson(columns) : Correlation.covariance(columns);
        int m = a.length;
        double[][] vectors = new double[m][m];
        double[] values = SymmetricEigen.jacobi(a, vectors);
        int best = 0;
        double trace = 0;
        for (int k = 0; k < m; k++) {
            trace += values[k];
            if (values[k] > values[best]) best = k;
        }
        double[] v = new double[m];
        double sum = 0;
        for (int j = 0; j < m; j++) {
            v[j] = vectors[j][best];
            sum += v[j];
        }
        if (sum < 0) for (int j = 0; j < m; j++) v[j] = -v[j];
        double ss = 0;
        for (double x : v) ss += x * x;
        double[] w = new double[m];
        for (int j = 0; j < m; j++) w[j] = v[j] * v[j] / ss;
        return new Result(w, v, values[best], values[best] / trace);
    }
}
