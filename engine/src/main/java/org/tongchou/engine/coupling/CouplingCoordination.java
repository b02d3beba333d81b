package org.tongchou.engine.coupling;

import java.util.List;
import java.util.Objects;
import org.tongchou.engine.data.InvalidInputException;
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
 * (the geometric mean is undefined). Empty input gives empty output. Missing: FAIL (default) throws naming
 * the unit and subsystem; SKIP and PROPAGATE both give the unit NaN for C, T and D (a coupling of fewer
 * subsystems would be a different quantity).
 */
public final class CouplingCoordination {
    private final MissingPolicy missing;

    public CouplingCoordination(MissingPolicy missing) {
        this.missing = Objects.requireNonNull(missing);
    }

    /**
     * @param units      unit codes, for messages
     * @param names      subsystem names, for messages
     * @param subsystems scores {@code [subsystem][unit]}
     * @param weights    weight of each subsystem in T; must be non-negative and sum to 1 (within 1e-9)
     */
    public CouplingResult compute(List<String> units, List<String> names, double[][] subsystems, double[] weights) {
        int k = subsystems.length;
        if (k < 2) throw new InvalidInputException("coupling needs at least 2 subsystems, got " + k);
        if (names.size() != k || weights.length != k) {
            throw new InvalidInputException(k + " subsystems, " + names.size() + " names and " + weights.length + " weights");
        }
        double ws = 0;
        for (int s = 0; s < k; s++) {
            if (!(weights[s] >= 0)) {
                throw new InvalidInputException("weight of subsystem '" + names.get(s) + "' is " + weights[s] + "; must be non-negative");
            }
            ws += weights[s];
        }
        if (Math.abs(ws - 1) > 1e-9) {
            throw new InvalidInputException("subsystem weights " + java.util.Arrays.toString(weights) + " sum to " + ws + ", not 1");
        }
        int n = units.size();
        for (int s = 0; s < k; s++) {
            double[] u = subsystems[s];
            if (u.length != n) throw new InvalidInputException("subsystem '" + names.get(s) + "' has " + u.length + " values for " + n + " units");
            for (int i = 0; i < n; i++) {
                double v = u[i];
                if (Double.isNaN(v)) {
                    if (missing == MissingPolicy.FAIL) throw new MissingValueException(units.get(i), names.get(s), "coupling coordination");
                } else if (v < 0) {
                    throw new InvalidInputException("score " + v + " of subsystem '" + names.get(s) + "' for unit '" + units.get(i)
                            + "' is negative; coupling needs scores in [0, 1]");
                }
            }
        }
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
}
