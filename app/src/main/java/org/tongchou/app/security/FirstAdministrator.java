package org.tongchou.app.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongchou.app.web.FieldProblem;
import org.tongchou.app.web.StoredMessages;

/**
 * The first administrator of a real installation, made without any default or demo password: on the
 * server's command line ({@code ./tongchou users create-admin NAME}, the password typed without echo
 * or read from a file), or on the page {@code /setup} with a one-time setup code that a start prints on
 * the console while no administrator exists. A code is 20 random characters (100 bits), stored as its
 * SHA-256, works once, expires after {@code tongchou.setup.code-validity} (default 24 h) and is closed
 * as soon as any administrator exists; each start without an administrator prints a new one.
 * Everything is audited.
 */
@Service
class FirstAdministrator {
    /** Letters and digits without look-alikes (no 0/O, 1/I/L). */
    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserService users;
    private final SetupTokenRepository codes;
    private final Installation installation;
    private final AuditService audit;
    private final SignInThrottle throttle;
    private final Clock clock;
    private final Duration validity;
    private final TransactionTemplate transactions;

    FirstAdministrator(UserService users, SetupTokenRepository codes, Installation installation, AuditService audit,
            SignInThrottle throttle, Clock clock, @Value("${tongchou.setup.code-validity:24h}") Duration validity,
            PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.users = users;
        this.codes = codes;
        this.installation = installation;
        this.audit = audit;
        this.throttle = throttle;
        this.clock = clock;
        this.validity = validity;
    }

    /** A setup code just issued, and until when it works. */
    record Code(String code, Instant expiresAt) {
    }

    /**
     * A new setup code if this installation needs one (no enabled administrator, no demo); earlier
     * codes are closed.
     */
    @Transactional
    Optional<Code> issueIfNeeded() {
        if (users.hasAdministrator() || installation.isDemo()) return Optional.empty();
        Instant now = clock.instant();
        codes.closeAll(now, "(replaced)");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 4 == 0) b.append('-');
            b.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        String code = b.toString();
        Instant expires = now.plus(validity);
        codes.insert(ApiTokens.hash(normalise(code)), now, expires);
        audit.change("setup", "ISSUE_SETUP_CODE", "installation", null, StoredMessages.of("audit.text.validUntil", expires));
        return Optional.of(new Code(code, expires));
    }

    /** Whether the setup page accepts a code now. */
    boolean isOpen() {
        return !users.hasAdministrator() && codes.anyOpen(clock.instant());
    }

    /**
     * Creates the first administrator with a setup code from the page; the code is used up.
     *
     * @throws InvalidUserException listing every problem (a wrong, used or expired code among them)
     * @throws SetupRefusedException when the client's address must wait after failed attempts
     */
    AppUser createWithCode(String code, NewAdmin admin, String address) {
        Optional<SignInThrottle.Refusal> waiting = throttle.refusedFrom(address);
        if (waiting.isPresent()) throw new SetupRefusedException(waiting.get());
        Instant now = clock.instant();
        String hash = code == null ? "" : ApiTokens.hash(normalise(code));
        if (users.hasAdministrator() || !codes.isOpen(hash, now)) {
            // a failure counts against the address, as a wrong password does (committed on its own)
            throttle.failedFrom(address);
            audit.signIn("(setup code)", false, "INVALID_SETUP_CODE", address);
            throw new InvalidUserException(List.of(new FieldProblem("code", "(hidden)",
                    "not a valid setup code: wrong, used or expired, or an administrator exists already")));
        }
        if (admin.password() == null || !admin.password().equals(admin.passwordAgain())) {
            throw new InvalidUserException(List.of(new FieldProblem("passwordAgain", "(hidden)", "the two passwords differ")));
        }
        // the code is used up only together with the creation: a refused username or password leaves it usable
        return transactions.execute(status -> {
            if (!codes.use(hash, now, admin.username())) {
                throw new InvalidUserException(List.of(new FieldProblem("code", "(hidden)", "the setup code was just used")));
            }
            AppUser created = users.create(new NewUser(admin.username(), admin.displayName(), admin.password(),
                    Role.ADMIN, null), "setup");
            codes.closeAll(now, "(administrator exists)");
            audit.change("setup", "SETUP_ADMIN", created.username(), null, StoredMessages.of("audit.text.firstAdministrator", address));
            return created;
        });
    }

    /** Creates an administrator on the server's command line; closes any open setup code. */
    @Transactional
    AppUser createFromCommandLine(String username, String displayName, String password) {
        AppUser created = users.create(new NewUser(username, displayName, password, Role.ADMIN, null), "command line");
        codes.closeAll(clock.instant(), "(administrator exists)");
        return created;
    }

    /** What the setup page sends for the new administrator. */
    record NewAdmin(String username, String displayName, String password, String passwordAgain) {
    }

    /** Codes are typed by people: case, spaces and dashes do not matter. */
    private static String normalise(String code) {
        return code.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}
