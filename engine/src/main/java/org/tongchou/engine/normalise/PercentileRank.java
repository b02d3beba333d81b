package org.tongchou.engine.normalise;

/**
 * Percentile rank in [0, 1]. Conventions differ between implementations, so it is an explicit option:
 * {@link Convention#ZERO_TO_ONE} {@code (r - 1)/(n - 1)} (worst 0, best 1; COINr {@code n_prank}, R
 * {@code dplyr::percent_rank} with ties MIN) and {@link Convention#SHARE_AT_OR_BELOW} {@code r/n}
 * (share of units at or below; Excel-style with ties MAX). r is the ascending rank of s·x over the
 * n present values. A single present value gets 1 in ZERO_TO_ONE (no spread: treated as the best).
 */
public record PercentileRank(TieMethod ties, Convention convention) implements Normaliser {
    /** How a rank becomes a percentile. */
    public enum Convention {
        /** {@code (r - 1)/(n - 1)}, ties MIN: worst 0, best 1. */
        ZERO_TO_ONE,
        /** {@code r/n}, ties MAX: the share of units at or below. */
        SHARE_AT_OR_BELOW
    }

    /** {@inheritDoc} */
    @Override
    public void normalise(double[] x, double sign, int column, String name, double[] out) {
        int n = Ranks.rank(x, sign, ties, out);
        for (int i = 0; i < out.length; i++) {
            if (Double.isNaN(out[i])) continue;
            out[i] = convention == Convention.ZERO_TO_ONE
                    ? (n == 1 ? 1 : (out[i] - 1) / (n - 1))
                    : out[i] / n;
        }
    }
}
