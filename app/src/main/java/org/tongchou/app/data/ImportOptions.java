package org.tongchou.app.data;

import java.util.EnumSet;
import java.util.Set;
import org.tongchou.app.periods.Period;
import org.tongchou.app.units.UnitLevel;

/**
 * How to import a file.
 *
 * @param layout     LONG or WIDE; null = detect from the header (LONG when it has 'indicator' and 'value' columns)
 * @param period     the period of every row of a wide file without a period column; null otherwise
 * @param dryRun     check and compare only; write nothing
 * @param status     status of the values the import inserts or changes (default DRAFT)
 * @param user       who imports (kept on the values and in the audit)
 * @param parentCode a unit code; when given, unit cells that are not codes are looked up by name among its descendants
 * @param levels     the levels of the units the file may give values for; a value of a unit of another level is
 *                   refused (a code cut to {@code 32} names the province). Default {@link #DEFAULT_LEVELS}
 * @param computedAllowed whether values of indicators that Tongchou computes at every run ({@link
 *                   org.tongchou.app.indicators.Indicator#computed()}) are accepted: only for the figures of years
 *                   before the city kept its commitments here (the demo's history, {@code import-data --computed-history});
 *                   refused by default
 */
public record ImportOptions(ImportLayout layout, Period period, boolean dryRun, ValueStatus status, String user, String parentCode,
        Set<UnitLevel> levels, boolean computedAllowed) {
    /** What a city collects: the city (county level) itself, its towns and its villages. */
    public static final Set<UnitLevel> DEFAULT_LEVELS = Set.copyOf(EnumSet.of(UnitLevel.COUNTY, UnitLevel.TOWNSHIP, UnitLevel.VILLAGE));

    public ImportOptions {
        status = status == null ? ValueStatus.DRAFT : status;
        user = user == null || user.isBlank() ? "import" : user;
        levels = levels == null || levels.isEmpty() ? DEFAULT_LEVELS : Set.copyOf(levels);
    }

    public ImportOptions(ImportLayout layout, Period period, boolean dryRun, ValueStatus status, String user, String parentCode,
            Set<UnitLevel> levels) {
        this(layout, period, dryRun, status, user, parentCode, levels, false);
    }

    public ImportOptions(ImportLayout layout, Period period, boolean dryRun, ValueStatus status, String user, String parentCode) {
        this(layout, period, dryRun, status, user, parentCode, null);
    }

    public static ImportOptions defaults(String user) {
        return new ImportOptions(null, null, false, ValueStatus.DRAFT, user, null);
    }

    public ImportOptions withDryRun(boolean dry) {
        return new ImportOptions(layout, period, dry, status, user, parentCode, levels, computedAllowed);
    }

    public ImportOptions withLevels(Set<UnitLevel> l) {
        return new ImportOptions(layout, period, dryRun, status, user, parentCode, l, computedAllowed);
    }

    /** The same options accepting (or not) the values of computed indicators, e.g. the years before the loop. */
    public ImportOptions withComputedAllowed(boolean allowed) {
        return new ImportOptions(layout, period, dryRun, status, user, parentCode, levels, allowed);
    }
}
