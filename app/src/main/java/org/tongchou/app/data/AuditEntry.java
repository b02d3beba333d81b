package org.tongchou.app.data;

import java.time.OffsetDateTime;
import org.tongchou.app.periods.Period;

/**
 * One change of a data value. {@code oldValue}/{@code oldStatus} are null when the value was new;
 * {@code importId} names the import batch that made the change, or null for a change by hand.
 * The first entry of a value still as its import inserted it is derived from the batch and has id 0
 * (docs/data-import.md, "Workflow and audit").
 */
public record AuditEntry(long id, long unitId, String indicator, Period period, Double oldValue, Double newValue,
        ValueStatus oldStatus, ValueStatus newStatus, String changedBy, OffsetDateTime changedAt, String reason, Long importId) {
}
