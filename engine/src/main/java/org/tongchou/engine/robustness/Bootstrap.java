package org.tongchou.engine.robustness;

import org.tongchou.engine.data.InvalidArgumentException;

/**
 * Percentile bootstrap of sensitivity indices as COINr's {@code SA_estimate} does it: for each input
 * separately, the N per-point terms of its estimator are resampled with replacement {@code replicates}
 * times, the output variance is kept fixed (not resampled), and the bounds are the {@code lower} and
 * {@code upper} type-7 quantiles of the replicated indices (COINr: 0.05 and 0.95).
 *
 * @param replicates number of bootstrap samples (COINr's {@code Nboot}), at least 1
 * @param seed       seed of the resampling, so that bounds are reproducible
 * @param lower      probability of the lower bound
 * @param upper      probability of the upper bound
 */
public record Bootstrap(int replicates, long seed, double lower, double upper) {
    /**
     * Checks the components.
     *
     * @param replicates number of bootstrap samples, at least 1
     * @param seed       seed of the resampling
     * @param lower      probability of the lower bound
     * @param upper      probability of the upper bound
     * @throws InvalidArgumentException for fewer than 1 replicate or bounds outside 0 &lt;= lower &lt; upper &lt;= 1
     */
    public Bootstrap {
        if (replicates < 1) throw new InvalidArgumentException("replicates", replicates, "must be at least 1");
        if (!(lower >= 0 && lower < upper && upper <= 1)) {
            throw new InvalidArgumentException("bounds", new double[] {lower, upper}, "must satisfy 0 <= lower < upper <= 1");
        }
    }

    /**
     * COINr's bounds: 5th and 95th percentiles.
     *
     * @param replicates bootstrap samples, at least 1
     * @param seed       any 64-bit seed
     * @return the bootstrap
     */
    public static Bootstrap percentile90(int replicates, long seed) {
        return new Bootstrap(replicates, seed, 0.05, 0.95);
    }
}
