package org.tongchou.app.targets;

import java.time.OffsetDateTime;

/** The value a unit is to reach for an indicator in a year. */
public record Target(long unitId, String indicator, int year, double value, String note, String setBy, OffsetDateTime setAt) {
}
