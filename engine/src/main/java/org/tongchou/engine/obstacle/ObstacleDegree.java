package org.tongchou.engine.obstacle;

import java.util.Objects;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.InvalidArgumentException;
import org.tongchou.engine.data.InvalidValueException;
import org.tongchou.engine.data.MissingPolicy;
import org.tongchou.engine.data.MissingValueException;
import org.tongchou.engine.rank.IndicatorDimensions;

/**
 * Obstacle degree (障碍度) model: which indicators hold a unit back most.
 *
 * <ul>
 *   <li>Factor contribution {@code F_j = W_d · w_j}: the dimension's weight times the indicator's weight
 *       within it (see {@link #factorWeights}); or any effective weight per indicator.</li>
 *   <li>Deviation {@code I_ij = ideal − x_ij} on normalised values (ideal 1 for [0, 1] data, 100 for [0, 100]).</li>
 *   <li>Obstacle degree {@code O_ij = F_j I_ij / Σ_j F_j I_ij}; a dimension's degree is the sum over its
 *       indicators {@code U_id = Σ_{j∈d} O_ij}.</li>
 * </ul>
 * Widely used in Chinese regional studies; the formula is the one in R package
 * mathmodels {@code obstacle_degree()} (zhjx19/mathmodels), which returns {@code F_j I_ij} and, with
 * {@code scaled = TRUE}, the shares.
 *
 * <p>Edge cases: a unit at the ideal on every indicator ({@code Σ F I = 0}) has no obstacle: all its degrees are
 * 0, not NaN. Values outside [0, ideal] are refused naming the unit, indicator and value (the data must be
 * normalised with direction first). Ties in degree keep indicator order in {@link ObstacleResult#top}. Zero
 * factor weights are allowed (the indicator is never an obstacle) but not all of them. Empty input gives empty
 * output. Missing: FAIL (default) throws naming the cell; SKIP leaves the cell
 * out (its degree is NaN and the unit's shares are taken over present indicators); PROPAGATE gives the unit NaN
 * everywhere.
 */
public final class ObstacleDegree {
    private final double ideal;
    private final MissingPolicy missing;

    /**
     * @param ideal   the best normalised value (1 for [0, 1] data, 100 for [0, 100]), positive and finite
     * @param missing what a missing value does
     * @throws InvalidArgumentException for an ideal that is not positive and finite
     */
    public ObstacleDegree(double ideal, MissingPolicy missing) {
        if (!(ideal > 0) || Double.isInfinite(ideal)) {
            throw new InvalidArgumentException("ideal", ideal, "must be a positive finite number (1 for [0, 1] data, 100 for [0, 100])");
        }
        this.ideal = ideal;
        this.missing = Objects.requireNonNull(missing);
    }

    /**
     * Factor weights of a two-level tree, {@code F_j = W_d / Σ W · w_j / Σ_{k∈d} w_k}: see
     * {@link org.tongchou.engine.rank.GapAnalysis#effectiveWeights}.
     *
     * @param indicatorWeights  weight of each indicator within its dimension, ≥ 0
     * @param dims              which dimension each indicator belongs to
     * @param dimensionWeights  weight of each dimension, in {@link IndicatorDimensions#dimensions()} order, ≥ 0
     * @return one factor weight per indicator, summing to 1
     */
    public static double[] factorWeights(double[] indicatorWeights, IndicatorDimensions dims, double[] dimensionWeights) {
        return org.tongchou.engine.rank.GapAnalysis.effectiveWeights(indicatorWeights, dims, dimensionWeights);
    }

    /**
     * Obstacle degrees of every unit.
     *
     * @param normalised    indicators normalised with direction into [0, ideal]
     * @param factorWeights F_j per indicator, finite, ≥ 0, not all 0 (their scale does not matter)
     * @param dims          which dimension each indicator belongs to, listing the data's indicators in order
     * @return F_j I_ij, O_ij and U_id per unit
     * @throws InvalidArgumentException for factor weights that do not match the indicators, are negative, not
     *                                  finite or all 0, or a mapping that lists other indicators
     * @throws InvalidValueException    a value outside [0, ideal], naming unit, indicator and value
     * @throws MissingValueException    under FAIL, naming unit and indicator
     */
    public ObstacleResult compute(Dataset normalised, double[] factorWeights, IndicatorDimensions dims) {
        int n = normalised.unitCount();
        int m = normalised.indicatorCount();
        dims.requireIndicators(normalised.indicators());
        checkWeights(normalised, factorWeights);
        double[][] fi = new double[m][n];
        double[] total = new double[n];
        boolean[] unitMissing = new boolean[n];
        for (int j = 0; j < m; j++) {
            double[] c = normalised.column(j);
            double f = factorWeights[j];
            double[] out = fi[j];
            for (int i = 0; i < n; i++) {
                double x = c[i];
                if (Double.isNaN(x)) {
                    if (missing == MissingPolicy.FAIL) {
                        throw new MissingValueException(normalised.units().get(i), normalised.indicators().get(j), "obstacle degree");
                    }
                    unitMissing[i] = true;
                    out[i] = Double.NaN;
                    continue;
                }
                if (x < 0 || x > ideal) {
                    throw new InvalidValueException(normalised.units().get(i), normalised.indicators().get(j), x,
                            "is outside [0, " + ideal + "]; normalise with direction first");
                }
                double v = f * (ideal - x);
                out[i] = v;
                total[i] += v;
            }
        }
        int[] code = dims.codes();
        int nd = dims.dimensions().size();
        double[][] o = new double[m][n];
        double[][] od = new double[nd][n];
        for (int j = 0; j < m; j++) {
            double[] src = fi[j];
            double[] dst = o[j];
            double[] dd = od[code[j]];
            for (int i = 0; i < n; i++) {
                double v;
                if (unitMissing[i] && missing == MissingPolicy.PROPAGATE) {
                    v = Double.NaN;
                } else if (Double.isNaN(src[i])) {
                    v = Double.NaN;
                    continue;
                } else {
                    v = total[i] == 0 ? 0 : src[i] / total[i];
                }
                dst[i] = v;
                dd[i] += v;
            }
        }
        for (int j = 0; j < m; j++) {
            double[] dst = o[j];
            double[] src = fi[j];
            for (int i = 0; i < n; i++) if (Double.isNaN(src[i])) dst[i] = Double.NaN;
        }
        return new ObstacleResult(normalised.units(), normalised.indicators(), dims.dimensions(), fi, o, od);
    }

    private static void checkWeights(Dataset d, double[] w) {
        int m = d.indicatorCount();
        if (w.length != m) {
            throw new InvalidArgumentException("factorWeights", w, w.length + " factor weights for " + m + " indicators " + d.indicators());
        }
        boolean any = m == 0;
        for (int j = 0; j < m; j++) {
            if (!(w[j] >= 0) || Double.isInfinite(w[j])) {
                throw new InvalidArgumentException("factorWeights", w, "the factor weight of '" + d.indicators().get(j) + "' is "
                        + w[j] + "; each must be a finite number >= 0");
            }
            any |= w[j] > 0;
        }
        if (!any) throw new InvalidArgumentException("factorWeights", w, "all factor weights are 0: no indicator could be an obstacle");
    }
}
