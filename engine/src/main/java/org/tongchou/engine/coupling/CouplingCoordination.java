package org.tongchou.engine.coupling;

import java.util.List;
import java.util.Objects;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.InvalidArgumentException;
import org.tongchou.engine.data.InvalidValueException;
import org.tongchou.engine.data.MissingPolicy;
import org.tongchou.engine.data.MissingValueException;

/**
 * Coupling coordination degree of n ≥ 2 subsystems with scores {@code U_1..U_n} in [0, 1].
 *
 * <ul>
 *   <li>Coupling degree {@code C = n · (Π U_i)^{1/n} / Σ U_i}
 *       {@code = [Π U_i / ((Σ U_i / n)^n)]^{1/n}}: geometric over arithmetic mean, in [0, 1], 1 when all
 *       subsystems are equal. For two subsystems {@code C = 2 √(U1 U2) / (U1 + U2)}.</li>
 *   <li>Comprehensive development {@code T = Σ w_i U_i} with weights summing to 1.</li>
 *   <li>Coupling coordination degree {@code D = √(C · T)}.</li>
 * </ul>
 *
 * <p>Not the widespread erroneous {@code C = √(U1 U2) / (U1 + U2)} (no factor n, and the square root taken
 * of the product only), whose range is [0, 0.5] so that every unit looks poorly coupled; see Wang Shujia,
 * Kong Wei, Ren Liang, Zhi Dandan, Dai Bingtao (2021), 国内耦合协调度模型的误区及修正 (Misconceptions and
 * corrections of domestic coupling coordination degree models), 自然资源学报 Journal of Natural Resources
 * 36(3): 793–810.
 *
 * <p>Edge cases: a subsystem at 0 makes C = 0 and D = 0; all subsystems at 0 (Σ U = 0, C is 0/0) gives
 * C = 0, T = 0, D = 0 by the same convention (no development, no coupling). Negative scores are refused
 * (the geometric mean is undefined), naming unit, subsystem and value. Ties need no rule. Empty input gives
 * empty output. Missing: FAIL (default) throws naming the unit and subsystem; SKIP and PROPAGATE both give
 * the unit NaN for C, T and D (a coupling of fewer subsystems would be a different quantity).
 */
public final class CouplingCoordination {
    /** Largest accepted |Σ w − 1| of the subsystem weights. */
    public static final double WEIGHT_SUM_TOLERANCE = 1e-9;

    private final MissingPolicy missing;

    /** @param missing what a missing score does */
    public CouplingCoordination(MissingPolicy missing) {
        this.missing = Objects.requireNonNull(missing);
    }

    /**
     * Coupling, development and coordination of the named subsystem columns of a dataset.
     *
     * @param data       holds the subsystem scores as indicators
     * @param subsystems the indicators that are the subsystems, at least 2
     * @param weights    weight of each subsystem in T, as {@link #compute(List, List, double[][], double[])}
     * @return C, T and D per unit
     * @throws org.tongchou.engine.data.InvalidInputException for a subsystem that is not an indicator of the data
     */
    public CouplingResult compute(Dataset data, List<String> subsystems, double[] weights) {
        double[][] u = new double[subsystems.size()][];
        for (int s = 0; s < u.length; s++) u[s] = data.column(subsystems.get(s));
        return compute(data.units(), subsystems, u, weights);
    }

    /**
     * Coupling, development and coordination per unit.
     *
     * @param units      unit codes, for messages
     * @param names      subsystem names, for messages
     * @param subsystems scores {@code [subsystem][unit]}, each ≥ 0 (normally in [0, 1])
     * @param weights    weight of each subsystem in T; finite, non-negative and summing to 1 within
     *                   {@value #WEIGHT_SUM_TOLERANCE}
     * @return C, T and D per unit
     * @throws InvalidArgumentException fewer than 2 subsystems, lengths that do not match, weights that are
     *                                  negative, not finite or do not sum to 1
     * @throws InvalidValueException    a negative score, naming unit and subsystem
     * @throws MissingValueException    under FAIL, naming unit and subsystem
     */
    public CouplingResult compute(List<String> units, List<String> names, double[][] subsystems, double[] weights) {
        checkArguments(units, names, subsystems, weights);
        int k = subsystems.length;
        int n = units.size();
        double[] c = new double[n];
        double[] t = new double[n];
        double[] d = new double[n];
        double[] prod = new double[n];
        double[] sum = new double[n];
        java.util.Arrays.fill(prod, 1.0);
        // columnar accumulation: one pass per subsystem
        for (int s = 0; s < k; s++) {
            double[] u = subsystems[s];
            double w = weights[s];
            for (int i = 0; i < n; i++) {
                double v = u[i];
                prod[i] *= v;
                sum[i] += v;
                t[i] += w * v;
            }
        }
        double inv = 1.0 / k;
        for (int i = 0; i < n; i++) {
            double ci;
            if (Double.isNaN(sum[i])) {
                ci = Double.NaN;
            } else if (sum[i] == 0) {
                ci = 0;
            } else {
                double g = k == 2 ? Math.sqrt(prod[i]) : Math.pow(prod[i], inv);
                ci = Math.min(1.0, k * g / sum[i]); // rounding can exceed 1 by an ulp when all U are equal
            }
            c[i] = ci;
            d[i] = Math.sqrt(ci * t[i]);
        }
        return new CouplingResult(c, t, d);
    }

    private void checkArguments(List<String> units, List<String> names, double[][] subsystems, double[] weights) {
        int k = subsystems.length;
        if (k < 2) throw new InvalidArgumentException("subsystems", names, "coupling needs at least 2 subsystems, got " + k);
        if (names.size() != k || weights.length != k) {
            throw new InvalidArgumentException("weights", weights, k + " subsystems, " + names.size() + " names and "
                    + weights.length + " weights");
        }
        double ws = 0;
        for (int s = 0; s < k; s++) {
            if (!(weights[s] >= 0) || Double.isInfinite(weights[s])) {
                throw new InvalidArgumentException("weights", weights, "the weight of subsystem '" + names.get(s) + "' is "
                        + weights[s] + "; each must be a finite number >= 0");
            }
            ws += weights[s];
        }
        if (Math.abs(ws - 1) > WEIGHT_SUM_TOLERANCE) {
            throw new InvalidArgumentException("weights", weights, "they sum to " + ws + ", not 1");
        }
        int n = units.size();
        for (int s = 0; s < k; s++) {
            double[] u = subsystems[s];
            if (u.length != n) {
                throw new InvalidArgumentException("subsystems", names, "subsystem '" + names.get(s) + "' has " + u.length
                        + " values for " + n + " units");
            }
            for (int i = 0; i < n; i++) {
                double v = u[i];
                if (Double.isNaN(v)) {
                    if (missing == MissingPolicy.FAIL) throw new MissingValueException(units.get(i), names.get(s), "coupling coordination");
                } else if (v < 0 || Double.isInfinite(v)) {
                    throw new InvalidValueException(units.get(i), names.get(s), v, "is not a finite score >= 0; coupling needs scores in [0, 1]");
                }
            }
        }
    }
}
