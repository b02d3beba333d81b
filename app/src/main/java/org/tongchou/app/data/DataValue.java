package org.tongchou.app.data;

import java.time.OffsetDateTime;
import org.tongchou.app.periods.Period;

/**
 * A stored value of an indicator for a unit and a period, with its workflow status and provenance, and its version:
 * 1 when stored, one more with every change (optimistic locking, {@link StaleValueException}).
 */
public record DataValue(long unitId, String indicator, Period period, double value, ValueStatus status, String source,
        String comment, String updatedBy, OffsetDateTime updatedAt, long version) {
}
