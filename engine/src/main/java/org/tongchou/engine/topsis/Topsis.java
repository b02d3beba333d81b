package org.tongchou.engine.topsis;

import java.util.List;
import java.util.Objects;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.Direction;
import org.tongchou.engine.data.InvalidArgumentException;
import org.tongchou.engine.data.InvalidValueException;
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
 * vector norm assumes non-negative data), naming unit, criterion and value. Zeros need no rule.
 *
 * <p>Columnar loops over primitive arrays; one pass per criterion for statistics and one for distances.
 */
public final class Topsis {
    private final TopsisNormalisation normalisation;
    private final MissingPolicy missing;

    /**
     * @param normalisation how each criterion is scaled before weighting
     * @param missing       what a missing value does
     */
    public Topsis(TopsisNormalisation normalisation, MissingPolicy missing) {
        this.normalisation = Objects.requireNonNull(normalisation);
        this.missing = Objects.requireNonNull(missing);
    }

    /**
     * Closeness of every unit of a dataset to the ideal.
     *
     * @param data       one column per criterion; not modified
     * @param weights    one weight per criterion, finite, ≥ 0, not all 0 (their scale does not matter)
     * @param directions one direction per criterion: POSITIVE a benefit, NEGATIVE a cost
     * @return closeness, distances and ideals per unit and criterion
     * @throws InvalidArgumentException for weights or directions that do not match the criteria, a negative
     *                                  or non-finite weight, or all weights 0
     * @throws MissingValueException    under FAIL, naming unit and criterion
     * @throws InvalidValueException    a negative value under VECTOR, naming unit, criterion and value
     */
    public TopsisResult evaluate(Dataset data, double[] weights, Direction[] directions) {
        return evaluate(data.columns(), data.units(), data.indicators(), weights, directions);
    }

    /**
     * Array form for pipelines that keep their own column buffers: {@code columns[criterion][unit]}, not modified.
     * Same contract as {@link #evaluate(Dataset, double[], Direction[])}.
     *
     * @param columns    the values, {@code columns[criterion][unit]}
     * @param units      unit codes, one per value of each column
     * @param criteria   criterion codes, one per column
     * @param weights    one weight per criterion
     * @param directions one direction per criterion
     * @return closeness, distances and ideals
     */
    public TopsisResult evaluate(double[][] columns, List<String> units, List<String> criteria, double[] weights,
                                 Direction[] directions) {
        checkArguments(columns, units, criteria, weights, directions);
        int n = units.size();
        int m = columns.length;
        Distances dist = new Distances(n);
        double[] ideal = new double[m];
        double[] anti = new double[m];
        for (int j = 0; j < m; j++) {
            Affine a = weightedScale(columns[j], units, criteria.get(j), weights[j], directions[j] == Direction.POSITIVE);
            ideal[j] = a.best;
            anti[j] = a.worst;
            dist.add(columns[j], a);
        }
        double[] closeness = dist.closeness(missing == MissingPolicy.PROPAGATE);
        return new TopsisResult(units, criteria, closeness, dist.plus, dist.minus, ideal, anti);
    }

    private static void checkArguments(double[][] columns, List<String> units, List<String> criteria, double[] weights,
                                       Direction[] directions) {
        int n = units.size();
        int m = columns.length;
        if (criteria.size() != m || weights.length != m || directions.length != m) {
            throw new InvalidArgumentException("weights", weights, weights.length + " weights and " + directions.length
                    + " directions for " + m + " criteria " + criteria);
        }
        boolean anyWeight = m == 0;
        for (int j = 0; j < m; j++) {
            if (!(weights[j] >= 0) || Double.isInfinite(weights[j])) {
                throw new InvalidArgumentException("weights", weights, "the weight of criterion '" + criteria.get(j) + "' is "
                        + weights[j] + "; weights must be finite and non-negative");
            }
            anyWeight |= weights[j] > 0;
            Objects.requireNonNull(directions[j], "direction of criterion " + criteria.get(j));
            if (columns[j].length != n) {
                throw new InvalidArgumentException("columns", criteria.get(j), "criterion '" + criteria.get(j) + "' has "
                        + columns[j].length + " values for " + n + " units");
            }
        }
        if (!anyWeight) {
            throw new InvalidArgumentException("weights", weights, "all weights are 0: every distance would be 0 and no closeness defined");
        }
    }

    /**
     * {@code v = a·x + b} for one criterion after normalisation and weighting (every normalisation here is
     * affine per column), with the best and worst weighted value (the ideal and anti-ideal).
     */
    private record Affine(double a, double b, double best, double worst) {
    }

    /** One pass over the criterion: its statistics (and the missing-value and sign checks), then its affine map. */
    private Affine weightedScale(double[] c, List<String> units, String criterion, double w, boolean benefit) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sumSq = 0;
        int lowest = -1;
        for (int i = 0; i < c.length; i++) {
            double v = c[i];
            if (Double.isNaN(v)) {
                // checked here rather than in a separate pass: one read of the column
                if (missing == MissingPolicy.FAIL) throw new MissingValueException(units.get(i), criterion, "TOPSIS");
                continue;
            }
            if (v < min) {
                min = v;
                lowest = i;
            }
            if (v > max) max = v;
            sumSq += v * v;
        }
        double scale;
        double offset;
        switch (normalisation) {
            case VECTOR -> {
                if (min < 0) {
                    throw new InvalidValueException(units.get(lowest), criterion, min,
                            "is negative; vector normalisation needs non-negative data (choose MIN_MAX)");
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
        double a = w * scale;
        double b = w * offset;
        boolean none = max == Double.NEGATIVE_INFINITY; // no present value
        double vMax = none ? 0 : Math.max(a * max + b, a * min + b);
        double vMin = none ? 0 : Math.min(a * max + b, a * min + b);
        return new Affine(a, b, benefit ? vMax : vMin, benefit ? vMin : vMax);
    }

    /** Squared distances to the ideal and anti-ideal, accumulated criterion by criterion. */
    private static final class Distances {
        final double[] plus;
        final double[] minus;
        final boolean[] unitMissing;

        Distances(int n) {
            plus = new double[n];
            minus = new double[n];
            unitMissing = new boolean[n];
        }

        void add(double[] c, Affine f) {
            for (int i = 0; i < c.length; i++) {
                double x = c[i];
                if (Double.isNaN(x)) {
                    unitMissing[i] = true;
                    continue;
                }
                double v = f.a * x + f.b;
                double dp = v - f.best;
                double dm = v - f.worst;
                plus[i] += dp * dp;
                minus[i] += dm * dm;
            }
        }

        /** Takes square roots in place and returns C = D− / (D+ + D−); NaN for units with a gap under PROPAGATE. */
        double[] closeness(boolean propagate) {
            double[] closeness = new double[plus.length];
            for (int i = 0; i < plus.length; i++) {
                if (unitMissing[i] && propagate) {
                    plus[i] = minus[i] = closeness[i] = Double.NaN;
                    continue;
                }
                double p = Math.sqrt(plus[i]);
                double q = Math.sqrt(minus[i]);
                plus[i] = p;
                minus[i] = q;
                closeness[i] = q / (p + q); // 0/0 = NaN when every criterion is constant
            }
            return closeness;
        }
    }
}
