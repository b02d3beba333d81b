package org.tongchou.engine.weights;

import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.InvalidArgumentException;
import org.tongchou.engine.data.InvalidInputException;
import org.tongchou.engine.data.MissingValueException;
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
 * <p>Edge cases: a constant indicator (zero range) has no defined correlation and is refused, naming it;
 * missing values, fewer than 2 units and no indicator are refused; if every information amount is 0
 * (indicators perfectly correlated) the weights are undefined and refused. Zeros need no rule (the
 * scaling is affine); ties in values do not matter. With a single indicator its weight is 1.
 */
public final class CriticWeights {
    private CriticWeights() {
    }

    /**
     * CRITIC weights with the intermediate quantities.
     *
     * @param weights     w_j, summing to 1
     * @param sd          σ_j of the scaled columns
     * @param information C_j
     * @param correlation r_jk of the scaled columns
     */
    public record Result(double[] weights, double[] sd, double[] information, double[][] correlation) {
    }

    /**
     * CRITIC weights of a dataset's indicators.
     *
     * @param data  complete indicators, at least 2 units
     * @param signs direction (+1 more is better, -1 less is better) per indicator, or null to use the columns as given
     * @param sd    the SD divisor (does not change the weights)
     * @return one weight per indicator, in column order, summing to 1
     * @throws MissingValueException    naming a missing cell
     * @throws InvalidInputException    for a constant indicator (named), fewer than 2 units, no indicator, or
     *                                  perfectly correlated indicators
     * @throws InvalidArgumentException when {@code signs} has the wrong length or a value other than ±1
     */
    public static double[] compute(Dataset data, double[] signs, SdType sd) {
        return detailed(Columns.of(data), signs, sd).weights();
    }

    /**
     * {@link #compute(Dataset, double[], SdType)} with σ, C and r.
     *
     * @param data  complete indicators, at least 2 units
     * @param signs direction per indicator, or null
     * @param sd    the SD divisor
     * @return weights, σ, C and r
     */
    public static Result detailed(Dataset data, double[] signs, SdType sd) {
        return detailed(Columns.of(data), signs, sd);
    }

    /**
     * Array form, {@code columns[indicator][unit]}: messages name indicators and units by position. Same contract as
     * {@link #compute(Dataset, double[], SdType)}.
     *
     * @param columns the values; not modified
     * @param signs   direction per column, or null
     * @param sd      the SD divisor
     * @return one weight per column, summing to 1
     */
    public static double[] compute(double[][] columns, double[] signs, SdType sd) {
        return detailed(Columns.unnamed(columns), signs, sd).weights();
    }

    /**
     * Array form of {@link #detailed(Dataset, double[], SdType)}.
     *
     * @param columns the values; not modified
     * @param signs   direction per column, or null
     * @param sd      the SD divisor
     * @return weights, σ, C and r
     */
    public static Result detailed(double[][] columns, double[] signs, SdType sd) {
        return detailed(Columns.unnamed(columns), signs, sd);
    }

    private static Result detailed(Columns cols, double[] signs, SdType sd) {
        cols.requireComplete("CRITIC weights");
        double[][] columns = cols.values();
        int m = columns.length;
        int n = columns[0].length;
        if (signs != null) {
            if (signs.length != m) {
                throw new InvalidArgumentException("signs", signs, signs.length + " directions for " + m + " indicators");
            }
            for (double s : signs) {
                if (s != 1 && s != -1) throw new InvalidArgumentException("signs", signs, "each direction must be +1 or -1");
            }
        }
        double[][] z = new double[m][n];
        for (int j = 0; j < m; j++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double v : columns[j]) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            if (!(max > min)) {
                throw new InvalidInputException("CRITIC weights: indicator '" + cols.indicator().apply(j) + "' is constant (every value "
                        + min + "); its correlation with other indicators is undefined");
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
