package org.tongchou.engine.coupling;

import java.util.Objects;
import org.tongchou.engine.data.InvalidInputException;

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
    public enum Comparison {
        RATIO,
        DIFFERENCE
    }

    private final Comparison comparison;
    private final double tolerance;

    public RelativeDevelopment(Comparison comparison, double tolerance) {
        this.comparison = Objects.requireNonNull(comparison);
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new InvalidInputException("tolerance " + tolerance + " must be finite and non-negative");
        }
        this.tolerance = tolerance;
    }

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
