package org.tongchou.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.tongchou.app.web.StoredMessages;

/**
 * Slows password guessing, per account and per client address (OWASP ASVS 2.2.1). Each attempt is
 * counted as a failure <em>before</em> the password is checked, in one conditional update per counter,
 * so that parallel guesses cannot slip through together; a success then takes it back. An attempt
 * made before the delay earned by earlier failures is over is refused without checking the password
 * (answered 429 with {@code Retry-After}: no server thread waits), and so is every attempt on a
 * locked account, even with the right password. Accounts are named as typed, whether or not they
 * exist, so that the answers tell nothing about which accounts exist. The counters are rows of the
 * database: a restart forgets nothing, and several application instances share them. Settings:
 * {@link ThrottleSettings}.
 */
@Service
class SignInThrottle {
    enum Kind { ACCOUNT, ADDRESS }

    /** Why an attempt is refused and for how long; {@code locked}: the account is locked. */
    record Refusal(Duration retryAfter, boolean locked) {
        /** Whole seconds, at least 1, as {@code Retry-After} says them. */
        long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    private static final Duration CLEANUP_EVERY = Duration.ofMinutes(10);
    private final ThrottleRepository repository;
    private final ThrottleSettings settings;
    private final AuditService audit;
    private final Clock clock;
    private volatile Instant lastCleanup = Instant.EPOCH;

    SignInThrottle(ThrottleRepository repository, ThrottleSettings settings, AuditService audit, Clock clock) {
        this.repository = repository;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Counts a sign-in attempt on {@code username} from {@code address}, or refuses it. The caller
     * reports a success with {@link #succeeded}.
     */
    Optional<Refusal> attempt(String username, String address) {
        Instant now = clock.instant();
        cleanup(now);
        String account = accountKey(username);
        Optional<Refusal> refused = check(Kind.ACCOUNT, account, now).or(() -> check(Kind.ADDRESS, address, now));
        if (refused.isPresent()) return refused;
        if (!count(Kind.ACCOUNT, account, now)) return Optional.of(new Refusal(Duration.ofSeconds(1), false));
        if (!count(Kind.ADDRESS, address, now)) {
            repository.forgiveOne(Kind.ACCOUNT, account);
            return Optional.of(new Refusal(Duration.ofSeconds(1), false));
        }
        return Optional.empty();
    }

    /**
     * A credential that names no account (an API token, a setup token) failed from {@code address}:
     * refuses the address if it must wait, else counts the failure. Such credentials are random
     * secrets nobody can guess, so only failures are counted and a valid one costs nothing here.
     */
    Optional<Refusal> failedFrom(String address) {
        Instant now = clock.instant();
        cleanup(now);
        Optional<Refusal> refused = check(Kind.ADDRESS, address, now);
        if (refused.isPresent()) return refused;
        count(Kind.ADDRESS, address, now);
        return Optional.empty();
    }

    /** Whether {@code address} must wait before its next attempt, and how long. */
    Optional<Refusal> refusedFrom(String address) {
        return check(Kind.ADDRESS, address, clock.instant());
    }

    /** The attempt counted by {@link #attempt} succeeded: the account starts afresh, the address gets its failure back. */
    void succeeded(String username, String address) {
        repository.delete(Kind.ACCOUNT, accountKey(username));
        repository.forgiveOne(Kind.ADDRESS, address);
    }

    /** Until when an account is locked, if it is. */
    Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return repository.find(Kind.ACCOUNT, accountKey(username)).map(ThrottleRepository.Row::lockedUntil)
                .filter(u -> u.isAfter(now));
    }

    /** The accounts locked now, with the time each unlocks by itself. */
    List<ThrottleRepository.Row> locked() {
        return repository.lockedAccounts(clock.instant());
    }

    /** An administrator unlocks an account (audited); false if it was not locked. */
    boolean unlock(String username, String actor) {
        Optional<Instant> until = lockedUntil(username);
        repository.delete(Kind.ACCOUNT, accountKey(username));
        if (until.isEmpty()) return false;
        audit.change(actor, "UNLOCK_USER", accountKey(username), StoredMessages.of("audit.text.lockedUntil", until.get()), "unlocked");
        return true;
    }

    private Optional<Refusal> check(Kind kind, String subject, Instant now) {
        Optional<ThrottleRepository.Row> row = repository.find(kind, subject).filter(r -> !isOver(r, now));
        if (row.isEmpty()) return Optional.empty();
        ThrottleRepository.Row r = row.get();
        if (r.lockedUntil() != null && r.lockedUntil().isAfter(now)) {
            return Optional.of(new Refusal(Duration.between(now, r.lockedUntil()), true));
        }
        if (r.nextAttemptAt().isAfter(now)) return Optional.of(new Refusal(Duration.between(now, r.nextAttemptAt()), false));
        return Optional.empty();
    }

    /**
     * Counts one failure in advance; false when a parallel attempt changed the counter first. A lock
     * that has run out, or failures older than {@code forget-after}, start the count afresh.
     */
    private boolean count(Kind kind, String subject, Instant now) {
        Optional<ThrottleRepository.Row> row = repository.find(kind, subject);
        int before = row.filter(r -> !isOver(r, now)).map(ThrottleRepository.Row::failures).orElse(0);
        int failures = before + 1;
        Instant lockedUntil = kind == Kind.ACCOUNT && failures >= settings.lockAfter()
                ? now.plus(settings.lockDuration()) : null;
        ThrottleRepository.Row next = new ThrottleRepository.Row(kind, subject, failures, now,
                now.plus(settings.delayAfter(kind, failures)), lockedUntil);
        if (row.isEmpty()) return repository.insert(next);
        return repository.replace(next, row.get().failures());
    }

    /** A row that no longer counts: its lock ran out, or its last failure is long past. */
    private boolean isOver(ThrottleRepository.Row r, Instant now) {
        if (r.lockedUntil() != null) return !r.lockedUntil().isAfter(now);
        return r.lastFailureAt().plus(settings.forgetAfter()).isBefore(now);
    }

    private void cleanup(Instant now) {
        if (lastCleanup.plus(CLEANUP_EVERY).isAfter(now)) return;
        lastCleanup = now;
        repository.forget(now.minus(settings.forgetAfter()), now);
    }

    /** Accounts are counted by name as typed, in lower case (usernames are lower case). */
    static String accountKey(String username) {
        String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return u.length() > 200 ? u.substring(0, 200) : u;
    }
}
