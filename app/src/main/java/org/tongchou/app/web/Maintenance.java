package org.tongchou.app.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Maintenance mode: while the database is replaced (a restore on the running server), nothing else touches it.
 * <ul>
 *   <li>{@link #run} begins it: from then on every other request is answered 503 with {@code Retry-After} and a
 *       page or problem details saying so, in the reader's language ({@link MaintenanceFilter}); background work
 *       (robustness of a run, the nightly backup) does not start ({@link #background}).</li>
 *   <li>Work already running (an import, an evaluation, a report: any request in flight, any background work) is
 *       waited for, up to {@code tongchou.maintenance.drain-timeout} (60 s); if it has not finished by then the
 *       maintenance is given up and the restore refused, nothing done, so no import is cut in two.</li>
 *   <li>When it ends, every session signed in before ends at its next request (pages go to the sign-in page, the API
 *       answers 401), but the session of the administrator who ran it, which then follows the restored users as
 *       any session does. API tokens are rows of the database: those of the backup hold.</li>
 * </ul>
 * One maintenance at a time. State is in memory: a restart ends it (and every session) anyway.
 */
@Component
public class Maintenance {
    private static final Logger LOG = LoggerFactory.getLogger(Maintenance.class);
    /** What the answers during maintenance say, and who began it when. */
    public record State(String what, String by, Instant since, String sessionId) {
    }

    private final AtomicReference<State> state = new AtomicReference<>();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicReference<Instant> endedAt = new AtomicReference<>();
    private final AtomicReference<String> keptSession = new AtomicReference<>();
    private final Clock clock;
    private volatile Duration drainTimeout;

    public Maintenance(Clock clock, @Value("${tongchou.maintenance.drain-timeout:60s}") Duration drainTimeout) {
        this.clock = clock;
        this.drainTimeout = drainTimeout;
    }

    /** The maintenance under way, if any. */
    public Optional<State> current() {
        return Optional.ofNullable(state.get());
    }

    /** How long {@link #run} waits for work in flight ({@code tongchou.maintenance.drain-timeout}; tests shorten it). */
    public void drainTimeout(Duration d) {
        this.drainTimeout = d;
    }

    /** Requests refused with 503 since the start (for the audit). */
    public long refused() {
        return refused.get();
    }

    /** Work running now (requests in flight but the maintenance's own, background work). */
    int running() {
        return running.get();
    }

    /**
     * Runs {@code work} in maintenance, on the caller's thread, the caller's own request being the one let through.
     *
     * @param sessionId the session of the administrator running it (kept after), or null
     * @throws MaintenanceRefusedException when another maintenance is under way or work in flight did not finish in time
     */
    public <T> T run(String what, String by, String sessionId, Supplier<T> work) {
        State s = new State(what, by, clock.instant(), sessionId);
        if (!state.compareAndSet(null, s)) throw new MaintenanceRefusedException("maintenance.refused.underWay", "a maintenance is under way already: " + state.get().what(), state.get().what());
        refused.set(0);
        boolean inRequest = MaintenanceFilter.inRequest();
        int own = inRequest ? 1 : 0;
        long deadline = System.nanoTime() + drainTimeout.toNanos();
        try {
            while (running.get() > own) {
                if (System.nanoTime() > deadline) {
                    int still = running.get() - own;
                    throw new MaintenanceRefusedException("maintenance.refused.stillRunning", still + " requests or jobs were still running after "
                            + drainTimeout.toSeconds() + " s (an import, an evaluation, a report): nothing was done; try again when they are finished",
                            still, drainTimeout.toSeconds());
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new MaintenanceRefusedException("maintenance.refused.interrupted", "interrupted while waiting for running work: nothing was done");
                }
            }
            LOG.warn("maintenance: {} by {}; other requests are answered 503", what, by);
            T result = work.get();
            endedAt.set(clock.instant());
            keptSession.set(sessionId);
            return result;
        } finally {
            state.set(null);
            LOG.warn("maintenance over: {} ({} requests refused meanwhile)", what, refused.get());
        }
    }

    /**
     * Runs background work unless a maintenance is under way (then it is skipped and false returned); a maintenance
     * that begins meanwhile waits for it.
     */
    public boolean background(String what, Runnable work) {
        running.incrementAndGet();
        try {
            if (state.get() != null) {
                LOG.info("{} skipped: maintenance under way", what);
                return false;
            }
            work.run();
            return true;
        } finally {
            running.decrementAndGet();
        }
    }

    /** A request enters: false (answer 503) during maintenance. */
    boolean enter() {
        running.incrementAndGet();
        if (state.get() != null) {
            running.decrementAndGet();
            refused.incrementAndGet();
            return false;
        }
        return true;
    }

    void leave() {
        running.decrementAndGet();
    }

    /** Whether a session made at {@code createdAt} (ms) predates the last maintenance and must end now. */
    boolean endsSession(String id, long createdAt) {
        Instant ended = endedAt.get();
        return ended != null && createdAt < ended.toEpochMilli() && !id.equals(keptSession.get());
    }

    /**
     * Refused (409, nothing done): another maintenance under way, or work that did not finish in time; shown and
     * audited in the reader's language (its message key, {@code maintenance.refused.*}).
     */
    public static final class MaintenanceRefusedException extends Conflict {
        MaintenanceRefusedException(String key, String english, Object... args) {
            super(english, key, args);
        }
    }
}
