package org.tongchou.engine.normalise;

import org.tongchou.engine.data.InvalidInputException;

/**
 * Goalposts: each indicator j has a lower and an upper goalpost; values are capped to [lo, hi] and
 * rescaled to [0, scale]: positive direction {@code (x - lo)/(hi - lo)·scale}, negative direction
 * {@code (hi - x)/(hi - lo)·scale}. Source: UNDP Human Development Index technical notes (dimension
 * indices with fixed goalposts); COINr {@code n_goalposts}. Goalposts are given in the indicator's own
 * units, per dataset column (arrays aligned with the dataset's indicators).
 * Equal goalposts are refused at construction.
 */
public record Goalposts(double[] lower, double[] upper, double scale) implements Normaliser {
    public Goalposts {
        if (lower.length != upper.length) {
            throw new InvalidInputException(lower.length + " lower and " + upper.length + " upper goalposts");
        }
        for (int j = 0; j < lower.length; j++) {
            if (!(upper[j] > lower[j])) {
                throw new InvalidInputException("goalposts of column " + j + ": upper " + upper[j]
                        + " must exceed lower " + lower[j]);
            }
        }
        lower = lower.clone();
        upper = upper.clone();
    }

    @Override
    public void normalise(double[] x, double sign, int column, String name, double[] out) {
        if (column >= lower.length) {
            throw new InvalidInputException("no goalposts for indicator '" + name + "' (column " + column + ")");
        }
        double lo = lower[column];
        double hi = upper[column];
        for (int i = 0; i < x.length; i++) {
            double v = Math.min(hi, Math.max(lo, x[i]));
            double y = sign > 0 ? (v - lo) / (hi - lo) : (hi - v) / (hi - lo);
            out[i] = Double.isNaN(x[i]) ? Double.NaN : y * scale;
        }
    }
}
