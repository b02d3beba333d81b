package org.tongchou.app.evaluation;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
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

    /**
     * What the caller of the current request sees of stored results ({@link EvaluationResults} applies
     * it to every read): analysts and administrators everything, leaders every published run (a leader scoped to
     * an area: the plans and units of its area only), a town
     * reporter published runs with only the towns of its scope in detail, any other authenticated caller
     * the published ranking only. Without any authentication in the thread (the command line, start-up,
     * scheduled work of the server itself; every web request carries one, anonymous at least) everything.
     */
    public ResultScope scope() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a == null) return ResultScope.EVERYTHING;
        return scopes.currentUser().map(u -> switch (u.role()) {
            case ADMIN, ANALYST -> ResultScope.EVERYTHING;
            case LEADER -> ResultScope.area(scopes.area(u));
            case REPORTER -> ResultScope.ownUnit(u.scopeUnit());
        }).orElse(ResultScope.RANKING_ONLY);
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
