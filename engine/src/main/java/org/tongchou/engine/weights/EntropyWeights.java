package org.tongchou.engine.weights;

import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.InvalidArgumentException;
import org.tongchou.engine.data.InvalidInputException;
import org.tongchou.engine.data.InvalidValueException;
import org.tongchou.engine.data.MissingValueException;

/**
 * Entropy weight method (熵权法). For indicator j with values x_ij ≥ 0 over n units:
 * {@code p_ij = x_ij / Σ_i x_ij}, {@code e_j = -(1/ln n) Σ_i p_ij ln p_ij}, {@code d_j = 1 - e_j},
 * {@code w_j = d_j / Σ_k d_k}. Source: Shannon entropy applied to weighting as in Zeleny (1982) and
 * Hwang &amp; Yoon (1981); the usual Chinese formulation (e.g. 郭显光 1998, 《改进的熵值法及其在经济效益评价中的应用》).
 *
 * <p>Whether shares are taken of raw or of normalised values is the caller's choice (pass the columns
 * they mean). Zeros: {@link ZeroHandling} ({@code 0·ln 0 = 0}, its limit, or a shift added to every value).
 * Ties are irrelevant (entropy depends only on the shares). Refused: negative values (shares must be ≥ 0;
 * normalise first), missing values (impute first), fewer than 2 units ({@code ln n} would be 0), no
 * indicator, an indicator summing to 0, and data where every indicator has all values equal (every
 * {@code d_j = 0}: no indicator carries information).
 */
public final class EntropyWeights {
    /** The shift of {@link ZeroHandling#SHIFT} when none is chosen: 0.0001, as in most papers that shift. */
    public static final double DEFAULT_SHIFT = 0.0001;

    private EntropyWeights() {
    }

    /**
     * Columns with at least this many cells in total are processed in parallel (one task per column):
     * the logarithm per cell dominates the national-scale chain. Every column is computed exactly as
     * in the sequential loop, so the result does not depend on the thread count.
     */
    static final long PARALLEL_CELLS = 262_144;

    /**
     * Entropy weights of a dataset's indicators.
     *
     * @param data  the shares' source values, one indicator per column; complete, every value ≥ 0
     *              (after the shift under {@link ZeroHandling#SHIFT})
     * @param zeros how zero shares are treated
     * @param shift the value added to every cell under {@link ZeroHandling#SHIFT} (finite, &gt; 0); ignored
     *              under {@link ZeroHandling#ZERO_LOG_ZERO}
     * @return one weight per indicator, in column order, summing to 1
     * @throws MissingValueException    naming the unit and indicator of a missing value
     * @throws InvalidValueException    naming the unit, indicator and value of a negative value
     * @throws InvalidInputException    without indicators, with fewer than 2 units, when an indicator sums to
     *                                  0 (named) or when every indicator is uniform
     * @throws InvalidArgumentException for a shift that is not finite and positive under SHIFT
     */
    public static double[] compute(Dataset data, ZeroHandling zeros, double shift) {
        return compute(Columns.of(data), zeros, shift);
    }

    /**
     * Array form, {@code columns[indicator][unit]}, for callers that keep their own buffers: messages name
     * units and indicators by position. Same contract as {@link #compute(Dataset, ZeroHandling, double)}.
     *
     * @param columns the values, {@code columns[indicator][unit]}; not modified
     * @param zeros   how zero shares are treated
     * @param shift   the shift under {@link ZeroHandling#SHIFT}
     * @return one weight per column, summing to 1
     */
    public static double[] compute(double[][] columns, ZeroHandling zeros, double shift) {
        return compute(Columns.unnamed(columns), zeros, shift);
    }

    private static double[] compute(Columns c, ZeroHandling zeros, double shift) {
        if (zeros == ZeroHandling.SHIFT && !(shift > 0 && Double.isFinite(shift))) {
            throw new InvalidArgumentException("shift", shift, "the shift of ZeroHandling.SHIFT must be a positive finite number");
        }
        c.requireComplete("entropy weights");
        double[][] columns = c.values();
        int m = c.indicators();
        int n = c.units();
        double add = zeros == ZeroHandling.SHIFT ? shift : 0;
        // Checks first, in column order, so that the error reported does not depend on scheduling.
        double[] sums = columnSums(c, add);
        double k = 1 / Math.log(n);
        double[] d = new double[m];
        java.util.stream.IntStream cols = java.util.stream.IntStream.range(0, m);
        if ((long) n * m >= PARALLEL_CELLS) cols = cols.parallel();
        cols.forEach(j -> d[j] = 1 + k * plogp(columns[j], add, sums[j]));
        double dsum = 0;
        for (int j = 0; j < m; j++) dsum += d[j];
        if (!(dsum > 0)) {
            throw new InvalidInputException("entropy weights: every indicator has maximal entropy (all its values equal), "
                    + "so no indicator carries information");
        }
        for (int j = 0; j < m; j++) d[j] /= dsum;
        return d;
    }

    /** Σ_i (x_ij + add) per indicator, refusing negative values and zero sums by name. */
    private static double[] columnSums(Columns c, double add) {
        double[][] columns = c.values();
        double[] sums = new double[columns.length];
        for (int j = 0; j < columns.length; j++) {
            double s = 0;
            double[] x = columns[j];
            for (int i = 0; i < x.length; i++) {
                double v = x[i] + add;
                if (v < 0) {
                    throw new InvalidValueException(c.unit().apply(i), c.indicator().apply(j), x[i],
                            "is negative; entropy weights take shares of values >= 0 (normalise first)");
                }
                s += v;
            }
            if (!(s > 0)) {
                throw new InvalidInputException("entropy weights: indicator '" + c.indicator().apply(j)
                        + "' sums to 0, so it has no shares");
            }
            sums[j] = s;
        }
        return sums;
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
}
