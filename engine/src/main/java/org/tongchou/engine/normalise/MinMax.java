package org.tongchou.engine.normalise;

import org.tongchou.engine.data.InvalidInputException;

/**
 * Min-max rescaling to [l, u]: {@code y = l + (u - l)(s·x - min)/(max - min)} with s the direction sign and
 * min, max over the present values of s·x. Source: OECD/JRC Handbook on Constructing Composite Indicators
 * (2008), §5.2; COINr {@code n_minmax} with {@code l_u = c(l, u)}. The Chinese "shifted" variant into
 * [0.0001, 1] is {@code new MinMax(0.0001, 1, ...)}; see also {@link ShiftedMinMax}.
 *
 * <p>Ties keep equal values; a constant column follows {@link ConstantColumn}.
 */
public record MinMax(double lower, double upper, ConstantColumn constant) implements Normaliser {
    public MinMax {
        if (!(upper > lower)) {
            throw new InvalidInputException("min-max range [" + lower + ", " + upper + "]: upper must exceed lower");
        }
    }

    /** [0, 100], constant columns missing: COINr's default in {@code build_example_coin()}. */
    public static MinMax coinr() {
        return new MinMax(0, 100, ConstantColumn.MISSING);
    }

    @Override
    public void normalise(double[] x, double sign, int column, String name, double[] out) {
        double min = ColumnStats.min(x, sign);
        double max = ColumnStats.max(x, sign);
        double range = max - min;
        if (!(range > 0)) {
            if (Double.isNaN(min)) {
                ColumnStats.fill(x, out, Double.NaN);
                return;
            }
            switch (constant) {
                case FAIL -> throw new InvalidInputException("indicator '" + name
                        + "' is constant (" + sign * min + "): min-max normalisation divides by a zero range");
                case MISSING -> ColumnStats.fill(x, out, Double.NaN);
                case MIDPOINT -> ColumnStats.fill(x, out, (lower + upper) / 2);
            }
            return;
        }
        double scale = (upper - lower) / range;
        for (int i = 0; i < x.length; i++) {
            out[i] = (sign * x[i] - min) * scale + lower;
        }
    }
}
