package org.tongchou.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongchou.app.web.FieldProblem;
import org.tongchou.app.web.StoredMessages;

/**
 * API tokens, the credentials of scripts and other API clients ({@code Authorization: Bearer tc_…}).
 * A token is 32 random bytes; only its SHA-256 is stored (a secret of 256 random bits needs no slow
 * hash: nobody can guess it, and the hash of a leaked table gives no token back). It acts as its user
 * with the user's role and unit scope <em>as they are at each call</em> (a demoted user's tokens are
 * demoted too; a disabled user's tokens stop working), optionally read-only, until it expires (at most
 * {@value #MAX_DAYS} days) or is revoked. A password reset revokes the user's tokens. Creation and
 * revocation are audited; the last use is recorded (to the minute).
 */
@Service
class ApiTokens {
    static final String PREFIX = "tc_";
    static final int MAX_DAYS = 365;
    static final int DEFAULT_DAYS = 90;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final AuditService audit;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, UserRepository users, AuditService audit, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** A token just created: {@code secret} is shown once and never again. */
    record Created(String secret, ApiToken token) {
    }

    /** A token presented with a request, valid now, with its user as stored now. */
    record Valid(ApiToken token, SignedInUser user) {
    }

    /**
     * Creates a token for {@code owner}; {@code days} until it expires (null: {@value #DEFAULT_DAYS}).
     *
     * @throws InvalidUserException listing every problem
     */
    @Transactional
    Created create(String owner, String name, boolean readOnly, Integer days, String actor) {
        List<FieldProblem> problems = new ArrayList<>();
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 100) problems.add(new FieldProblem("name", name, "required, at most 100 characters"));
        int d = days == null ? DEFAULT_DAYS : days;
        if (d < 1 || d > MAX_DAYS) {
            problems.add(new FieldProblem("expiresInDays", String.valueOf(days), "between 1 and " + MAX_DAYS + " days"));
        }
        AppUser user = users.find(owner).orElseThrow(() -> new UnknownUserException(owner));
        if (!problems.isEmpty()) throw new InvalidUserException(problems);
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofDays(d));
        long id = tokens.insert(user.id(), n, hash(secret), secret.substring(0, 10), readOnly, now, actor, expires);
        audit.change(actor, "CREATE_API_TOKEN", owner, null, describe(n, id, readOnly, expires));
        return new Created(secret, tokens.find(id).orElseThrow());
    }

    /** The tokens of a user, newest first (revoked and expired ones too, as a record). */
    List<ApiToken> of(String username) {
        AppUser user = users.find(username).orElseThrow(() -> new UnknownUserException(username));
        return tokens.of(user.id());
    }

    /**
     * Revokes a token of {@code owner} (audited).
     *
     * @throws UnknownTokenException if {@code owner} has no token {@code id}
     */
    @Transactional
    ApiToken revoke(String owner, long id, String actor) {
        ApiToken t = tokens.find(id).filter(x -> x.username().equals(owner)).orElseThrow(() -> new UnknownTokenException(owner, id));
        if (tokens.revoke(id, actor, clock.instant())) {
            audit.change(actor, "REVOKE_API_TOKEN", owner, describe(t.name(), id, t.readOnly(), t.expiresAt()), "revoked");
        }
        return tokens.find(id).orElseThrow();
    }

    /** The token and its user if {@code secret} is a token valid now and its user is enabled; records the use. */
    Optional<Valid> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) return Optional.empty();
        Instant now = clock.instant();
        Optional<ApiTokenRepository.Found> found = tokens.byHash(hash(secret)).filter(f -> f.token().activeAt(now));
        if (found.isEmpty()) return Optional.empty();
        Optional<UserRepository.UserState> user = users.state(found.get().userId()).filter(u -> u.user().enabled());
        if (user.isEmpty()) return Optional.empty();
        tokens.used(found.get().token().id(), now);
        return Optional.of(new Valid(found.get().token(), new SignedInUser(user.get().user(), null, user.get().version())));
    }

    private static String describe(String name, long id, boolean readOnly, Instant expires) {
        return StoredMessages.of(readOnly ? "audit.text.tokenReadOnly" : "audit.text.token", id, name, expires);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
