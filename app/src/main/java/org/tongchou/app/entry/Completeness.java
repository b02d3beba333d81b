package org.tongchou.app.entry;

import java.time.OffsetDateTime;
import org.tongchou.app.units.AdminUnit;

/**
 * How far a town's form for a period has come: expected values (the form's fields), how many are
 * entered, and how many are in each status; {@code lastChange} (when any value last changed) shows timeliness.
 */
public record Completeness(AdminUnit unit, int expected, long entered, long draft, long submitted, long approved, long returned,
        OffsetDateTime lastChange, String etag) {

    /** Share of expected values entered, in percent (0 when nothing is expected). */
    public long enteredPercent() {
        return expected == 0 ? 0 : Math.round(100.0 * entered / expected);
    }
}
