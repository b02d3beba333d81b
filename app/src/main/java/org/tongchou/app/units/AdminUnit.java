package org.tongchou.app.units;

import java.time.LocalDate;

/**
 * One version of an administrative unit. A unit that is renamed, re-coded, moved, merged or split
 * ends ({@code validTo}) and its successor versions begin; {@link UnitService#lineage(long)} links
 * them.
 *
 * @param code      the national statistical code, 12 digits (shorter list codes padded with zeros)
 * @param kind      the kind derived from the name (镇, 街道, 乡, 开发区, 村委会, 居委会 ...), see {@link UnitKinds}
 * @param parentId  the parent version's id; null for provinces
 * @param validFrom first day of validity (inclusive)
 * @param validTo   end of validity, exclusive; null while the unit is still valid
 */
public record AdminUnit(long id, String code, String name, UnitLevel level, String kind, Long parentId,
                        LocalDate validFrom, LocalDate validTo) {

    /** Whether this version is valid on day {@code d}: {@code validFrom <= d < validTo}. */
    public boolean validOn(LocalDate d) {
        return !d.isBefore(validFrom) && (validTo == null || d.isBefore(validTo));
    }

    /** Whether this version's validity meets the half-open interval [from, toExclusive); null = open. */
    public boolean overlaps(LocalDate from, LocalDate toExclusive) {
        boolean startsBeforeEnd = toExclusive == null || validFrom.isBefore(toExclusive);
        boolean endsAfterStart = from == null || validTo == null || validTo.isAfter(from);
        return startsBeforeEnd && endsAfterStart;
    }

    /** The code with only the digits significant at this level (e.g. {@code 320582} for a county). */
    public String shortCode() {
        return code.substring(0, level.digits());
    }
}
