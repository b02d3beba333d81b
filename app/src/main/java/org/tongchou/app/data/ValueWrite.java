package org.tongchou.app.data;

import java.util.Objects;
import org.tongchou.app.periods.Period;

/**
 * A value to store: unit, indicator, period, value, the status it takes, and optional source and comment; optionally
 * the version of the stored value the change was based on ({@code expectedVersion}, 0 = "nothing was stored"): when
 * the stored version is another, the write is refused ({@link StaleValueException}).
 *
 * @throws IllegalArgumentException if the value is not finite
 */
public record ValueWrite(long unitId, String indicator, Period period, double value, ValueStatus status, String source, String comment,
        Long expectedVersion) {
    /** A write that is not checked against a version the caller read (the service still refuses a concurrent change). */
    public ValueWrite(long unitId, String indicator, Period period, double value, ValueStatus status, String source, String comment) {
        this(unitId, indicator, period, value, status, source, comment, null);
    }

    public ValueWrite {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(period, "period");
        if (!Double.isFinite(value)) throw new IllegalArgumentException("value of " + indicator + " for unit " + unitId + " in " + period + " must be a finite number, got " + value);
        status = status == null ? ValueStatus.DRAFT : status;
        source = source == null || source.isBlank() ? null : source;
        comment = comment == null || comment.isBlank() ? null : comment;
    }
}
