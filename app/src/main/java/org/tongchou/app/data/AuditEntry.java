package org.tongchou.app.data;

import java.time.OffsetDateTime;
import org.tongchou.app.periods.Period;

/**
 * One change of a data value. {@code oldValue}/{@code oldStatus} are null when the value was new;
 * {@code importId} names the import batch that made the change, or null for a change by hand.
 */
public record AuditEntry(long id, long unitId, String indicator, Period period, Double oldValue, Double newValue,
        ValueStatus oldStatus, ValueStatus newStatus, String changedBy, OffsetDateTime changedAt, String reason, Long importId) {
}
