package org.tongchou.engine.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.tongchou.engine.data.InvalidArgumentException;
import org.tongchou.engine.data.InvalidInputException;

/**
 * Variance-based sensitivity indices of a scalar output from its values on a {@link SaltelliDesign}.
 *
 * <p>With y_A, y_B and y_AB^(i) the outputs on the rows of A, B and A_B^(i) (N each) and V the variance
 * of the 2N outputs of A and B together ({@link VarianceEstimator}; COINr: R's {@code var}, divisor
 * 2N − 1):
 * <ul>
 *   <li>first order, Saltelli et al. 2010 (Computer Physics Communications 181, Table 2 (b)):
 *       S_i = (1/N) Σ_j y_B,j (y_AB^(i),j − y_A,j) / V;</li>
 *   <li>total order, Jansen 1999 (Computer Physics Communications 117; Saltelli et al. 2010 Table 2 (f)):
 *       ST_i = (1/2N) Σ_j (y_A,j − y_AB^(i),j)² / V.</li>
 * </ul>
 * This is exactly COINr's {@code SA_estimate} (v1.1). The estimators are unbiased but not bounded:
 * with small N, S_i can be negative or exceed ST_i; they are reported as estimated, not clipped.
 *
 * <p>Edge cases: N must be at least 2; an output that does not vary (V = 0) has no variance to
 * apportion, and every index is then {@code NaN}; a missing output ({@code NaN}) is refused, naming
 * the replication, because it would silently bias every index.
 */
public final class SensitivityIndices {
    private SensitivityIndices() {
    }

    /**
     * @param y         outputs in design order: A (N), B (N), A_B^(1) (N), …, A_B^(d) (N)
     * @param n         N
     * @param inputs    names of the d inputs, in design column order
     * @param variance  which variance normalises the indices
     * @param bootstrap bootstrap confidence bounds, or empty for none
     * @return V and S_i, ST_i (with bounds when asked) per input; NaN indices when V = 0
     * @throws org.tongchou.engine.data.InvalidArgumentException for N &lt; 2, no input, or a number of outputs
     *                                                          other than N(d + 2)
     * @throws org.tongchou.engine.data.InvalidInputException    for a missing output, naming the replication
     */
    public static SensitivityResult estimate(double[] y, int n, List<String> inputs, VarianceEstimator variance,
                                             Optional<Bootstrap> bootstrap) {
        int d = inputs.size();
        if (n < 2) throw new InvalidArgumentException("n", n, "sensitivity indices need N >= 2");
        if (d < 1) throw new InvalidArgumentException("inputs", inputs, "sensitivity indices need at least one input");
        if (y.length != n * (d + 2)) {
            throw new InvalidArgumentException("y", y.length + " outputs", "sensitivity indices: expected N(d + 2) = "
                    + n * (d + 2) + " for N = " + n + " and d = " + d + " inputs " + inputs);
        }
        for (int k = 0; k < y.length; k++) {
            if (Double.isNaN(y[k])) {
                throw new InvalidInputException("sensitivity indices: output of replication " + (k + 1)
                        + " (" + block(k, n, inputs) + ") is missing");
            }
        }
        double[] ya = new double[n];
        double[] yb = new double[n];
        System.arraycopy(y, 0, ya, 0, n);
        System.arraycopy(y, n, yb, 0, n);
        double v = variance.of(ya, yb);
        SplittableRandom rng = bootstrap.map(b -> new SplittableRandom(b.seed())).orElse(null);
        List<SensitivityIndex> out = new ArrayList<>(d);
        for (int i = 0; i < d; i++) {
            double[] firstTerms = new double[n];
            double[] totalTerms = new double[n];
            for (int j = 0; j < n; j++) {
                double yab = y[2 * n + i * n + j];
                firstTerms[j] = yb[j] * (yab - ya[j]);
                double diff = ya[j] - yab;
                totalTerms[j] = diff * diff;
            }
            double si = v == 0 ? Double.NaN : mean(firstTerms) / v;
            double sti = v == 0 ? Double.NaN : mean(totalTerms) / (2 * v);
            double siLo = Double.NaN, siHi = Double.NaN, stLo = Double.NaN, stHi = Double.NaN;
            if (bootstrap.isPresent() && v != 0) {
                Bootstrap b = bootstrap.get();
                double[] siBoot = resampledMeans(firstTerms, b.replicates(), rng);
                double[] stBoot = resampledMeans(totalTerms, b.replicates(), rng);
                for (int r = 0; r < b.replicates(); r++) {
                    siBoot[r] /= v;
                    stBoot[r] /= 2 * v;
                }
                siLo = Quantiles.type7(siBoot, b.lower());
                siHi = Quantiles.type7(siBoot, b.upper());
                stLo = Quantiles.type7(stBoot, b.lower());
                stHi = Quantiles.type7(stBoot, b.upper());
            }
            out.add(new SensitivityIndex(inputs.get(i), si, sti, siLo, siHi, stLo, stHi));
        }
        return new SensitivityResult(v, out);
    }

    private static String block(int k, int n, List<String> inputs) {
        if (k < n) return "matrix A, point " + (k + 1);
        if (k < 2 * n) return "matrix B, point " + (k - n + 1);
        int i = (k - 2 * n) / n;
        return "matrix A_B of input '" + inputs.get(i) + "', point " + ((k - 2 * n) % n + 1);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s / v.length;
    }

    private static double[] resampledMeans(double[] terms, int replicates, SplittableRandom rng) {
        int n = terms.length;
        double[] means = new double[replicates];
        for (int r = 0; r < replicates; r++) {
            double s = 0;
            for (int j = 0; j < n; j++) s += terms[rng.nextInt(n)];
            means[r] = s / n;
        }
        return means;
    }
}
