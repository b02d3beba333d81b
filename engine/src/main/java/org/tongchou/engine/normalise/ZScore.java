package org.tongchou.engine.normalise;

/**
 * Standardisation: {@code y = mean' + sd'·(s·x - mean)/sd} with mean and sd over present values of s·x.
 * Sample ({@code n-1}) or population ({@code n}) SD is an explicit choice. Source: OECD/JRC Handbook (2008)
 * §5.2; COINr {@code n_zscore} with {@code m_sd = c(mean', sd')} uses the sample SD (R {@code sd}).
 * Needs at least 2 present values for the sample SD; a constant column follows {@link ConstantColumn}
 * (MIDPOINT gives {@code mean'}).
 */
public record ZScore(double targetMean, double targetSd, SdType sd, ConstantColumn constant) implements Normaliser {

    public static ZScore standard() {
        return new ZScore(0, 1, SdType.SAMPLE, ConstantColumn.FAIL);
    }

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
