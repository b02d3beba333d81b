package org.tongchou.app.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Stored times (UTC) as pages show them: in the city's zone, the application clock's
 * ({@code tongchou.zone}). Templates call it as {@code ${@cityTime.minutes(x.at)}}; null shows as "–".
 */
@Component("cityTime")
class CityTime {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private final Clock clock;

    CityTime(Clock clock) {
        this.clock = clock;
    }

    public String minutes(Object time) {
        return format(time, MINUTES);
    }

    public String seconds(Object time) {
        return format(time, SECONDS);
    }

    public String day(Object time) {
        return format(time, DAY);
    }

    private String format(Object time, DateTimeFormatter f) {
        ZonedDateTime z = inCity(time);
        return z == null ? "–" : f.format(z);
    }

    /** A stored time in the city's zone; a {@link LocalDateTime} is taken as UTC, as times are stored. */
    ZonedDateTime inCity(Object time) {
        if (time == null) return null;
        Instant i;
        if (time instanceof Instant t) i = t;
        else if (time instanceof OffsetDateTime t) i = t.toInstant();
        else if (time instanceof ZonedDateTime t) i = t.toInstant();
        else if (time instanceof LocalDateTime t) i = t.toInstant(ZoneOffset.UTC);
        else throw new IllegalArgumentException("not a time: " + time.getClass().getSimpleName());
        return i.atZone(clock.getZone());
    }
}
