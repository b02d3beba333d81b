package org.tongchou.engine.weights;

import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.InvalidInputException;
import org.tongchou.engine.data.MissingValueException;

/**
 * Weights from the first principal component. The matrix is the correlation matrix (standardised data,
 * R {@code prcomp(scale. = TRUE)}) or the covariance matrix (R {@code prcomp()}); its leading eigenvector v
 * (unit length, found by the cyclic Jacobi method, sign chosen so that Σ v_j ≥ 0) gives
 * {@code w_j = v_j² / Σ v_k²} = v_j². Convention: loadings {@code v_j·sqrt(λ1)} squared and normalised give
 * the same weights; this is the "squared loadings of the first component, normalised" of the OECD/JRC
 * Handbook (2008) §6.1 restricted to one factor. Source of the method: Jolliffe (2002), Principal
 * Component Analysis.
 *
 * <p>Edge cases: missing values, a constant indicator (its correlation is undefined; named), fewer than 2
 * units and no indicator are refused. A single indicator gets weight 1. Tied eigenvalues (e.g. uncorrelated
 * standardised indicators) make the first component not unique: the Jacobi method returns one of them
 * deterministically, and the weights then depend on that choice, so such data are better weighted otherwise.
 * Zeros need no rule.
 */
public final class PcaWeights {
    private PcaWeights() {
    }

    /** The matrix whose leading eigenvector gives the weights. */
    public enum Matrix {
        /** Correlation matrix: standardised data (R {@code prcomp(scale. = TRUE)}). */
        CORRELATION,
        /** Covariance matrix, divisor n − 1 (R {@code prcomp()}). */
        COVARIANCE
    }

    /**
     * PCA weights with the first component.
     *
     * @param weights        w_j = v_j², summing to 1
     * @param firstComponent v, unit length, Σ v ≥ 0
     * @param eigenvalue     λ1
     * @param varianceShare  λ1 / trace
     */
    public record Result(double[] weights, double[] firstComponent, double eigenvalue, double varianceShare) {
    }

    /**
     * Weights from the first principal component of a dataset's indicators.
     *
     * @param data   complete indicators, at least 2 units, none constant
     * @param matrix correlation or covariance
     * @return one weight per indicator, in column order, summing to 1
     * @throws MissingValueException naming a missing cell
     * @throws InvalidInputException for a constant indicator (named), fewer than 2 units or no indicator
     */
    public static double[] compute(Dataset data, Matrix matrix) {
        return detailed(Columns.of(data), matrix).weights();
    }

    /**
     * {@link #compute(Dataset, Matrix)} with the component, its eigenvalue and variance share.
     *
     * @param data   complete indicators, at least 2 units, none constant
     * @param matrix correlation or covariance
     * @return weights and the first component
     */
    public static Result detailed(Dataset data, Matrix matrix) {
        return detailed(Columns.of(data), matrix);
    }

    /**
     * Array form, {@code columns[indicator][unit]}: messages name indicators and units by position.
     *
     * @param columns the values; not modified
     * @param matrix  correlation or covariance
     * @return one weight per column, summing to 1
     */
    public static double[] compute(double[][] columns, Matrix matrix) {
        return detailed(Columns.unnamed(columns), matrix).weights();
    }

    /**
     * Array form of {@link #detailed(Dataset, Matrix)}.
     *
     * @param columns the values; not modified
     * @param matrix  correlation or covariance
     * @return weights and the first component
     */
    public static Result detailed(double[][] columns, Matrix matrix) {
        return detailed(Columns.unnamed(columns), matrix);
    }

    private static Result detailed(Columns c, Matrix matrix) {
        c.requireComplete("PCA weights");
        double[][] columns = c.values();
        for (int j = 0; j < columns.length; j++) {
            double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
            for (double v : columns[j]) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            if (!(max > min)) {
                throw new InvalidInputException("PCA weights: indicator '" + c.indicator().apply(j) + "' is constant (every value "
                        + min + "); its correlation is undefined");
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
