package org.tongchou.app.security;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * The administrative units as access control needs them, provided by the units module, so that
 * security (which every feature uses) depends on no feature. Codes are 12-digit statistical division
 * codes; a code that is malformed or names no unit valid on the day is within nothing.
 */
public interface UnitHierarchy {
    /** Whether {@code unitCode} is {@code ancestorCode} or lies within it, both as valid on {@code day}. */
    boolean isWithin(String unitCode, String ancestorCode, LocalDate day);

    /**
     * The codes of {@code areaCode}'s unit and of every unit below it, all valid on {@code day}, in one query over
     * the parent links; empty when the code names no unit valid that day.
     */
    Set<String> codesWithin(String areaCode, LocalDate day);

    /**
     * Those of {@code codes} that are {@code areaCode} or lie within it, all as valid on {@code day} (the rule of
     * {@link #isWithin}), decided as a set: one query over the parent links per {@value AreaCodes#CHUNK} codes.
     */
    Set<String> within(Collection<String> codes, String areaCode, LocalDate day);

    /**
     * The codes of {@code code}'s unit valid on {@code day} and of every unit it lies within (its ancestors through the
     * parent links, as {@link #isWithin} walks them); empty when the code names no unit valid that day.
     */
    Set<String> containing(String code, LocalDate day);

    /** Why this code cannot be a reporter's scope on {@code day} (a township-level unit), or empty when it can. */
    Optional<String> reporterScopeProblem(String code, LocalDate day);

    /** Why this code cannot be a leader's area on {@code day} (a unit valid that day, at any level), or empty when it can. */
    Optional<String> leaderScopeProblem(String code, LocalDate day);
}
