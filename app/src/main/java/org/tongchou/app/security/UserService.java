package org.tongchou.app.security;

import org.tongchou.app.web.FieldProblem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongchou.app.web.StoredMessages;

/**
 * Users, roles and unit scopes. Every change is audited with the acting user and the old and new
 * value; passwords are only ever stored as adaptive hashes and never audited. A change of role, scope
 * or status applies to the user's open sessions on their next request; a password reset and disabling
 * end them ({@code SessionRightsFilter}), and a password reset also revokes the user's API tokens.
 */
@Service
public class UserService {
    /** Minimum password length; long passphrases are better than complex short ones (NIST SP 800-63B). */
    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final UserRepository users;
    private final AuditService audit;
    private final PasswordEncoder encoder;
    private final ScopeService scopes;
    private final Installation installation;
    private final ApiTokenRepository tokens;
    private final Clock clock;

    UserService(UserRepository users, AuditService audit, PasswordEncoder encoder, ScopeService scopes,
            Installation installation, ApiTokenRepository tokens, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.encoder = encoder;
        this.scopes = scopes;
        this.installation = installation;
        this.tokens = tokens;
        this.clock = clock;
    }

    public List<AppUser> list() {
        return users.all();
    }

    public Optional<AppUser> find(String username) {
        return users.find(username);
    }

    public AppUser get(String username) {
        return users.find(username).orElseThrow(() -> new UnknownUserException(username));
    }

    public boolean exists(String username) {
        return users.find(username).isPresent();
    }

    /** Creates a user; every problem with the request is reported at once. */
    @Transactional
    public AppUser create(NewUser u, String actor) {
        return create(u, actor, () -> encoder.encode(u.password()));
    }

    /**
     * Creates the demo accounts, which all have the one public demo password: it is hashed once and the
     * hash shared, since a password hash costs about 0.1 s of CPU on purpose (per account, that was
     * most of the demo's account creation). For demo accounts on a demo installation only, which is
     * also why the password policy does not apply to them: elsewhere every password gets its own salt,
     * so that equal passwords do not show as equal hashes.
     */
    @Transactional
    public void createDemoAccounts(List<NewUser> accounts, String password, String actor) {
        if (!installation.isDemo()) throw new IllegalStateException("demo accounts exist only on a demo installation");
        String hash = encoder.encode(password);
        for (NewUser u : accounts) {
            if (!password.equals(u.password())) throw new IllegalArgumentException("demo account " + u.username() + " without the demo password");
            create(u, actor, () -> hash, false);
        }
    }

    private AppUser create(NewUser u, String actor, java.util.function.Supplier<String> passwordHash) {
        return create(u, actor, passwordHash, true);
    }

    /** {@code passwordHash} is asked for only once the request is valid (hashing is slow on purpose). */
    private AppUser create(NewUser u, String actor, java.util.function.Supplier<String> passwordHash,
            boolean checkPassword) {
        List<FieldProblem> problems = new ArrayList<>();
        if (u.username() == null || !USERNAME.matcher(u.username()).matches()) {
            problems.add(new FieldProblem("username", u.username(),
                    "2-64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit"));
        } else if (users.find(u.username()).isPresent()) {
            problems.add(new FieldProblem("username", u.username(), "a user with this name already exists"));
        }
        if (u.displayName() == null || u.displayName().isBlank() || u.displayName().length() > 200) {
            problems.add(new FieldProblem("displayName", u.displayName(), "required, at most 200 characters"));
        }
        if (checkPassword) checkPassword(u.password(), u.username(), problems);
        String scope = checkRoleAndScope(u.role(), u.scopeUnit(), problems);
        if (!problems.isEmpty()) throw new InvalidUserException(problems);
        users.insert(u.username(), u.displayName().strip(), passwordHash.get(), u.role(), scope,
                clock.instant());
        audit.change(actor, "CREATE_USER", u.username(), null, describe(u.role(), scope));
        return get(u.username());
    }

    /** Changes a user's role and scope. */
    @Transactional
    public AppUser changeRole(String username, Role role, String scopeUnit, String actor) {
        AppUser before = get(username);
        List<FieldProblem> problems = new ArrayList<>();
        String scope = checkRoleAndScope(role, scopeUnit, problems);
        if (!problems.isEmpty()) throw new InvalidUserException(problems);
        users.updateRole(username, role, scope);
        audit.change(actor, "CHANGE_ROLE", username, describe(before.role(), before.scopeUnit()), describe(role, scope));
        return get(username);
    }

    /**
     * Sets a new password (an administrator's reset): the user's sessions end and their API tokens are
     * revoked. The audit records that it happened, not the value.
     */
    @Transactional
    public void resetPassword(String username, String newPassword, String actor) {
        AppUser user = get(username);
        List<FieldProblem> problems = new ArrayList<>();
        checkPassword(newPassword, username, problems);
        if (!problems.isEmpty()) throw new InvalidUserException(problems);
        users.updatePassword(username, encoder.encode(newPassword));
        int revoked = tokens.revokeAllOf(user.id(), actor, clock.instant());
        audit.change(actor, "RESET_PASSWORD", username, null, StoredMessages.of("audit.text.passwordReset", revoked));
    }

    /**
     * A user changes their own password, giving the current one: their other sessions end (the one
     * making the change signs in again); their API tokens stay. Every problem is reported at once.
     */
    @Transactional
    public void changeOwnPassword(String username, String current, String newPassword) {
        String hash = users.credentials(username).orElseThrow(() -> new UnknownUserException(username)).passwordHash();
        List<FieldProblem> problems = new ArrayList<>();
        if (current == null || !encoder.matches(current, hash)) {
            problems.add(new FieldProblem("currentPassword", "(hidden)", "not the current password"));
        }
        checkPassword(newPassword, username, problems);
        if (newPassword != null && newPassword.equals(current)) {
            problems.add(new FieldProblem("password", "(hidden)", "the same as the current password"));
        }
        if (!problems.isEmpty()) throw new InvalidUserException(problems);
        users.updatePassword(username, encoder.encode(newPassword));
        audit.change(username, "CHANGE_OWN_PASSWORD", username, null, StoredMessages.of("audit.text.sessionsEnded"));
    }

    @Transactional
    public AppUser setEnabled(String username, boolean enabled, String actor) {
        AppUser before = get(username);
        users.updateEnabled(username, enabled);
        audit.change(actor, enabled ? "ENABLE_USER" : "DISABLE_USER", username, String.valueOf(before.enabled()),
                String.valueOf(enabled));
        return get(username);
    }

    /** Never echoes a password back. */
    private static void checkPassword(String password, String username, List<FieldProblem> problems) {
        PasswordPolicy.fieldProblem("password", password, username).ifPresent(problems::add);
    }

    /** Whether an enabled administrator exists (the first one is made by the command line or the setup page). */
    public boolean hasAdministrator() {
        return users.countEnabledAdmins() > 0;
    }

    private String checkRoleAndScope(Role role, String scopeUnit, List<FieldProblem> problems) {
        String scope = scopeUnit == null || scopeUnit.isBlank() ? null : scopeUnit.strip();
        if (role == null) {
            problems.add(new FieldProblem("role", null, "required: one of ADMIN, ANALYST, REPORTER, LEADER"));
            return scope;
        }
        if (role.isScoped() && scope == null) {
            problems.add(new FieldProblem("scopeUnit", null, "a reporter must be scoped to a township-level unit"));
        } else if (!role.mayBeScoped() && scope != null) {
            problems.add(new FieldProblem("scopeUnit", scope, "only reporters and leaders are scoped to a unit"));
        } else if (scope != null) {
            scopes.scopeUnitProblem(role, scope).ifPresent(m -> problems.add(new FieldProblem("scopeUnit", scope, m)));
        }
        return scope;
    }

    private static String describe(Role role, String scope) {
        return scope == null ? role.name() : role.name() + "@" + scope;
    }
}
