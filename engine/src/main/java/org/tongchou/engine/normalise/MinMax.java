package org.tongchou.engine.normalise;

import org.tongchou.engine.data.InvalidArgumentException;
import org.tongchou.engine.data.InvalidInputException;

/**
 * Min-max rescaling to [l, u]: {@code y = l + (u - l)(s·x - min)/(max - min)} with s the direction sign and
 * min, max over the present values of s·x. Source: OECD/JRC Handbook on Constructing Composite Indicators
 * (2008), §5.2; COINr {@code n_minmax} with {@code l_u = c(l, u)}. The Chinese "shifted" variant into
 * [0.0001, 1] is {@code new MinMax(0.0001, 1, ...)}; see also {@link ShiftedMinMax}.
 *
 * <p>Edge cases: ties keep equal values; a constant column (zero range) follows {@link ConstantColumn}
 * (FAIL refuses naming the indicator); zeros need no rule; missing values are left out of min and max and
 * stay missing; a column without any present value stays missing; empty input gives empty output.
 *
 * @param lower    the value of the worst unit, finite
 * @param upper    the value of the best unit, finite and greater than {@code lower}
 * @param constant what a constant column becomes
 */
public record MinMax(double lower, double upper, ConstantColumn constant) implements Normaliser {
    /**
     * Checks the components.
     *
     * @param lower the value of the worst unit, finite
     * @param upper the value of the best unit, finite and greater than {@code lower}
     * @param constant what a constant column becomes
     * @throws InvalidArgumentException for a range that is not finite with lower &lt; upper
     */
    public MinMax {
        if (!(upper > lower) || !Double.isFinite(lower) || !Double.isFinite(upper)) {
            throw new InvalidArgumentException("range", new double[] {lower, upper}, "min-max needs finite lower < upper");
        }
        java.util.Objects.requireNonNull(constant, "constant");
    }

    /**
     * [0, 100], constant columns missing: COINr's default in {@code build_example_coin()}.
     *
     * @return COINr's default min-max
     */
    public static MinMax coinr() {
        return new MinMax(0, 100, ConstantColumn.MISSING);
    }

    /** {@inheritDoc} */
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
