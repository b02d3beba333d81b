package org.tongchou.engine.weights;

import org.tongchou.engine.data.InvalidInputException;
import org.tongchou.engine.normalise.SdType;

/**
 * CRITIC (CRiteria Importance Through Intercriteria Correlation), Diakoulaki, Mavrotas &amp; Papayannakis
 * (1995), Computers &amp; Operations Research 22(7), 763–770: each column is min-max scaled to [0, 1]
 * (when {@code signs} is given, less-is-better columns are reversed {@code (max - x)/(max - min)};
 * pass {@code null} to use the columns as given), then
 * {@code C_j = σ_j Σ_k (1 - r_jk)} with σ_j the SD of the scaled column and r the Pearson correlation,
 * and {@code w_j = C_j / Σ C}. The SD divisor is an explicit {@link SdType}
 * (the original paper: population; R/pandas-based implementations often sample; it scales all σ equally,
 * so weights are the same either way, but reported C_j differ).
 *
 * <p>A constant column (zero range) has no defined correlation and is refused; missing values and fewer
 * than 2 units are refused.
 */
public final class CriticWeights {
    private CriticWeights() {
    }

    public record Result(double[] weights, double[] sd, double[] information, double[][] correlation) {
    }

    public static double[] compute(double[][] columns, double[] signs, SdType sd) {
        return detailed(columns, signs, sd).weights();
    }

    public static Result detailed(double[][] columns, double[] signs, SdType sd) {
        Weights.requireComplete(columns, "CRITIC weights");
        int m = columns.length;
        int n = columns[0].length;
        double[][] z = new double[m][n];
        for (int j = 0; j < m; j++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double v : columns[j]) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            if (!(max > min)) {
                throw new InvalidInputException("CRITIC weights: column " + (j + 1) + " is constant (" + min
                        + "); its correlation with other columns is undefined");
            }
            boolean reverse = signs != null && signs[j] < 0;
            for (int i = 0; i < n; i++) {
                z[j][i] = reverse ? (max - columns[j][i]) / (max - min) : (columns[j][i] - min) / (max - min);
            }
        }
        double[] sigma = new double[m];
        double[] mean = new double[m];
        for (int j = 0; j < m; j++) {
            double s = 0;
            for (double v : z[j]) s += v;
            mean[j] = s / n;
            double ss = 0;
            for (double v : z[j]) ss += (v - mean[j]) * (v - mean[j]);
            sigma[j] = Math.sqrt(ss / (sd == SdType.SAMPLE ? n - 1 : n));
        }
        double[][] r = Correlation.pearson(z);
        double[] c = new double[m];
        double total = 0;
        for (int j = 0; j < m; j++) {
            double conflict = 0;
            for (int k = 0; k < m; k++) conflict += 1 - r[j][k];
            c[j] = sigma[j] * conflict;
            total += c[j];
        }
        if (!(total > 0)) throw new InvalidInputException("CRITIC weights: all information amounts are 0 (columns perfectly correlated)");
        double[] w = new double[m];
        for (int j = 0; j < m; j++) w[j] = c[j] / total;
        return new Result(w, sigma, c, r);
    }
}
