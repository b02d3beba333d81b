package org.tongchou.engine.obstacle;

import java.util.Objects;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.InvalidInputException;
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
 * 0, not NaN. Values outside [0, ideal] are refused naming the cell (the data must be normalised with direction
 * first). Empty input gives empty output. Missing: FAIL (default) throws naming the cell; SKIP leaves the cell
 * out (its degree is NaN and the unit's shares are taken over present indicators); PROPAGATE gives the unit NaN
 * everywhere.
 */
public final class ObstacleDegree {
    private final double ideal;
    private final MissingPolicy missing;

    public ObstacleDegree(double ideal, MissingPolicy missing) {
        if (!(ideal > 0) || Double.isInfinite(ideal)) throw new InvalidInputException("ideal value " + ideal + " must be positive");
        this.ideal = ideal;
        this.missing = Objects.requireNonNull(missing);
    }

    /** {@code F_j = W_d · w_j / Σ_{k∈d} w_k} with dimension weights normalised to sum to 1. */
    public static double[] factorWeights(double[] indicatorWeights, IndicatorDimensions dims, double[] dimensionWeights) {
        return org.tongchou.engine.rank.GapAnalysis.effectiveWeights(indicatorWeights, dims, dimensionWeights);
    }

    public ObstacleResult compute(Dataset normalised, double[] factorWeights, IndicatorDimensions dims) {
        int n = normalised.unitCount();
        int m = normalised.indicatorCount();
        dims.requireIndicators(normalised.indicators());
        if (factorWeights.length != m) {
            throw new InvalidInputException(factorWeights.length + " factor weights for " + m + " indicators");
        }
        for (int j = 0; j < m; j++) {
            if (!(factorWeights[j] >= 0) || Double.isInfinite(factorWeights[j])) {
                throw new InvalidInputException("factor weight of '" + normalised.indicators().get(j) + "' is " + factorWeights[j]);
            }
        }
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
                    throw new InvalidInputException("value " + x + " of indicator '" + normalised.indicators().get(j) + "' for unit '"
                            + normalised.units().get(i) + "' is outside [0, " + ideal + "]; normalise with direction first");
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
}
