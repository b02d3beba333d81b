package org.tongchou.app.data;

import java.util.List;

/**
 * What an import found and did. When {@link #problems()} is not empty nothing was written.
 *
 * @param source       the file name
 * @param layout       the layout used
 * @param rows         data rows read (without the header)
 * @param values       values found (cells with a value)
 * @param inserted     values that are new
 * @param updated      values that differ from the stored ones (value, source or comment)
 * @param unchanged    values identical to the stored ones (not rewritten, not audited)
 * @param problems     the first {@link DataImportService#MAX_PROBLEMS} problems, in file order
 * @param problemCount all problems found
 * @param changes      the first {@link DataImportService#MAX_CHANGES} inserted or changed values, in file order
 * @param dryRun       whether this was a dry run
 * @param written      whether the values were stored
 * @param importId     the id of the import batch (in the audit), or null when nothing was written
 * @param seconds      wall time
 */
public record ImportReport(String source, ImportLayout layout, long rows, long values, long inserted, long updated, long unchanged,
        List<ImportProblem> problems, long problemCount, List<ValueChange> changes, boolean dryRun, boolean written, Long importId,
        double seconds) {

    public ImportReport {
        problems = List.copyOf(problems);
        changes = List.copyOf(changes);
    }

    /** Whether the file had no problem. */
    public boolean ok() {
        return problemCount == 0;
    }

    /** One line for people: counts and outcome. */
    public String summary() {
        if (!ok()) {
            return String.format("%s: refused, %,d problem%s; nothing written", source, problemCount, problemCount == 1 ? "" : "s");
        }
        return String.format("%s: %,d rows, %,d values: %,d inserted, %,d updated, %,d unchanged%s (%.1f s)", source, rows, values, inserted,
                updated, unchanged, dryRun ? " — dry run, nothing written" : "", seconds);
    }
}
