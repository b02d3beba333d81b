package org.tongchou.engine.topsis;

import java.util.List;
import java.util.Objects;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.Direction;
import org.tongchou.engine.data.InvalidInputException;
import org.tongchou.engine.data.MissingPolicy;
import org.tongchou.engine.data.MissingValueException;

/**
 * TOPSIS (Hwang &amp; Yoon 1981, <i>Multiple Attribute Decision Making</i>, Springer): rank units by their
 * relative closeness to the ideal solution.
 *
 * <ol>
 *   <li>Normalise each criterion ({@link TopsisNormalisation}).</li>
 *   <li>Weight: {@code v_ij = w_j r_ij} (weights are used as given; their scale does not change C).</li>
 *   <li>Ideals: {@code A+_j = max_i v_ij} for benefit and {@code min_i v_ij} for cost criteria;
 *       {@code A−_j} the opposite. After MIN_MAX every criterion is a benefit.</li>
 *   <li>Euclidean distances {@code D+_i}, {@code D−_i}; closeness {@code C_i = D−_i / (D+_i + D−_i)}.</li>
 * </ol>
 *
 * <p>Edge cases: a criterion that is constant (or all zero under VECTOR) has equal ideals and adds nothing to
 * either distance. If every criterion is constant, {@code D+ = D− = 0} and C is NaN (undefined, not 0.5).
 * Empty input gives empty output. Missing values: FAIL (default) throws naming the cell; SKIP computes
 * column statistics over present values and leaves a missing cell out of that unit's distances; PROPAGATE
 * computes column statistics over present values and gives a unit with a missing cell NaN closeness.
 * Ties in C are left to the ranking's {@code TiePolicy}. Negative values are refused under VECTOR (the
 * vector norm assumes non-negative data).
 *
 * <p>Columnar loops over primitive arrays; one pass per criterion for statistics and one for distances.
 */
public final class Topsis {
    private final TopsisNormalisation normalisation;
    private final MissingPolicy missing;

    public Topsis(TopsisNormalisation normalisation, MissingPolicy missing) {
        this.normalisation = Objects.requireNonNull(normalisation);
        this.missing = Objects.requireNonNull(missing);
    }

    public TopsisResult evaluate(Dataset data, double[] weights, Direction[] directions) {
        return evaluate(data.columns(), data.units(), data.indicators(), weights, directions);
    }

    /**
     * Array form for pipelines that keep their own column buffers: {@code columns[criterion][unit]}, not modified.
     * Same contract as {@link #evaluate(Dataset, double[], Direction[])}.
     */
    public TopsisResult evaluate(double[][] columns, List<String> units, List<String> criteria, double[] weights,
                                 Direction[] directions) {
        int n = units.size();
        int m = columns.length;
        if (criteria.size() != m || weights.length != m || directions.length != m) {
            throw new InvalidInputException(weights.length + " weights and " + directions.length + " directions for "
                    + m + " criteria " + criteria);
        }
        for (int j = 0; j < m; j++) {
            if (!(weights[j] >= 0) || Double.isInfinite(weights[j])) {
                throw new InvalidInputException("weight of criterion '" + criteria.get(j) + "' is " + weights[j]
                        + "; weights must be finite and non-negative");
            }
            if (columns[j].length != n) {
                throw new InvalidInputException("criterion '" + criteria.get(j) + "' has " + columns[j].length + " values for " + n + " units");
            }
        }
        boolean failOnMissing = missing == MissingPolicy.FAIL;
        double[] dPlus = new double[n];
        double[] dMinus = new double[n];
        boolean[] unitMissing = new boolean[n];
        double[] ideal = new double[m];
        double[] anti = new double[m];
        for (int j = 0; j < m; j++) {
            double[] c = columns[j];
            double scale;
            double offset;
            boolean benefit = directions[j] == Direction.POSITIVE;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double sumSq = 0;
            for (int i = 0; i < n; i++) {
                double v = c[i];
                if (Double.isNaN(v)) {
                    // checked here rather than in a separate pass: one read of the column
                    if (failOnMissing) throw new MissingValueException(units.get(i), criteria.get(j), "TOPSIS");
                    continue;
                }
                if (v < min) min = v;
                if (v > max) max = v;
                sumSq += v * v;
            }
            // v_ij = weight * (scale * x + offset): every normalisation here is affine per column
            switch (normalisation) {
                case VECTOR -> {
                    if (min < 0) {
                        throw new InvalidInputException("criterion '" + criteria.get(j) + "' has negative value " + min
                                + "; vector normalisation needs non-negative data (choose MIN_MAX)");
                    }
                    scale = sumSq > 0 ? 1 / Math.sqrt(sumSq) : 0;
                    offset = 0;
                }
                case MIN_MAX -> {
                    double range = max - min;
                    if (!(range > 0)) {
                        scale = 0;
                        offset = 0;
                    } else if (benefit) {
                        scale = 1 / range;
                        offset = -min / range;
                    } else {
                        scale = -1 / range;
                        offset = max / range;
                    }
                    benefit = true;
                }
                default -> {
                    scale = 1;
                    offset = 0;
                }
            }
            double w = weights[j];
            double a = w * scale;
            double b = w * offset;
            double vMax = max == Double.NEGATIVE_INFINITY ? 0 : Math.max(a * max + b, a * min + b);
            double vMin = max == Double.NEGATIVE_INFINITY ? 0 : Math.min(a * max + b, a * min + b);
            double best = benefit ? vMax : vMin;
            double worst = benefit ? vMin : vMax;
            ideal[j] = best;
            anti[j] = worst;
            for (int i = 0; i < n; i++) {
                double x = c[i];
                if (Double.isNaN(x)) {
                    unitMissing[i] = true;
                    continue;
                }
                double v = a * x + b;
                double dp = v - best;
                double dm = v - worst;
                dPlus[i] += dp * dp;
                dMinus[i] += dm * dm;
            }
        }
        double[] closeness = new double[n];
        for (int i = 0; i < n; i++) {
            if (unitMissing[i] && missing == MissingPolicy.PROPAGATE) {
                dPlus[i] = dMinus[i] = closeness[i] = Double.NaN;
                continue;
            }
            double p = Math.sqrt(dPlus[i]);
            double q = Math.sqrt(dMinus[i]);
            dPlus[i] = p;
            dMinus[i] = q;
            closeness[i] = q / (p + q); // 0/0 = NaN when every criterion is constant
        }
        return new TopsisResult(units, criteria, closeness, dPlus, dMinus, ideal, anti);
    }
}
