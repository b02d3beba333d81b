package org.tongchou.app.evaluation;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tongchou.app.security.AppUser;
import org.tongchou.app.security.Role;
import org.tongchou.app.security.ScopeService;

/**
 * Who may see and do what with evaluations, decided on the server for every request: analysts and
 * administrators keep plans, run, publish and see unpublished runs; leaders and town reporters see
 * published runs only.
 */
@Component
public class ResultAccess {
    private final ScopeService scopes;

    ResultAccess(ScopeService scopes) {
        this.scopes = scopes;
    }

    public boolean seesUnpublished() {
        return scopes.currentUser().map(u -> u.role() == Role.ANALYST || u.role() == Role.ADMIN).orElse(false);
    }

    /** @throws AccessDeniedException (answered 403) unless the user is an analyst or administrator */
    public String requireAnalyst() {
        AppUser u = scopes.currentUser().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (u.role() != Role.ANALYST && u.role() != Role.ADMIN) {
            throw new AccessDeniedException("user '" + u.username() + "' (" + u.role() + ") may not change evaluations");
        }
        return u.username();
    }
}
