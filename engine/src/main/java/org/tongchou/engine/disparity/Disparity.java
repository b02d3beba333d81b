package org.tongchou.engine.disparity;

import java.util.List;
import java.util.Objects;
import org.tongchou.engine.data.Grouping;
import org.tongchou.engine.data.InvalidArgumentException;
import org.tongchou.engine.data.InvalidInputException;
import org.tongchou.engine.data.InvalidValueException;
import org.tongchou.engine.data.MissingPolicy;
import org.tongchou.engine.rank.IndexSort;

/**
 * Disparity (inequality) measures of one indicator across units: coefficient of variation, Gini and
 * the Theil indices with between/within decomposition, each optionally weighted by population.
 *
 * <p>Weights {@code p_i} (e.g. population) turn a per-capita value {@code x_i} into group totals:
 * income share {@code s_y,i = p_i x_i / Σ p x}, population share {@code s_p,i = p_i / Σ p}, weighted
 * mean {@code μ = Σ p x / Σ p}. Unweighted is {@code p_i = 1} (pass {@code null}).
 *
 * <ul>
 *   <li>CV = σ / μ, σ with divisor n ({@link Variance#POPULATION}) or n − 1 ({@link Variance#SAMPLE});
 *       weighted: {@code σ² = Σ p (x − μ)² / Σ p} (Williamson's population-weighted CV; sample variance refused).</li>
 *   <li>Gini {@code G = Σ_i Σ_j p_i p_j |x_i − x_j| / (2 P² μ)}, computed after sorting in O(n log n) as
 *       {@code Σ_i p_i x_(i) (2 P_<i + p_i − P) / (P · Σ p x)}; with p = 1 this is PySAL's
 *       {@code (2 Σ i x_(i) − (n + 1) Σ x) / (n Σ x)}; {@link GiniCorrection#SMALL_SAMPLE} multiplies by n/(n−1).</li>
 *   <li>Theil T {@code = Σ s_y ln(s_y / s_p) = Σ s_y ln(x/μ)} (PySAL {@code Theil}); Theil L
 *       {@code = Σ s_p ln(s_p / s_y) = Σ s_p ln(μ/x)}.</li>
 *   <li>Decomposition by a grouping g (Shorrocks 1980): T: between {@code = Σ_g s_y,g ln(s_y,g / s_p,g)},
 *       within {@code = Σ_g s_y,g T_g}; L: between {@code = Σ_g s_p,g ln(s_p,g / s_y,g)}, within
 *       {@code = Σ_g s_p,g L_g}. Unweighted T's between part is PySAL's {@code TheilD.bg}.</li>
 * </ul>
 *
 * <p>Edge cases: empty input (after SKIP) and a zero total are refused ({@link InvalidInputException});
 * negative values are refused for Gini and Theil; a zero value adds 0 to Theil T ({@code 0 ln 0 = 0}) but
 * makes Theil L infinite, which is refused naming the unit; a single unit has CV 0 (population) / refused
 * (sample), Gini 0, Theil 0. Missing values: FAIL throws naming the unit; SKIP leaves the unit out (value
 * and weight); PROPAGATE returns NaN. Ties need no rule: every measure is symmetric in the units.
 */
public final class Disparity {
    private final MissingPolicy missing;

    /** @param missing what a missing value (or weight) does */
    public Disparity(MissingPolicy missing) {
        this.missing = Objects.requireNonNull(missing);
    }

    /**
     * Coefficient of variation σ/μ.
     *
     * @param what     the indicator measured, for messages
     * @param units    unit codes, one per value
     * @param x        the values (per-capita values when weighted)
     * @param weights  population weights, finite and ≥ 0, or null for unweighted
     * @param variance POPULATION (divisor n, or Σp when weighted) or SAMPLE (n − 1, unweighted only)
     * @return the CV; NaN under PROPAGATE with a missing value
     * @throws InvalidInputException    no value to measure, weights summing to 0, a mean of 0, SAMPLE with weights
     *                                  or with fewer than 2 units
     * @throws InvalidArgumentException lengths that differ
     * @throws org.tongchou.engine.data.MissingValueException    under FAIL, naming the unit
     */
    public double coefficientOfVariation(String what, List<String> units, double[] x, double[] weights, Variance variance) {
        Sample s = Sample.of(what, units, x, weights, null, missing);
        if (s.missingPropagated) return Double.NaN;
        int n = s.size();
        requireNonEmpty(what, n);
        if (s.w != null && variance == Variance.SAMPLE) {
            throw new InvalidInputException("weighted coefficient of variation of " + what
                    + " is defined with the population variance only; choose POPULATION");
        }
        if (variance == Variance.SAMPLE && n < 2) {
            throw new InvalidInputException("sample standard deviation of " + what + " needs at least 2 units, got " + n);
        }
        double sw = 0;
        double swx = 0;
        for (int i = 0; i < n; i++) {
            double p = s.weight(i);
            sw += p;
            swx += p * s.x[i];
        }
        if (!(sw > 0)) {
            throw new InvalidInputException("coefficient of variation of " + what + " is undefined: the weights sum to 0");
        }
        double mean = swx / sw;
        if (mean == 0) {
            throw new InvalidInputException("coefficient of variation of " + what + " is undefined: the mean is 0");
        }
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double d = s.x[i] - mean;
            ss += s.weight(i) * d * d;
        }
        double var = variance == Variance.SAMPLE ? ss / (n - 1) : ss / sw;
        return Math.sqrt(var) / mean;
    }

    /**
     * Gini coefficient.
     *
     * @param what       the indicator measured, for messages
     * @param units      unit codes, one per value
     * @param x          the values, ≥ 0
     * @param weights    population weights, finite and ≥ 0, or null for unweighted
     * @param correction NONE, or SMALL_SAMPLE (× n/(n − 1), unweighted only, at least 2 units)
     * @return G in [0, 1); NaN under PROPAGATE with a missing value
     * @throws InvalidValueException a negative value, naming the unit
     * @throws InvalidInputException no value, a total of 0, SMALL_SAMPLE with weights
     * @throws org.tongchou.engine.data.MissingValueException under FAIL, naming the unit
     */
    public double gini(String what, List<String> units, double[] x, double[] weights, GiniCorrection correction) {
        Sample s = Sample.of(what, units, x, weights, null, missing);
        if (s.missingPropagated) return Double.NaN;
        int n = s.size();
        requireNonEmpty(what, n);
        requireNonNegative(what, units, x, weights, TheilIndex.T);
        if (s.w != null && correction == GiniCorrection.SMALL_SAMPLE) {
            throw new InvalidInputException("the n/(n-1) correction of the Gini of " + what
                    + " is defined for unweighted data only; choose NONE");
        }
        double[] key = s.x.clone();
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        IndexSort.sort(key, idx);
        double total = 0;
        double totalY = 0;
        for (int i = 0; i < n; i++) {
            double p = s.weight(i);
            total += p;
            totalY += p * s.x[i];
        }
        if (totalY <= 0) {
            throw new InvalidInputException("Gini of " + what + " is undefined: the total is 0");
        }
        double below = 0;
        double acc = 0;
        for (int k = 0; k < n; k++) {
            double p = s.weight(idx[k]);
            acc += p * key[k] * (2 * below + p - total);
            below += p;
        }
        double g = acc / (total * totalY);
        if (correction == GiniCorrection.SMALL_SAMPLE) {
            if (n < 2) throw new InvalidInputException("Gini correction n/(n-1) of " + what + " needs at least 2 units");
            g *= (double) n / (n - 1);
        }
        return g;
    }

    /**
     * Theil index T (GE(1)) or L (GE(0), mean log deviation).
     *
     * @param what    the indicator measured, for messages
     * @param units   unit codes, one per value
     * @param x       the values, ≥ 0 (&gt; 0 for L)
     * @param weights population weights, finite and ≥ 0, or null for unweighted
     * @param index   T or L
     * @return the index; NaN under PROPAGATE with a missing value
     * @throws InvalidValueException a negative value, or a zero value under L (infinite), naming the unit
     * @throws InvalidInputException no value, a total of 0
     * @throws org.tongchou.engine.data.MissingValueException under FAIL, naming the unit
     */
    public double theil(String what, List<String> units, double[] x, double[] weights, TheilIndex index) {
        Sample s = Sample.of(what, units, x, weights, null, missing);
        if (s.missingPropagated) return Double.NaN;
        requireNonEmpty(what, s.size());
        requireNonNegative(what, units, x, weights, index);
        int[] all = new int[s.size()];
        double[] part = theilOfGroups(what, units, s, all, 1, index);
        return part[0];
    }

    /**
     * Theil T or L with its between/within decomposition by a grouping (Shorrocks 1980).
     *
     * @param what     the indicator measured, for messages
     * @param units    unit codes, one per value
     * @param x        the values, ≥ 0 (&gt; 0 for L)
     * @param weights  population weights, or null for unweighted
     * @param grouping the group of every unit
     * @param index    T or L
     * @return total, between, within and per-group terms; NaN everywhere under PROPAGATE with a missing value
     * @throws InvalidValueException a negative value, or a zero value under L, naming the unit
     * @throws InvalidInputException no value, a total of 0, a group of total 0 under L
     */
    public TheilDecomposition theilDecomposition(String what, List<String> units, double[] x, double[] weights,
                                                 Grouping grouping, TheilIndex index) {
        return theilDecomposition(what, units, x, weights, grouping.codes(), grouping.levels(), index);
    }

    /**
     * Array form with the grouping already coded (as {@link Grouping#codes()} and {@link Grouping#levels()} give it),
     * so that repeated calls at national scale do not re-hash the labels.
     *
     * @param what       the indicator measured, for messages
     * @param units      unit codes, one per value
     * @param x          the values, ≥ 0 (&gt; 0 for L)
     * @param weights    population weights, or null for unweighted
     * @param groupCodes each unit's group, an index into {@code levels}
     * @param levels     the groups' names
     * @param index      T or L
     * @return total, between, within and per-group terms
     * @throws org.tongchou.engine.data.InvalidArgumentException for codes that do not match the units or the levels
     */
    public TheilDecomposition theilDecomposition(String what, List<String> units, double[] x, double[] weights,
                                                 int[] groupCodes, List<String> levels, TheilIndex index) {
        if (groupCodes.length != units.size()) {
            throw new InvalidArgumentException("groupCodes", groupCodes.length + " codes", "one group code per unit (" + units.size() + ")");
        }
        for (int i = 0; i < groupCodes.length; i++) {
            int c = groupCodes[i];
            if (c < 0 || c >= levels.size()) {
                throw new InvalidArgumentException("groupCodes", c, "the group code of unit '" + units.get(i) + "' is outside 0.."
                        + (levels.size() - 1));
            }
        }
        Sample s = Sample.of(what, units, x, weights, groupCodes, missing);
        int g = levels.size();
        if (s.missingPropagated) {
            double[] nan = new double[g];
            java.util.Arrays.fill(nan, Double.NaN);
            return new TheilDecomposition(index, Double.NaN, Double.NaN, Double.NaN, levels, nan, nan.clone(), nan.clone());
        }
        int n = s.size();
        requireNonEmpty(what, n);
        requireNonNegative(what, units, x, weights, index);
        double[] y = new double[g];
        double[] p = new double[g];
        for (int i = 0; i < n; i++) {
            double w = s.weight(i);
            y[s.group[i]] += w * s.x[i];
            p[s.group[i]] += w;
        }
        return combine(what, index, levels, theilOfGroups(what, units, s, s.group, g, index), y, p);
    }

    /**
     * The between/within decomposition from each group's own Theil index and totals (Shorrocks 1980), as
     * {@link #theilDecomposition} computes it once it has them: what a distributed evaluation gathers from
     * its partitions (each group's index computed by {@link #theil} on the group's members alone, with the
     * same weights) to decompose the whole without gathering the units.
     * T: between = Σ_k s_k ln(s_k / q_k), within = Σ_k s_k T_k; L: between = Σ_k q_k ln(q_k / s_k), within =
     * Σ_k q_k L_k; s_k = Y_k / Y (the group's share of the total), q_k = P_k / P (its share of the weight).
     *
     * @param what       the subject measured, for messages
     * @param index      T or L
     * @param levels     the groups' names
     * @param groupIndex each group's own Theil index (NaN for a group with no total under T)
     * @param y          each group's total Σ w·x (Σ x unweighted)
     * @param p          each group's weight Σ w (its number of units unweighted)
     * @return total, between, within and per-group terms
     * @throws InvalidInputException a total of 0, or under L a group with weight and total 0
     */
    public static TheilDecomposition combine(String what, TheilIndex index, List<String> levels, double[] groupIndex,
                                             double[] y, double[] p) {
        int g = levels.size();
        if (groupIndex.length != g || y.length != g || p.length != g) {
            throw new InvalidArgumentException("groups", groupIndex.length + "/" + y.length + "/" + p.length + " values",
                    "one index, total and weight per group (" + g + ")");
        }
        double totalY = 0;
        double totalP = 0;
        for (int k = 0; k < g; k++) {
            totalY += y[k];
            totalP += p[k];
        }
        if (!(totalY > 0)) {
            throw new InvalidInputException("Theil index of " + what + " is undefined: the total is 0");
        }
        double between = 0;
        double within = 0;
        double[] share = new double[g];
        double[] withinBy = new double[g];
        for (int k = 0; k < g; k++) {
            double sy = y[k] / totalY;
            double sp = p[k] / totalP;
            if (index == TheilIndex.T) {
                share[k] = sy;
                if (sy > 0) between += sy * Math.log(sy / sp);
            } else {
                share[k] = sp;
                if (sp > 0) {
                    if (sy == 0) {
                        throw new InvalidInputException("Theil L of " + what + " is infinite: group '" + levels.get(k) + "' has total 0");
                    }
                    between += sp * Math.log(sp / sy);
                }
            }
            withinBy[k] = share[k] == 0 ? 0 : share[k] * groupIndex[k];
            within += withinBy[k];
        }
        return new TheilDecomposition(index, between + within, between, within, levels, groupIndex.clone(), share, withinBy);
    }

    /** Theil index of each group among its own members (groups with no weight or no total: NaN for T, refused for L). */
    private static double[] theilOfGroups(String what, List<String> units, Sample s, int[] group, int g, TheilIndex index) {
        int n = s.size();
        double[] y = new double[g];
        double[] p = new double[g];
        for (int i = 0; i < n; i++) {
            double w = s.weight(i);
            y[group[i]] += w * s.x[i];
            p[group[i]] += w;
        }
        double[] mean = new double[g];
        for (int k = 0; k < g; k++) mean[k] = y[k] / p[k];
        double[] acc = new double[g];
        for (int i = 0; i < n; i++) {
            int k = group[i];
            double w = s.weight(i);
            if (w == 0) continue;
            double xi = s.x[i];
            if (index == TheilIndex.T) {
                if (xi > 0) acc[k] += w * xi * Math.log(xi / mean[k]);
            } else {
                if (xi == 0) {
                    throw new InvalidInputException("Theil L of " + what + " is infinite: a unit has value 0 (mean log deviation needs positive values)");
                }
                acc[k] += w * Math.log(mean[k] / xi);
            }
        }
        double[] out = new double[g];
        for (int k = 0; k < g; k++) {
            if (y[k] <= 0 && g == 1) {
                throw new InvalidInputException("Theil index of " + what + " is undefined: the total is 0");
            }
            out[k] = index == TheilIndex.T ? (y[k] > 0 ? acc[k] / y[k] : Double.NaN) : acc[k] / p[k];
        }
        return out;
    }

    private static void requireNonEmpty(String what, int n) {
        if (n == 0) {
            throw new InvalidInputException("no values of " + what + " to measure disparity on");
        }
    }

    /** Values ≥ 0 (Gini, Theil T), and &gt; 0 where they carry weight under Theil L (ln 0 is infinite). */
    private static void requireNonNegative(String what, List<String> units, double[] x, double[] weights, TheilIndex index) {
        for (int i = 0; i < x.length; i++) {
            if (x[i] < 0) {
                throw new InvalidValueException(units.get(i), what, x[i], "is negative; Gini and Theil need non-negative values");
            }
            if (index == TheilIndex.L && x[i] == 0 && (weights == null || weights[i] > 0)) {
                throw new InvalidValueException(units.get(i), what, x[i],
                        "makes Theil L infinite (the mean log deviation needs positive values)");
            }
        }
    }
}
