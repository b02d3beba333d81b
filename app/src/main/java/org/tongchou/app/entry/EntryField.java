package org.tongchou.app.entry;

import java.time.OffsetDateTime;
import java.util.List;
import org.tongchou.app.data.ValueStatus;
import org.tongchou.app.indicators.Indicator;

/**
 * One field of an entry form: a raw indicator with its stored (or typed) value, its status, the
 * reporter's comment, last year's value beside it, the reason of the last return, and what the checks found.
 *
 * @param value        the stored or typed value, null when empty
 * @param status       the stored status, null when nothing is stored
 * @param lastYear     the value of the same period one year earlier, null when unknown
 * @param returnReason why an analyst returned the value, when its status is RETURNED
 * @param updatedAt    when the stored value last changed, null when nothing is stored
 * @param problems     errors that keep the value from being saved
 * @param needsComment the value is an outlier against last year and has no comment (blocks submit)
 * @param version      the stored value's version (0 when nothing is stored): sent back with a change, which is refused
 *                     when someone changed the value since (optimistic locking)
 */
record EntryField(Indicator indicator, Double value, ValueStatus status, String comment, Double lastYear,
        String returnReason, OffsetDateTime updatedAt, List<EntryProblem> problems, boolean needsComment, long version) {

    public boolean locked() {
        return status == ValueStatus.APPROVED;
    }

    public boolean ok() {
        return problems.isEmpty() && !needsComment;
    }

    /** The value as shown in the form: integers without ".0", empty when missing. */
    public String valueText() {
        return value == null ? "" : EntryChecks.fmt(value);
    }

    /** Last year's value as shown beside the field, "–" when unknown. */
    public String lastYearText() {
        return lastYear == null ? "–" : EntryChecks.fmt(lastYear);
    }
}
