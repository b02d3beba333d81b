package org.tongchou.app.security;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Answers whether a user may read or write an administrative unit, identified by its 12-digit
 * statistical division code. The rules:
 * <ul>
 * <li>ADMIN and ANALYST read and write every unit;</li>
 * <li>LEADER writes none; an unscoped leader reads every unit, a leader scoped to an area (a province, a
 * prefecture, a county ...) reads the area and the units within it, nothing else;</li>
 * <li>REPORTER reads and writes its scope unit and the units within it (its villages), nothing else.</li>
 * </ul>
 * Which evaluation plans and results a scoped leader sees follows the same rule ({@link #seesPlanArea},
 * applied by the evaluation's result read to every run it gives out).
 * Controllers call {@link #requireRead(String)} / {@link #requireWrite(String)}; handlers with a
 * {@code {unitCode}} path variable are checked automatically by {@code UnitScopeInterceptor}.
 */
@Service
public class ScopeService {
    private final UnitHierarchy units;
    private final Clock clock;

    /** {@code clock}: China Standard Time, a unit's validity changes at midnight in Beijing. */
    ScopeService(UnitHierarchy units, Clock clock) {
        this.units = units;
        this.clock = clock;
    }

    public boolean canRead(AppUser user, String unitCode) {
        return switch (user.role()) {
            case ADMIN, ANALYST -> true;
            case LEADER -> user.scopeUnit() == null || isWithin(unitCode, user.scopeUnit());
            case REPORTER -> isWithin(unitCode, user.scopeUnit());
        };
    }

    /**
     * Whether a reader whose area is {@code area} (a scoped leader's unit; null = no area, everything) sees a plan
     * over {@code planArea}: a plan whose area lies within the reader's or equals it, or a plan whose area contains
     * the reader's (a national or provincial plan, of which the reader sees only the units within its own area).
     * {@code planArea} may be {@code EvaluationPlan.COUNTRY} (000000000000, no unit): it contains every area.
     */
    public boolean seesPlanArea(String area, String planArea) {
        if (area == null) return true;
        if (planArea == null) return false;
        if (COUNTRY.equals(planArea)) return true;
        return isWithin(planArea, area) || isWithin(area, planArea);
    }

    /** The area code of the whole country (no unit has it): evaluation's {@code EvaluationPlan.COUNTRY}. */
    private static final String COUNTRY = "000000000000";

    public boolean canWrite(AppUser user, String unitCode) {
        return switch (user.role()) {
            case ADMIN, ANALYST -> true;
            case LEADER -> false;
            case REPORTER -> isWithin(unitCode, user.scopeUnit());
        };
    }

    /** Throws {@link OutOfScopeException} (answered 403) unless the signed-in user may read the unit. */
    public void requireRead(String unitCode) {
        AppUser u = requireUser();
        if (!canRead(u, unitCode)) throw new OutOfScopeException(u.username(), unitCode, false);
    }

    /** Throws {@link OutOfScopeException} (answered 403) unless the signed-in user may change the unit. */
    public void requireWrite(String unitCode) {
        AppUser u = requireUser();
        if (!canWrite(u, unitCode)) throw new OutOfScopeException(u.username(), unitCode, true);
    }

    /** The signed-in user of the current request, if any. */
    public Optional<AppUser> currentUser() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a != null && a.getPrincipal() instanceof SignedInUser s) return Optional.of(s.user());
        return Optional.empty();
    }

    private AppUser requireUser() {
        return currentUser().orElseThrow(() -> new OutOfScopeException("(anonymous)", "-", false));
    }

    /**
     * Whether {@code unitCode} is {@code scopeUnit} or lies within it, as valid today: what a reporter
     * scoped to {@code scopeUnit} may read of {@code unitCode}.
     */
    public boolean isWithinScope(String unitCode, String scopeUnit) {
        return isWithin(unitCode, scopeUnit);
    }

    /**
     * The codes a scoped leader may read (its area's unit and every unit within it, as valid today), for lists that
     * narrow in one query (commitments); empty for every other user (unscoped leaders, analysts, administrators and
     * reporters, whose lists are narrowed as before). Same rule as {@link #canRead}, through the unit hierarchy.
     */
    public Optional<Set<String>> areaCodes(AppUser user) {
        if (user.role() != Role.LEADER || user.scopeUnit() == null) return Optional.empty();
        return Optional.of(units.codesWithin(user.scopeUnit(), LocalDate.now(clock)));
    }

    /** Why this code cannot be the scope of a user of this role (a reporter's town, a leader's area), or empty when it can. */
    Optional<String> scopeUnitProblem(Role role, String code) {
        return role == Role.LEADER ? units.leaderScopeProblem(code, LocalDate.now(clock)) : units.reporterScopeProblem(code, LocalDate.now(clock));
    }

    /**
     * Whether {@code unitCode} is {@code ancestorCode} or lies within it, both as valid today, through
     * the units' parent links. A code that names no current unit is within nothing.
     */
    private boolean isWithin(String unitCode, String ancestorCode) {
        return unitCode != null && ancestorCode != null && units.isWithin(unitCode, ancestorCode, LocalDate.now(clock));
    }
}
