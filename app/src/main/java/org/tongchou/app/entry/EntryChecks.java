package org.tongchou.app.entry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongchou.app.indicators.Indicator;
import org.tongchou.app.indicators.IndicatorCatalog;

/**
 * The checks a typed value passes, one field at a time, against the framework's indicators:
 * <ol>
 * <li>it is a number (a decimal point, no thousands separators);</li>
 * <li>it lies in the indicator's plausible range [min, max] (bounds inclusive);</li>
 * <li>rules between indicators: every derived indicator whose formula uses this value, and all of whose
 * raw inputs are known (typed or stored), must lie in its own plausible range. In the default
 * framework this is what makes a part not exceed its whole: {@code park_enterprises /
 * industrial_enterprises * 100} is a share in [0, 100], so more enterprises in parks than enterprises
 * is refused. A derived value that is NaN (0 / 0) says nothing and is not reported; a division of a
 * positive part by a zero whole is infinite and reported;</li>
 * <li>outliers against history: a value above five times last year's, or below a fifth of it, needs a
 * comment before it is submitted (it may be saved as a draft without one). Not checked when last
 * year's value is missing or zero, or the new value is zero and last year's is zero.</li>
 * </ol>
 */
final class EntryChecks {
    /** Factor of the outlier rule: more than this times last year's value, or less than its inverse. */
    static final double OUTLIER_FACTOR = 5.0;

    private final IndicatorCatalog catalog;

    EntryChecks(IndicatorCatalog catalog) {
        this.catalog = catalog;
    }

    /** Parses a typed value: null when empty; throws {@link NumberFormatException} when not a number. */
    static Double parse(String text) {
        if (text == null || text.isBlank()) return null;
        String t = text.strip();
        if (!t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) throw new NumberFormatException(t);
        double v = Double.parseDouble(t);
        if (!Double.isFinite(v)) throw new NumberFormatException(t);
        return v;
    }

    /**
     * Errors of one value (empty when fine): range and rules between indicators.
     *
     * @param values every known raw value of the unit and period (typed over stored), by indicator code
     */
    List<EntryProblem> errors(Indicator indicator, double value, Map<String, Double> values) {
        List<EntryProblem> out = new ArrayList<>();
        if (!indicator.plausible(value)) {
            out.add(new EntryProblem(EntryProblem.RANGE, fmt(value), range(indicator), null));
            return out;
        }
        Map<String, double[]> columns = new HashMap<>();
        values.forEach((k, v) -> {
            if (v != null) columns.put(k, new double[] {v});
        });
        columns.put(indicator.code(), new double[] {value});
        Map<String, double[]> all = null;
        for (Indicator d : catalog.all()) {
            if (!d.derived() || (d.min() == null && d.max() == null)) continue;
            var inputs = catalog.rawInputs(d.code());
            if (!inputs.contains(indicator.code()) || !columns.keySet().containsAll(inputs)) continue;
            if (all == null) all = catalog.computeDerived(columns, 1);
            double[] col = all.get(d.code());
            if (col == null || Double.isNaN(col[0])) continue;
            if (!d.plausible(col[0])) {
                out.add(new EntryProblem(EntryProblem.RULE, d.code(), fmt(col[0]), range(d)));
            }
        }
        return out;
    }

    /** Whether the value is an outlier against last year's and so needs a comment. */
    static boolean outlier(double value, Double lastYear) {
        if (lastYear == null || lastYear == 0) return false;
        double ratio = value / lastYear;
        return ratio > OUTLIER_FACTOR || ratio < 1 / OUTLIER_FACTOR;
    }

    static String range(Indicator i) {
        return "[" + (i.min() == null ? "-∞" : fmt(i.min())) + ", " + (i.max() == null ? "∞" : fmt(i.max())) + "]";
    }

    static String fmt(double v) {
        if (Double.isInfinite(v)) return v > 0 ? "∞" : "-∞";
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.valueOf(Math.round(v * 1e6) / 1e6);
    }
}
