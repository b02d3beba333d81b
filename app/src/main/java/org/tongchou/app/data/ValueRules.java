package org.tongchou.app.data;

import org.tongchou.app.indicators.Indicator;
import org.tongchou.app.periods.Period;
import org.tongchou.app.units.AdminUnit;

/** The checks every stored value passes, whether typed in or imported. Each returns the reason, or null when fine. */
final class ValueRules {
    private ValueRules() {
    }

    /**
     * Derived indicators are computed from their inputs and never stored; indicators that Tongchou computes at
     * every evaluation run (the cadre indicators, from targets and commitments) are not typed nor imported,
     * unless {@code computedAllowed} (the figures of years before the loop).
     */
    static String storable(Indicator i, boolean computedAllowed) {
        if (i.derived()) {
            return "indicator '" + i.code() + "' is derived (" + i.formula() + "); import its inputs instead";
        }
        if (i.computed() && !computedAllowed) {
            return "indicator '" + i.code() + "' (" + i.nameZh() + ") is computed by Tongchou at every evaluation run from the approved"
                    + " targets and the meeting commitments (docs/meetings.md); it is not entered or imported: record the commitments"
                    + " and targets instead";
        }
        return null;
    }

    /** A value for a unit of a level the indicator is not reported at is refused (a village's figure of a town-level indicator). */
    static String levelFits(Indicator i, AdminUnit u) {
        if (i.reportedAt(u.level().name())) return null;
        return "indicator '" + i.code() + "' (" + i.nameZh() + ") is reported for " + String.join(", ", i.levels()) + " units; " + u.code() + " ("
                + u.name() + ") is a unit of level " + u.level().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A period finer than the indicator's periodicity is refused (a yearly indicator has no monthly values). */
    static String periodFits(Indicator i, Period p) {
        if (p.type().perYear() > i.periodicity().perYear()) {
            return "indicator '" + i.code() + "' is reported per " + i.periodicity().name().toLowerCase()
                    + ", period " + p.code() + " is a " + p.type().name().toLowerCase();
        }
        return null;
    }

    static String plausible(Indicator i, double v) {
        if (!Double.isFinite(v)) return "value " + v + " is not a finite number";
        if (!i.plausible(v)) {
            return "value " + fmt(v) + " is outside the plausible range of '" + i.code() + "' [" + (i.min() == null ? "-∞" : fmt(i.min()))
                    + ", " + (i.max() == null ? "∞" : fmt(i.max())) + "]";
        }
        return null;
    }

    static String unitValid(AdminUnit u, Period p) {
        if (!u.overlaps(p.start(), p.endExclusive())) {
            return "unit " + u.code() + " (" + u.name() + ") is not valid in " + p.code() + " (valid from " + u.validFrom()
                    + (u.validTo() == null ? "" : " to " + u.validTo()) + ")";
        }
        return null;
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
