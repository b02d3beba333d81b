package org.tongchou.app.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Answers whether a user may read or write an administrative unit, identified by its 12-digit
 * statistical division code. The rules:
 * <ul>
 * <li>ADMIN and ANALYST read and write every unit;</li>
 * <li>LEADER reads every unit and writes none;</li>
 * <li>REPORTER reads and writes its scope unit and the units within it (its villages), nothing else.</li>
 * </ul>
 * Controllers call {@link #requireRead(String)} / {@link #requireWrite(String)}; handlers with a
 * {@code {unitCode}} path variable are checked automatically by {@code UnitScopeInterceptor}.
 */
@Service
public class ScopeService {

    public boolean canRead(AppUser user, String unitCode) {
        return switch (user.role()) {
            case ADMIN, ANALYST, LEADER -> true;
            case REPORTER -> isWithin(unitCode, user.scopeUnit());
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

    /** Why this code cannot be a reporter's scope, or empty when it can. */
    Optional<String> scopeUnitProblem(String code) {
        if (code.length() != 12 || !code.chars().allMatch(Character::isDigit)) {
            return Optional.of("not a 12-digit statistical division code");
        }
        if (!code.endsWith("000") || code.substring(6, 9).equals("000")) {
            return Optional.of("not a township-level code (digits 7-9 set, 10-12 zero)");
        }
        return Optional.empty();
    }

    /**
     * Whether {@code unitCode} is {@code ancestorCode} or lies within it. Statistical division codes
     * nest by prefix (a village's 12 digits begin with its township's 9), so this compares the
     * ancestor's significant digits.
     */
    private boolean isWithin(String unitCode, String ancestorCode) {
        if (unitCode == null || ancestorCode == null) return false;
        return unitCode.startsWith(significantDigits(ancestorCode)) && unitCode.length() == ancestorCode.length();
    }

    private static String significantDigits(String code) {
        String c = code;
        // strip the all-zero trailing groups of the 2/4/6/9/12 digit levels
        int[] cuts = {9, 6, 4, 2};
        for (int cut : cuts) {
            if (c.length() > cut && c.substring(cut).chars().allMatch(ch -> ch == '0')) c = c.substring(0, cut);
        }
        return c;
    }
}
