package org.tongchou.app.units;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The still-valid units an application of changes looks up, by the code as the lists write it,
 * fetched in one query at the start and kept up to date as units are closed and opened (so each
 * change sees the effect of the earlier ones, as a query per lookup would, without the queries).
 */
final class CurrentUnits {
    private final Map<String, AdminUnit> byShortCode = new HashMap<>();

    private CurrentUnits() {
    }

    /** The current units with these codes (2–12 digits as the lists write them; a bad code throws as a lookup would). */
    static CurrentUnits of(UnitRepository units, Collection<String> shortCodes) {
        Set<String> codes12 = new LinkedHashSet<>();
        for (String c : shortCodes) codes12.add(UnitCode.normalise(c));
        CurrentUnits out = new CurrentUnits();
        for (AdminUnit u : units.currentByCodes(codes12)) out.byShortCode.put(u.shortCode(), u);
        return out;
    }

    /** As {@link UnitRepository#findCurrentByShortCode}. */
    Optional<AdminUnit> find(String shortCode) {
        return Optional.ofNullable(byShortCode.get(UnitCode.shortCode(UnitCode.normalise(shortCode), UnitCode.levelOf(shortCode))));
    }

    void closed(AdminUnit u) {
        byShortCode.remove(u.shortCode(), u);
    }

    void opened(AdminUnit u) {
        byShortCode.put(u.shortCode(), u);
    }
}
