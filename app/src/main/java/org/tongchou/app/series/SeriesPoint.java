package org.tongchou.app.series;

import java.util.List;
import java.util.OptionalDouble;

/**
 * One period of a comparable series.
 *
 * @param period        the period label ({@code 2016}, {@code 2024Q3} ...)
 * @param value         the value, {@code null} when {@code method} is {@link SeriesMethod#MISSING}
 * @param method        how the value was derived
 * @param contributions the units (valid in that period) the value was computed from, with their shares
 * @param reason        why the value is missing, or a short note on the derivation (e.g. the formula)
 */
public record SeriesPoint(String period, Double value, SeriesMethod method, List<Contribution> contributions,
        String reason) {

    public SeriesPoint {
        contributions = List.copyOf(contributions);
    }

    public OptionalDouble valueIfPresent() {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** A readable one-line derivation: {@code APPORTIONED_FROM 320582102 金港镇 × 0.4}. */
    public String derivation() {
        StringBuilder b = new StringBuilder(method.name());
        if (!contributions.isEmpty() && method != SeriesMethod.OBSERVED || contributions.size() > 1) {
            b.append(' ');
            for (int i = 0; i < contributions.size(); i++) {
                Contribution c = contributions.get(i);
                if (i > 0) b.append(" + ");
                b.append(c.unitCode()).append(' ').append(c.unitName());
                if (c.share() != 1.0) b.append(" × ").append(formatShare(c.share()));
            }
        } else if (method == SeriesMethod.OBSERVED && !contributions.isEmpty()) {
            b.append(" as ").append(contributions.get(0).unitCode()).append(' ').append(contributions.get(0).unitName());
        }
        if (reason != null && !reason.isBlank()) b.append(" (").append(reason).append(')');
        return b.toString();
    }

    private static String formatShare(double s) {
        String t = String.format(java.util.Locale.ROOT, "%.6f", s);
        return t.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
