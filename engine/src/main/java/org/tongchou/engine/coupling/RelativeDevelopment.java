package org.tongchou.engine.coupling;

import java.util.Objects;

/**
 * Classifies a unit's relative development from its urban score {@code U1} and rural score {@code U2}.
 *
 * <ul>
 *   <li>{@link Comparison#RATIO}: {@code r = U2 / U1}; synchronous if {@code |r − 1| ≤ tolerance}, urban lagging if
 *       {@code r > 1 + tolerance}, rural lagging if {@code r < 1 − tolerance} (a common choice is tolerance 0.1,
 *       i.e. 0.9 ≤ U2/U1 ≤ 1.1). U1 = 0: synchronous if U2 = 0, else urban lagging.</li>
 *   <li>{@link Comparison#DIFFERENCE}: {@code δ = U2 − U1}; synchronous if {@code |δ| ≤ tolerance}, urban lagging if
 *       {@code δ > tolerance}, rural lagging if {@code δ < −tolerance}.</li>
 * </ul>
 * A missing score gives {@code null} (no type).
 */
public final class RelativeDevelopment {
    /** How the urban and rural scores are compared. */
    public enum Comparison {
        /** {@code U2 / U1} against 1. */
        RATIO,
        /** {@code U2 − U1} against 0. */
        DIFFERENCE
    }

    private final Comparison comparison;
    private final double tolerance;

    /**
     * @param comparison RATIO or DIFFERENCE
     * @param tolerance  half-width of the synchronous band, finite and ≥ 0 (0.1 is common)
     * @throws org.tongchou.engine.data.InvalidArgumentException for a tolerance that is negative or not finite
     */
    public RelativeDevelopment(Comparison comparison, double tolerance) {
        this.comparison = Objects.requireNonNull(comparison);
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new org.tongchou.engine.data.InvalidArgumentException("tolerance", tolerance, "must be a finite number >= 0");
        }
        this.tolerance = tolerance;
    }

    /**
     * How the two subsystems are compared.
     *
     * @return the comparison
     */
    public Comparison comparison() {
        return comparison;
    }

    /**
     * The band around balance within which development is synchronous.
     *
     * @return the tolerance
     */
    public double tolerance() {
        return tolerance;
    }

    /**
     * @param urban U1
     * @param rural U2
     * @return the development type, or null when either score is missing
     */
    public DevelopmentType classify(double urban, double rural) {
        if (Double.isNaN(urban) || Double.isNaN(rural)) return null;
        if (comparison == Comparison.RATIO) {
            if (urban == 0) return rural == 0 ? DevelopmentType.SYNCHRONOUS : DevelopmentType.URBAN_LAGGING;
            double r = rural / urban;
            if (r > 1 + tolerance) return DevelopmentType.URBAN_LAGGING;
            if (r < 1 - tolerance) return DevelopmentType.RURAL_LAGGING;
            return DevelopmentType.SYNCHRONOUS;
        }
        double delta = rural - urban;
        if (delta > tolerance) return DevelopmentType.URBAN_LAGGING;
        if (delta < -tolerance) return DevelopmentType.RURAL_LAGGING;
        return DevelopmentType.SYNCHRONOUS;
    }
}
