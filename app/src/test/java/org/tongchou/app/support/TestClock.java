package org.tongchou.app.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The application's clock in tests ({@code periods.ClockConfig} makes the real one): tests move it by
 * hand ({@link #set(LocalDate)}, {@link #set(Instant)}, {@link #advance(Duration)}), never by waiting.
 * The shared one of {@code @H2Test}, {@code @PostgresTest} and {@code @WebAppTest}
 * ({@link TestClockConfig}) follows the system clock until a test sets it, and goes back to following
 * it after each test ({@link TestClockReset}). A clock {@linkplain #startingAt(Instant) starting at an
 * instant} is one that a test class's own context owns: its ordered tests move it on together and it
 * is never reset.
 */
public final class TestClock extends Clock {
    /** The city's zone, as {@code tongchou.zone} defaults. */
    public static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");
    private final Instant start;
    private volatile Instant fixed;

    private TestClock(Instant start) {
        this.start = start;
        this.fixed = start;
    }

    /** Follows the system clock until set; reset after each test. */
    public static TestClock followingSystem() {
        return new TestClock(null);
    }

    /** Stands at {@code start} until moved; never reset. */
    public static TestClock startingAt(Instant start) {
        return new TestClock(start);
    }

    /** Stands still at this instant. */
    public void set(Instant instant) {
        fixed = instant;
    }

    /** Stands still at 09:00 of this day in the city. */
    public void set(LocalDate day) {
        set(day.atTime(9, 0).atZone(CITY_ZONE).toInstant());
    }

    /** Moves on by this much (and stands still there). */
    public void advance(Duration d) {
        fixed = instant().plus(d);
    }

    /** Whether {@link TestClockReset} resets it after each test. */
    boolean resetsAfterEachTest() {
        return start == null;
    }

    /** Back to following the system clock (or to the start). */
    public void reset() {
        fixed = start;
    }

    @Override
    public ZoneId getZone() {
        return CITY_ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant f = fixed;
        return f != null ? f : Instant.now();
    }
}
