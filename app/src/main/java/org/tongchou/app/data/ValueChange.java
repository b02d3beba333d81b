package org.tongchou.app.data;

/**
 * A value an import inserts (old value null) or changes.
 *
 * @param row the file row it comes from
 */
public record ValueChange(long row, String unitCode, String indicator, String period, Double oldValue, double newValue,
        ValueStatus oldStatus, ValueStatus newStatus) {
}
