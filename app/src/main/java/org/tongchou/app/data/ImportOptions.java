package org.tongchou.app.data;

import org.tongchou.app.periods.Period;

/**
 * How to import a file.
 *
 * @param layout     LONG or WIDE; null = detect from the header (LONG when it has 'indicator' and 'value' columns)
 * @param period     the period of every row of a wide file without a period column; null otherwise
 * @param dryRun     check and compare only; write nothing
 * @param status     status of the values the import inserts or changes (default DRAFT)
 * @param user       who imports (kept on the values and in the audit)
 * @param parentCode a unit code; when given, unit cells that are not codes are looked up by name among its descendants
 */
public record ImportOptions(ImportLayout layout, Period period, boolean dryRun, ValueStatus status, String user, String parentCode) {
    public ImportOptions {
        status = status == null ? ValueStatus.DRAFT : status;
        user = user == null || user.isBlank() ? "import" : user;
    }

    public static ImportOptions defaults(String user) {
        return new ImportOptions(null, null, false, ValueStatus.DRAFT, user, null);
    }

    public ImportOptions withDryRun(boolean dry) {
        return new ImportOptions(layout, period, dry, status, user, parentCode);
    }
}
