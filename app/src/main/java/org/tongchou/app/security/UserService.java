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

/**
 * Users, roles and unit scopes. Every change is audited with the acting user and the old and new
 * value; passwords are only ever stored as adaptive hashes and never audited.
 */
@Service
public class UserService {
    /** Minimum password length; long passphrases are better than complex short ones (NIST SP 800-63B). */
    public static final int MIN_PASSWORD_LENGTH = 8;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final UserRepository users;
    private final AuditService audit;
    private final PasswordEncoder encoder;
    private final ScopeService scopes;
    private final Clock clock = Clock.systemUTC();

    UserService(UserRepository users, AuditService audit, PasswordEncoder encoder, ScopeService scopes) {
        this.users = users;
        this.audit = audit;
        this.encoder = encoder;
        this.scopes = scopes;
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
     * most of the demo's account creation). For demo accounts only: elsewhere every password gets its
     * own salt, so that equal passwords do not show as equal hashes.
     */
    @Transactional
    public void createDemoAccounts(List<NewUser> accounts, String password, String actor) {
        String hash = encoder.encode(password);
        for (NewUser u : accounts) {
            if (!password.equals(u.password())) throw new IllegalArgumentException("demo account " + u.username() + " without the demo password");
            create(u, actor, () -> hash);
        }
    }

    /** {@code passwordHash} is asked for only once the request is valid (hashing is slow on purpose). */
    private AppUser create(NewUser u, String actor, java.util.function.Supplier<String> passwordHash) {
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
        checkPassword(u.password(), problems);
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

    /** Sets a new password (an administrator's reset); the audit records that it happened, not the value. */
    @Transactional
    public void resetPassword(String username, String newPassword, String actor) {
        get(username);
        List<FieldProblem> problems = new ArrayList<>();
        checkPassword(newPassword, problems);
        if (!problems.isEmpty()) throw new InvalidUserException(problems);
        users.updatePassword(username, encoder.encode(newPassword));
        audit.change(actor, "RESET_PASSWORD", username, null, null);
    }

    @Transactional
    public AppUser setEnabled(String username, boolean enabled, String actor) {
        AppUser before = get(username);
        users.updateEnabled(username, enabled);
        audit.change(actor, enabled ? "ENABLE_USER" : "DISABLE_USER", username, String.valueOf(before.enabled()),
                String.valueOf(enabled));
        return get(username);
    }

    private static void checkPassword(String password, List<FieldProblem> problems) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > 128) {
            // never echo a password back
            problems.add(new FieldProblem("password", "(hidden)",
                    "between " + MIN_PASSWORD_LENGTH + " and 128 characters"));
        }
    }

    private String checkRoleAndScope(Role role, String scopeUnit, List<FieldProblem> problems) {
        String scope = scopeUnit == null || scopeUnit.isBlank() ? null : scopeUnit.strip();
        if (role == null) {
            problems.add(new FieldProblem("role", null, "required: one of ADMIN, ANALYST, REPORTER, LEADER"));
            return scope;
        }
        if (role.isScoped() && scope == null) {
            problems.add(new FieldProblem("scopeUnit", null, "a reporter must be scoped to a township-level unit"));
        } else if (!role.isScoped() && scope != null) {
            problems.add(new FieldProblem("scopeUnit", scope, "only reporters are scoped to a unit"));
        } else if (scope != null) {
            scopes.scopeUnitProblem(scope).ifPresent(m -> problems.add(new FieldProblem("scopeUnit", scope, m)));
        }
        return scope;
    }

    private static String describe(Role role, String scope) {
        return scope == null ? role.name() : role.name() + "@" + scope;
    }
}
