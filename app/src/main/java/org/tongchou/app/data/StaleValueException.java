package org.tongchou.app.data;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.tongchou.app.web.Conflict;

/**
 * A change made on the strength of a value's version that is no longer the stored one (optimistic locking, issue 9
 * item 6): someone else changed, approved, returned or reopened the value since it was read. Nothing is written;
 * the answer is 409 with, for each value, what the caller sent and what is stored now (value, status, version, who
 * and when), so that the caller can decide and send again with the stored version.
 */
public class StaleValueException extends Conflict {
    public static final URI TYPE = URI.create("tag:tongchou.org,2026:problem/stale-value");

    /**
     * One value in conflict.
     *
     * @param yourValue     the value the request would have stored (null for a change of status only)
     * @param yourVersion   the version the request was based on (null when it named none)
     * @param storedValue   the value stored now (null when none is stored)
     * @param storedVersion the stored version (0 when none is stored)
     */
    public record Stale(String unit, String indicator, String period, Double yourValue, Long yourVersion, Double storedValue,
            ValueStatus storedStatus, long storedVersion, String storedBy, OffsetDateTime storedAt) {
    }

    private final List<Stale> conflicts;

    public StaleValueException(String detail, List<Stale> conflicts) {
        super(TYPE, detail, null);
        this.conflicts = List.copyOf(conflicts);
    }

    public List<Stale> conflicts() {
        return conflicts;
    }

    @Override
    public String title() {
        return "Changed by someone else";
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("conflicts", conflicts);
    }
}
