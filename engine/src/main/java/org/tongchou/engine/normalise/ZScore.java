package org.tongchou.engine.normalise;

/**
 * Standardisation: {@code y = mean' + sd'·(s·x - mean)/sd} with mean and sd over present values of s·x.
 * Sample ({@code n-1}) or population ({@code n}) SD is an explicit choice. Source: OECD/JRC Handbook (2008)
 * §5.2; COINr {@code n_zscore} with {@code m_sd = c(mean', sd')} uses the sample SD (R {@code sd}).
 * Needs at least 2 present values for the sample SD; a constant column follows {@link ConstantColumn}
 * (MIDPOINT gives {@code mean'}). Ties keep equal values; zeros need no rule; missing values are left out of
 * mean and SD and stay missing; a column without any present value stays missing.
 *
 * @param targetMean mean' of the result, finite
 * @param targetSd   SD' of the result, finite and positive
 * @param sd         the SD divisor (sample n − 1 or population n)
 * @param constant   what a constant column becomes
 */
public record ZScore(double targetMean, double targetSd, SdType sd, ConstantColumn constant) implements Normaliser {
    /**
     * Checks the components.
     *
     * @param targetMean mean' of the result, finite
     * @param targetSd SD' of the result, finite and positive
     * @param sd the SD divisor (sample n − 1 or population n)
     * @param constant what a constant column becomes
     * @throws org.tongchou.engine.data.InvalidArgumentException for a mean' that is not finite or an SD' that is not
     *        positive
     */
    public ZScore {
        if (!Double.isFinite(targetMean)) {
            throw new org.tongchou.engine.data.InvalidArgumentException("targetMean", targetMean, "must be finite");
        }
        if (!(targetSd > 0) || Double.isInfinite(targetSd)) {
            throw new org.tongchou.engine.data.InvalidArgumentException("targetSd", targetSd, "must be a positive finite number");
        }
        java.util.Objects.requireNonNull(sd, "sd");
        java.util.Objects.requireNonNull(constant, "constant");
    }

    /**
     * Mean 0, SD 1, sample SD, constant columns refused.
     *
     * @return the standard z-score
     */
    public static ZScore standard() {
        return new ZScore(0, 1, SdType.SAMPLE, ConstantColumn.FAIL);
    }

    /** {@inheritDoc} */
    @Override
    public void normalise(double[] x, double sign, int column, String name, double[] out) {
        double mean = ColumnStats.mean(x);
        double s = ColumnStats.sd(x, mean, sd == SdType.SAMPLE);
        if (Double.isNaN(mean)) {
            ColumnStats.fill(x, out, Double.NaN);
            return;
        }
        if (!(s > 0)) {
            switch (constant) {
                case FAIL -> throw new org.tongchou.engine.data.InvalidInputException("indicator '" + name
                        + "' has zero (or undefined, fewer than 2 values) standard deviation: z-score divides by it");
                case MISSING -> ColumnStats.fill(x, out, Double.NaN);
                case MIDPOINT -> ColumnStats.fill(x, out, targetMean);
            }
            return;
        }
        double k = targetSd / s;
        for (int i = 0; i < x.length; i++) {
            out[i] = sign * (x[i] - mean) * k + targetMean;
        }
    }
}
