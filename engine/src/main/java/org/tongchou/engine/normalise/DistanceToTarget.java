package org.tongchou.engine.normalise;

import org.tongchou.engine.data.InvalidInputException;

/**
 * Distance to target, COINr's {@code n_dist2targ}: with s·x the direction-adjusted values and t the
 * target (same adjustment), {@code y = scale·(s·x - min)/(s·t - min)}: 0 at the worst unit, {@code scale}
 * at the target. With {@code capAtTarget} values beyond the target give {@code scale}.
 * Source: COINr documentation (Becker et al., JRC), "Normalisation: distance to target"; OECD/JRC
 * Handbook (2008) §5.2 ("distance to a reference"). Targets per dataset column (aligned with its
 * indicators); a target equal to the worst value is refused (division by zero), naming the indicator.
 */
public record DistanceToTarget(double[] targets, double scale, boolean capAtTarget) implements Normaliser {
    public DistanceToTarget {
        targets = targets.clone();
    }

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
