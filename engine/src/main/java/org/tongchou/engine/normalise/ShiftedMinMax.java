package org.tongchou.engine.normalise;

/**
 * Min-max to [0, 1] plus a shift: {@code y = (s·x - min)/(max - min) + shift}, range [shift, 1 + shift].
 * Chinese entropy-weight papers use it with shift 0.0001 (or 0.01) so that no value is 0 before
 * {@code p·ln p} (e.g. 熵值法 practice as described in 郭显光 1998, 《改进的熵值法及其在经济效益评价中的应用》).
 * For the variant that stays inside [0.0001, 1] use {@link MinMax} with lower 0.0001. Edge cases as
 * {@link MinMax}.
 *
 * @param shift    added to every min-max value, finite
 * @param constant what a constant column becomes
 */
public record ShiftedMinMax(double shift, ConstantColumn constant) implements Normaliser {
    /**
     * Checks the components.
     *
     * @param shift added to every min-max value, finite
     * @param constant what a constant column becomes
     * @throws org.tongchou.engine.data.InvalidArgumentException for a shift that is not finite
     */
    public ShiftedMinMax {
        if (!Double.isFinite(shift)) throw new org.tongchou.engine.data.InvalidArgumentException("shift", shift, "must be finite");
        java.util.Objects.requireNonNull(constant, "constant");
    }

    /** {@inheritDoc} */
    @Override
    public void normalise(double[] x, double sign, int column, String name, double[] out) {
        new MinMax(0, 1, constant).normalise(x, sign, column, name, out);
        for (int i = 0; i < out.length; i++) out[i] += shift;
    }
}
