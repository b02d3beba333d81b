package org.tongchou.engine.normalise;

import org.tongchou.engine.data.InvalidInputException;

/**
 * Vector normalisation {@code y = x / sqrt(Σ x²)} over present values (Hwang &amp; Yoon 1981, TOPSIS).
 * It keeps proportions, so direction cannot be applied by a sign; a less-is-better column is handled per
 * {@link Negative}: {@code ONE_MINUS} gives {@code 1 - x/‖x‖} (as in many Chinese entropy-TOPSIS papers),
 * {@code FAIL} refuses and leaves the direction to a later method (e.g. TOPSIS ideal points).
 * An all-zero column follows {@link ConstantColumn} (MIDPOINT is not meaningful and fails too).
 * Ties keep equal values; missing values are left out of the norm and stay missing; a column without any
 * present value is all zero in this sense. Negative values are allowed here (the norm is defined) but
 * change the meaning of proportions; TOPSIS refuses them under its own vector normalisation.
 *
 * @param negative what a less-is-better column does
 * @param zero     what an all-zero column does (MISSING, else refused)
 */
public record VectorNorm(Negative negative, ConstantColumn zero) implements Normaliser {
    /** What a less-is-better column does under vector normalisation. */
    public enum Negative {
        /** {@code 1 - x/‖x‖}. */
        ONE_MINUS,
        /** Refused: the direction is left to a later method. */
        FAIL
    }

    /** {@inheritDoc} */
    @Override
    public void normalise(double[] x, double sign, int column, String name, double[] out) {
        if (sign < 0 && negative == Negative.FAIL) {
            throw new InvalidInputException("indicator '" + name + "' is less-is-better: vector normalisation "
                    + "keeps proportions (choose negative handling ONE_MINUS or handle direction later)");
        }
        double ss = 0;
        for (double v : x) if (!Double.isNaN(v)) ss += v * v;
        if (!(ss > 0)) {
            if (zero == ConstantColumn.MISSING) {
                ColumnStats.fill(x, out, Double.NaN);
                return;
            }
            throw new InvalidInputException("indicator '" + name + "' is all zero: vector normalisation divides by 0");
        }
        double norm = Math.sqrt(ss);
        for (int i = 0; i < x.length; i++) {
            double y = x[i] / norm;
            out[i] = sign < 0 ? 1 - y : y;
        }
    }
}
