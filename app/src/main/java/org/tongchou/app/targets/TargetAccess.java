package org.tongchou.app.targets;

import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tongchou.app.security.AppUser;
import org.tongchou.app.security.Role;
import org.tongchou.app.security.ScopeService;

/**
 * Who may do what with targets, decided on the server for every request (docs/targets.md, "Access"):
 * analysts and administrators see and change every unit's targets and approve or reject proposals;
 * leaders read everything; a town reporter reads and proposes the targets of their own town only.
 */
@Component
class TargetAccess {
    private final ScopeService scopes;

    TargetAccess(ScopeService scopes) {
        this.scopes = scopes;
    }

    AppUser user() {
        return scopes.currentUser().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    boolean analyst() {
        Role r = user().role();
        return r == Role.ANALYST || r == Role.ADMIN;
    }

    /** @throws AccessDeniedException (403) unless an analyst or administrator */
    String requireAnalyst() {
        AppUser u = user();
        if (!analyst()) throw new AccessDeniedException("user '" + u.username() + "' (" + u.role() + ") may not approve or generate targets");
        return u.username();
    }

    /** The only unit a reporter sees, or null for roles that see every unit. */
    String onlyUnit() {
        AppUser u = user();
        return u.role() == Role.REPORTER ? u.scopeUnit() : null;
    }

    /**
     * The codes of the units whose targets, proposals and progress the user's lists show: a reporter's town, a
     * scoped leader's area and the units within it ({@code ScopeService.areaCodes}); null for those who see every unit.
     */
    Set<String> visibleUnits() {
        AppUser u = user();
        if (u.role() == Role.REPORTER) return Set.of(u.scopeUnit());
        return scopes.areaCodes(u).orElse(null);
    }

    void requireRead(String unitCode) {
        scopes.requireRead(unitCode);
    }

    void requireWrite(String unitCode) {
        scopes.requireWrite(unitCode);
    }
}
