package org.tongchou.app.series;

import java.util.Objects;
import org.tongchou.app.periods.Period;

/**
 * What series to compute.
 *
 * @param indicatorCode the indicator
 * @param unitCode      the unit whose boundaries the series is on: the version valid at the end of the
 *                      span, or else the latest version with that code (an ended unit gives its "virtual"
 *                      continuation as the sum of its successors)
 * @param from          first period; {@code to} must be of the same type and not earlier
 * @param referenceDay  which day of a period fixes the division it is reported on
 * @param values        which stored values count
 */
public record SeriesRequest(String indicatorCode, String unitCode, Period from, Period to, ReferenceDay referenceDay,
        ValueFilter values) {

    public SeriesRequest {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.type() != to.type()) {
            throw new UnknownSeriesInputException("periods " + from + " and " + to + " are of different types");
        }
        if (to.compareTo(from) < 0) throw new UnknownSeriesInputException("period " + to + " is before " + from);
        referenceDay = referenceDay == null ? ReferenceDay.PERIOD_END : referenceDay;
        values = values == null ? ValueFilter.ANY_STATUS : values;
    }

    public static SeriesRequest of(String indicatorCode, String unitCode, Period from, Period to) {
        return new SeriesRequest(indicatorCode, unitCode, from, to, ReferenceDay.PERIOD_END, ValueFilter.ANY_STATUS);
    }

    /** Which stored values a series uses. */
    public enum ValueFilter {
        /** Every stored value, whatever its review status (drafts included). */
        ANY_STATUS,
        /** Only approved values; others count as missing. */
        APPROVED_ONLY
    }
}
