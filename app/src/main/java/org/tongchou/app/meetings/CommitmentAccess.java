package org.tongchou.app.meetings;

import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tongchou.app.security.AppUser;
import org.tongchou.app.security.Role;
import org.tongchou.app.security.ScopeService;
import org.tongchou.app.web.NotFound;

/**
 * Who may read and change meetings and commitments, decided on the server for every request (the
 * table in docs/meetings.md, "Access"):
 * <ul>
 * <li>meetings: everyone signed in reads them, a leader of an area (a province, a prefecture ...) only those of its
 * area: hosted by a unit within it or holding a published commitment of one of its towns ({@link #area()});
 * analysts and administrators record and change them;</li>
 * <li>commitments: analysts and administrators read, write, verify and send back all; leaders read
 * published ones (a leader of an area: of its own towns); a town reporter reads published ones and their own town's drafts, and reports
 * progress on and declares done their own town's published ones only.</li>
 * </ul>
 * A commitment another town's reporter may not read is answered 404 (its existence is not revealed);
 * one they may read but not change, 403.
 */
@Component
class CommitmentAccess {
    private final ScopeService scopes;

    CommitmentAccess(ScopeService scopes) {
        this.scopes = scopes;
    }

    AppUser user() {
        return scopes.currentUser().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    boolean analyst() {
        Role r = user().role();
        return r == Role.ANALYST || r == Role.ADMIN;
    }

    String requireAnalyst() {
        AppUser u = user();
        if (!analyst()) throw new AccessDeniedException("user '" + u.username() + "' (" + u.role() + ") may not record or review meetings and commitments");
        return u.username();
    }

    boolean canRead(Commitment c) {
        AppUser u = user();
        return switch (u.role()) {
            case ADMIN, ANALYST -> true;
            case LEADER -> c.published() && scopes.canRead(u, c.townCode()); // a leader of an area: its own towns'
            case REPORTER -> c.published() || scopes.canRead(u, c.townCode());
        };
    }

    /** Whether the user may report progress on it and declare it done. */
    boolean canReport(Commitment c) {
        AppUser u = user();
        return switch (u.role()) {
            case ADMIN, ANALYST -> true;
            case LEADER -> false;
            case REPORTER -> c.published() && scopes.canWrite(u, c.townCode());
        };
    }

    /** @throws NotFound 404 unless the user may read it */
    Commitment requireRead(Commitment c) {
        if (!canRead(c)) throw new NotFound("no commitment " + c.id());
        return c;
    }

    Commitment requireReport(Commitment c) {
        requireRead(c);
        if (!canReport(c)) {
            AppUser u = user();
            throw new AccessDeniedException("user '" + u.username() + "' (" + u.role() + ") may not report on commitment " + c.id()
                    + (c.published() ? " of " + c.townCode() : " (not published yet)"));
        }
        return c;
    }

    /**
     * The codes of the area the user is held to (a leader of an area: its unit and every unit within it, valid today),
     * or null for users who are not held to an area.
     */
    Set<String> area() {
        return scopes.areaCodes(user()).orElse(null);
    }

    /**
     * The filter narrowed to the published commitments the user may read (the dashboard's alerts): every published
     * one, but a leader of an area only those of its own towns.
     */
    CommitmentFilter published(CommitmentFilter f) {
        return f.visibility(true, null).within(area());
    }

    /** The filter narrowed to what the user may read. */
    CommitmentFilter filter(CommitmentFilter f) {
        AppUser u = user();
        return switch (u.role()) {
            case ADMIN, ANALYST -> f;
            case LEADER -> published(f);
            case REPORTER -> f.visibility(false, u.scopeUnit());
        };
    }
}
