package org.tongchou.engine.weights;

import org.tongchou.engine.data.InvalidInputException;

/**
 * Entropy weight method (熵权法). For column j with values x_ij ≥ 0 over n units:
 * {@code p_ij = x_ij / Σ_i x_ij}, {@code e_j = -(1/ln n) Σ_i p_ij ln p_ij}, {@code d_j = 1 - e_j},
 * {@code w_j = d_j / Σ_k d_k}. Source: Shannon entropy applied to weighting as in Zeleny (1982) and
 * Hwang &amp; Yoon (1981); the usual Chinese formulation (e.g. 郭显光 1998).
 *
 * <p>Whether shares are taken of raw or of normalised values is the caller's choice (pass the columns
 * they mean). Zeros: {@link ZeroHandling}. Negative values are refused (shares must be ≥ 0; normalise
 * first). A column summing to 0, missing values, fewer than 2 units and all-equal columns everywhere
 * (all d_j = 0, no information) are refused with a message.
 */
public final class EntropyWeights {
    private EntropyWeights() {
    }

    /**
     * Columns with at least this many cells in total are processed in parallel (one task per column):
     * the logarithm per cell dominates the national-scale chain. Every column is computed exactly as
     * in the sequential loop, so the result does not depend on the thread count.
     */
    static final long PARALLEL_CELLS = 262_144;

    public static double[] compute(double[][] columns, ZeroHandling zeros, double shift) {
        Weights.requireComplete(columns, "entropy weights");
        int m = columns.length;
        int n = columns[0].length;
        double add = zeros == ZeroHandling.SHIFT ? shift : 0;
        double[] sums = new double[m];
        // Checks first, in column order, so that the error reported does not depend on scheduling.
        for (int j = 0; j < m; j++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                double v = columns[j][i] + add;
                if (v < 0) {
                    throw new InvalidInputException("entropy weights: column " + (j + 1) + ", row " + (i + 1)
                            + " is negative (" + columns[j][i] + "); shares need values >= 0, normalise first");
                }
                s += v;
            }
            if (!(s > 0)) throw new InvalidInputException("entropy weights: column " + (j + 1) + " sums to 0");
            sums[j] = s;
        }
        double k = 1 / Math.log(n);
        double[] d = new double[m];
        java.util.stream.IntStream cols = java.util.stream.IntStream.range(0, m);
        if ((long) n * m >= PARALLEL_CELLS) cols = cols.parallel();
        cols.forEach(j -> d[j] = 1 + k * plogp(columns[j], add, sums[j]));
        double dsum = 0;
        for (int j = 0; j < m; j++) dsum += d[j];
        if (!(dsum > 0)) {
            throw new InvalidInputException("entropy weights: every column has maximal entropy (all values equal), "
                    + "no column carries information");
        }
        for (int j = 0; j < m; j++) d[j] /= dsum;
        return d;
    }

    /**
     * The intermediate figures of the entropy weights, as analysts tabulate them.
     *
     * @param entropy    e_j per column
     * @param divergence d_j = 1 − e_j per column
     * @param weights    w_j, exactly as {@link #compute} returns them
     */
    public record Detail(double[] entropy, double[] divergence, double[] weights) {
    }

    /**
     * {@link #compute} with its intermediate figures e_j and d_j (for method tables).
     *
     * @param columns the columns, each with one value per unit (n &ge; 2), all present and &ge; 0 after {@code shift}
     * @param zeros   how zero shares are treated
     * @param shift   added to every value under {@link ZeroHandling#SHIFT}
     * @return e_j, d_j and w_j per column
     * @throws org.tongchou.engine.data.InvalidInputException on the inputs {@link #compute} refuses
     */
    public static Detail detailed(double[][] columns, ZeroHandling zeros, double shift) {
        double[] w = compute(columns, zeros, shift);
        int n = columns[0].length;
        double k = 1 / Math.log(n);
        double add = zeros == ZeroHandling.SHIFT ? shift : 0;
        double[] e = new double[columns.length];
        double[] d = new double[columns.length];
        for (int j = 0; j < columns.length; j++) {
            double s = 0;
            for (int i = 0; i < n; i++) s += columns[j][i] + add;
            e[j] = -k * plogp(columns[j], add, s);
            d[j] = 1 - e[j];
        }
        return new Detail(e, d, w);
    }

    /** {@code Σ_i p_i ln p_i} with {@code p_i = (x_i + add) / s}; 0·ln 0 = 0 (the limit). */
    private static double plogp(double[] x, double add, double s) {
        double h = 0;
        for (double xi : x) {
            double p = (xi + add) / s;
            if (p > 0) h += p * Math.log(p);
            // p == 0: 0·ln 0 = 0 (limit); under SHIFT with shift > 0 p is never 0
        }
        return h;
    }

    /** Divergence {@code d_j = 1 - e_j} per column, for reports; same checks as {@link #compute}. */
    public static double[] entropies(double[][] columns, ZeroHandling zeros, double shift) {
        Weights.requireComplete(columns, "entropy");
        double[] e = new double[columns.length];
        int n = columns[0].length;
        double k = 1 / Math.log(n);
        for (int j = 0; j < columns.length; j++) {
            double add = zeros == ZeroHandling.SHIFT ? shift : 0;
            double s = 0;
            for (int i = 0; i < n; i++) s += columns[j][i] + add;
            e[j] = -k * plogp(columns[j], add, s);
        }
        return e;
    }
}
