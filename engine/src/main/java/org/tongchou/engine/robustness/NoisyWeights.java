package org.tongchou.engine.robustness;

import java.util.SplittableRandom;
import org.tongchou.engine.data.InvalidArgumentException;

/**
 * Noisy weights as COINr's {@code get_noisy_weights} makes them: a pool of {@code poolSize} weight
 * vectors, each weight w_k replaced by w_k·(1 + δ_k·(2U − 1)) with U uniform on [0, 1), that is
 * w_k × U(1 − δ_k, 1 + δ_k), independently for every weight and every vector; δ_k = 0 leaves a weight
 * fixed (COINr perturbs chosen levels of the tree: in its example, pillars and sub-indices by ±25 %).
 * A uniform number u then picks vector ⌊u·poolSize⌋ (COINr: a discrete choice among the pool).
 * Weights are not renormalised here: aggregation divides by the sum of the weights present.
 *
 * <p>The pool is drawn once from {@code seed}, so results are reproducible and independent of threads.
 */
public final class NoisyWeights implements Assumption<double[]> {
    private final String name;
    private final double[] nominal;
    private final double[][] pool;

    /**
     * @param name        the name reported in results
     * @param nominal     nominal weights, finite and ≥ 0
     * @param noiseFactor δ per weight, each in [0, 1]
     * @param poolSize    number of noisy vectors (COINr's {@code Nrep}; its example uses 100)
     * @param seed        seed of the noise
     * @throws org.tongchou.engine.data.InvalidArgumentException for lengths that differ, a pool size below 1, a
     *                                                          nominal weight below 0 or a factor outside [0, 1]
     */
    public NoisyWeights(String name, double[] nominal, double[] noiseFactor, int poolSize, long seed) {
        if (nominal.length != noiseFactor.length) {
            throw new InvalidArgumentException("noiseFactor", noiseFactor, "noisy weights '" + name + "': " + nominal.length + " weights but "
                    + noiseFactor.length + " noise factors");
        }
        if (poolSize < 1) throw new InvalidArgumentException("poolSize", poolSize, "must be at least 1");
        for (int k = 0; k < nominal.length; k++) {
            if (!(nominal[k] >= 0) || Double.isInfinite(nominal[k])) {
                throw new InvalidArgumentException("nominal", nominal, "noisy weights '" + name + "': nominal weight " + (k + 1) + " is " + nominal[k]
                        + " (must be a finite number >= 0)");
            }
        }
        for (int k = 0; k < noiseFactor.length; k++) {
            if (!(noiseFactor[k] >= 0 && noiseFactor[k] <= 1)) {
                throw new InvalidArgumentException("noiseFactor", noiseFactor, "noisy weights '" + name + "': noise factor " + noiseFactor[k]
                        + " of weight " + (k + 1) + " is outside [0, 1]");
            }
        }
        this.name = name;
        this.nominal = nominal.clone();
        SplittableRandom rng = new SplittableRandom(seed);
        this.pool = new double[poolSize][nominal.length];
        for (int r = 0; r < poolSize; r++) {
            for (int k = 0; k < nominal.length; k++) {
                double u = rng.nextDouble();
                pool[r][k] = nominal[k] + (u * 2 - 1) * noiseFactor[k] * nominal[k];
            }
        }
    }

    @Override
    public String name() {
        return name;
    }

    /** The nominal weights (a copy). */
    @Override
    public double[] nominal() {
        return nominal.clone();
    }

    /** The pooled vector that u selects; a copy, so callers may modify it. */
    @Override
    public double[] at(double u) {
        int index = (int) Math.floor(u * pool.length);
        return pool[Math.max(0, Math.min(pool.length - 1, index))].clone();
    }

    /**
     * How many noisy weight sets the assumption chooses among.
     *
     * @return the size of the pool
     */
    public int poolSize() {
        return pool.length;
    }
}
