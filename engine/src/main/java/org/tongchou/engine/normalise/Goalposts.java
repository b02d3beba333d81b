package org.tongchou.engine.normalise;

import org.tongchou.engine.data.InvalidArgumentException;
import org.tongchou.engine.data.InvalidInputException;

/**
 * Goalposts: each indicator j has a lower and an upper goalpost; values are capped to [lo, hi] and
 * rescaled to [0, scale]: positive direction {@code (x - lo)/(hi - lo)·scale}, negative direction
 * {@code (hi - x)/(hi - lo)·scale}. Source: UNDP Human Development Index technical notes (dimension
 * indices with fixed goalposts); COINr {@code n_goalposts}. Goalposts are given in the indicator's own
 * units, per dataset column (arrays aligned with the dataset's indicators).
 *
 * <p>Edge cases: goalposts that are not finite with upper &gt; lower are refused, naming the indicator
 * (when the column is normalised, since only then is its name known); ties keep equal values; values beyond
 * a goalpost take it; zeros need no rule; missing values stay missing; a constant column needs no rule
 * (fixed goalposts, not the data's range).
 *
 * @param lower lower goalpost per column
 * @param upper upper goalpost per column, same length
 * @param scale the value of the upper goalpost (1 or 100), positive and finite
 */
public record Goalposts(double[] lower, double[] upper, double scale) implements Normaliser {
    /**
     * Checks the components.
     *
     * @param lower lower goalpost per column
     * @param upper upper goalpost per column, same length
     * @param scale the value of the upper goalpost (1 or 100), positive and finite
     * @throws InvalidArgumentException for arrays of different lengths or a scale that is not positive and finite
     */
    public Goalposts {
        if (lower.length != upper.length) {
            throw new InvalidArgumentException("upper", upper, lower.length + " lower and " + upper.length + " upper goalposts");
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new InvalidArgumentException("scale", scale, "must be a positive finite number");
        }
        lower = lower.clone();
        upper = upper.clone();
    }

    /** {@inheritDoc} */
    @Override
    public void normalise(double[] x, double sign, int column, String name, double[] out) {
        if (column >= lower.length) {
            throw new InvalidInputException("no goalposts for indicator '" + name + "' (" + lower.length + " pairs of goalposts given)");
        }
        double lo = lower[column];
        double hi = upper[column];
        if (!(hi > lo) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            throw new InvalidInputException("goalposts of indicator '" + name + "': lower " + lo + ", upper " + hi
                    + " (they must be finite with upper > lower)");
        }
        for (int i = 0; i < x.length; i++) {
            double v = Math.min(hi, Math.max(lo, x[i]));
            double y = sign > 0 ? (v - lo) / (hi - lo) : (hi - v) / (hi - lo);
            out[i] = Double.isNaN(x[i]) ? Double.NaN : y * scale;
        }
    }
}
