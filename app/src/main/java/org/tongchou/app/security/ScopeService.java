package org.tongchou.app.security;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
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
 * applied by the evaluation's result read to every run it gives out). A reader's area is {@link #area(AppUser)}, what a
 * page of an area shows is {@link #narrowArea}; lists are narrowed by sets in one query each ({@link #readable},
 * {@link #within}, {@link #codesWithin}), never unit by unit.
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

    /** The area code of the whole country (no unit has it): a plan over it, or a map of it, holds every unit. */
    public static final String COUNTRY = "000000000000";

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
     * {@code planArea} may be {@link #COUNTRY} (no unit): it contains every area.
     */
    public boolean seesPlanArea(String area, String planArea) {
        if (area == null) return true;
        if (planArea == null) return false;
        if (COUNTRY.equals(planArea)) return true;
        return isWithin(planArea, area) || isWithin(area, planArea);
    }

    /**
     * The area a user reads (the one area rule): a leader scoped to an area, that area's code; null for everyone who is
     * not held to an area (administrators, analysts, unscoped leaders; a town reporter is held to its town by
     * {@link #canRead} and the result mask, not by an area).
     */
    public String area(AppUser user) {
        return user != null && user.role() == Role.LEADER ? user.scopeUnit() : null;
    }

    /** {@link #area(AppUser)} of the signed-in user; null without one. */
    public String area() {
        return area(currentUser().orElse(null));
    }

    /**
     * The area a page or map of {@code requested} shows to {@code user}: the one asked for (null or {@link #COUNTRY} =
     * every unit) when the user has no area ({@link #area(AppUser)}) or it lies within the user's area; otherwise the
     * user's own area (a leader of 宁波 asking for 浙江, or for 杭州, is shown 宁波).
     */
    public String narrowArea(AppUser user, String requested) {
        String own = area(user);
        if (own == null) return requested;
        return requested != null && !COUNTRY.equals(requested) && isWithin(requested, own) ? requested : own;
    }

    /**
     * The codes of {@code area}'s unit and of every unit within it, valid today, in one query; empty when no unit has
     * the code ({@link #COUNTRY} included: the country is no unit, ask for no set of it).
     */
    public Set<String> codesWithin(String area) {
        return area == null ? Set.of() : units.codesWithin(area, LocalDate.now(clock));
    }

    /**
     * Those of {@code codes} that are {@code area} or lie within it, valid today (the rule of {@link #isWithinScope}),
     * in one query per {@value AreaCodes#CHUNK} codes; every code when {@code area} is null or {@link #COUNTRY}.
     */
    public Set<String> within(Collection<String> codes, String area) {
        if (area == null || COUNTRY.equals(area)) return Set.copyOf(codes);
        if (codes.isEmpty()) return Set.of();
        return units.within(codes, area, LocalDate.now(clock));
    }

    /**
     * The codes of the units {@code area} lies within, and its own (its province, prefecture ... as valid today): the
     * groups of a plan that contain a reader's area. Empty for null, {@link #COUNTRY} or a code that names no unit.
     */
    public Set<String> containing(String area) {
        return area == null || COUNTRY.equals(area) ? Set.of() : units.containing(area, LocalDate.now(clock));
    }

    /** Those of {@code codes} the user may read ({@link #canRead}), decided as one set. */
    public Set<String> readable(AppUser user, Collection<String> codes) {
        return switch (user.role()) {
            case ADMIN, ANALYST -> Set.copyOf(codes);
            case LEADER -> within(codes, user.scopeUnit());
            case REPORTER -> user.scopeUnit() == null ? Set.of() : within(codes, user.scopeUnit());
        };
    }

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
        String area = area(user);
        return area == null ? Optional.empty() : Optional.of(codesWithin(area));
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
