package org.tongchou.engine.normalise;

import org.tongchou.engine.data.InvalidInputException;

/**
 * Distance to target, COINr's {@code n_dist2targ}: with s·x the direction-adjusted values and t the
 * target (same adjustment), {@code y = scale·(s·x - min)/(s·t - min)}: 0 at the worst unit, {@code scale}
 * at the target. With {@code capAtTarget} values beyond the target give {@code scale}.
 * Source: COINr documentation (Becker et al., JRC), "Normalisation: distance to target"; OECD/JRC
 * Handbook (2008) §5.2 ("distance to a reference"). Targets per dataset column (aligned with its
 * indicators).
 *
 * <p>Edge cases: a missing (NaN) target and a target equal to the worst value (division by zero) are
 * refused, naming the indicator; ties keep equal values; zeros need no rule; missing values are left out of
 * the minimum and stay missing; a column without any present value stays missing.
 *
 * @param targets     target per column, in the indicator's own units
 * @param scale       the value at the target (1 or 100), positive and finite
 * @param capAtTarget whether values beyond the target give {@code scale} (COINr does not cap by default)
 */
public record DistanceToTarget(double[] targets, double scale, boolean capAtTarget) implements Normaliser {
    /**
     * Checks the components.
     *
     * @param targets target per column, in the indicator's own units
     * @param scale the value at the target (1 or 100), positive and finite
     * @param capAtTarget whether values beyond the target give {@code scale} (COINr does not cap by default)
     * @throws org.tongchou.engine.data.InvalidArgumentException for a scale that is not positive and finite
     */
    public DistanceToTarget {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new org.tongchou.engine.data.InvalidArgumentException("scale", scale, "must be a positive finite number");
        }
        targets = targets.clone();
    }

    /** {@inheritDoc} */
    @Override
    public void normalise(double[] x, double sign, int column, String name, double[] out) {
        if (column >= targets.length || Double.isNaN(targets[column])) {
            throw new InvalidInputException("no target for indicator '" + name + "'");
        }
        double min = ColumnStats.min(x, sign);
        double t = sign * targets[column];
        if (Double.isNaN(min)) {
            ColumnStats.fill(x, out, Double.NaN);
            return;
        }
        if (!(t != min)) {
            throw new InvalidInputException("indicator '" + name + "': target " + targets[column]
                    + " equals the worst value, distance to target divides by zero");
        }
        for (int i = 0; i < x.length; i++) {
            double y = (sign * x[i] - min) / (t - min);
            if (capAtTarget && y > 1) y = 1;
            out[i] = y * scale;
        }
    }
}
