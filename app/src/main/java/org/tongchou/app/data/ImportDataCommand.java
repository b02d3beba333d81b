package org.tongchou.app.data;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import org.tongchou.app.cli.CliCommand;
import org.tongchou.app.cli.ExitCodes;
import org.tongchou.app.cli.Progress;
import org.tongchou.app.periods.InvalidPeriodException;
import org.tongchou.app.periods.Period;
import org.tongchou.app.units.UnitLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tongchou import-data FILE}. Every option has a {@code defaultValue}: the bean is a singleton and picocli
 * would otherwise take a previous run's values as the initial ones.
 *
 * <p>Checks a CSV/XLSX file of values whole and stores it (docs/data-import.md).
 */
@Component
@Command(name = "import-data", mixinStandardHelpOptions = true,
        description = {"Import data values from a CSV or XLSX file, long or wide form.",
                "The file is checked whole; with any problem nothing is written and every problem is listed on stderr (exit code 1)."})
class ImportDataCommand implements CliCommand, Callable<Integer> {
    private final DataImportService imports;

    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "FILE", description = "a .csv or .xlsx file")
    Path file;
    @Option(names = "--format", paramLabel = "long|wide", defaultValue = Option.NULL_VALUE, description = "layout; default: long when the header has 'indicator' and 'value' columns, else wide")
    String format;
    @Option(names = "--period", paramLabel = "P", defaultValue = Option.NULL_VALUE, description = "the period of a wide file without a period column (2024, 2024H1, 2024Q3, 2024M07)")
    String period;
    @Option(names = "--dry-run", defaultValue = "false", description = "check and compare with the stored values; write nothing")
    boolean dryRun;
    @Option(names = "--status", paramLabel = "draft|submitted|approved", defaultValue = "draft", description = "status of new and changed values (default draft)")
    String status;
    @Option(names = "--user", paramLabel = "NAME", defaultValue = "${sys:user.name}", description = "who imports (default: the system user)")
    String user;
    @Option(names = "--parent", paramLabel = "CODE", defaultValue = Option.NULL_VALUE, description = "look up units given by name among the descendants of this unit")
    String parent;
    @Option(names = "--levels", paramLabel = "LEVEL,...", split = ",", defaultValue = "county,township,village",
            description = "levels of the units the file may give values for (province, prefecture, county, township, village; default county,township,village)")
    java.util.List<String> levels;
    @Option(names = "--computed-history", defaultValue = "false",
            description = "accept the cadre indicators that Tongchou computes at every run (commitments_due, ...): only for years before the city kept its commitments here")
    boolean computedHistory;
    @Option(names = "--show-changes", paramLabel = "N", defaultValue = "20", description = "list at most N changes (default 20)")
    int showChanges;

    ImportDataCommand(DataImportService imports) {
        this.imports = imports;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        ImportLayout layout;
        ValueStatus st;
        Period p;
        try {
            layout = format == null ? null : ImportLayout.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("error: --format must be long or wide, not '" + format + "'");
            return ExitCodes.USAGE;
        }
        try {
            st = ValueStatus.valueOf(status.toUpperCase(Locale.ROOT));
            if (st == ValueStatus.RETURNED) throw new IllegalArgumentException();
        } catch (IllegalArgumentException e) {
            err.println("error: --status must be draft, submitted or approved, not '" + status + "'");
            return ExitCodes.USAGE;
        }
        try {
            p = period == null ? null : Period.parse(period);
        } catch (InvalidPeriodException e) {
            err.println("error: --period: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        java.util.Set<UnitLevel> lv = java.util.EnumSet.noneOf(UnitLevel.class);
        for (String l : levels) {
            try {
                lv.add(UnitLevel.valueOf(l.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                err.println("error: --levels: '" + l + "' is not a level (province, prefecture, county, township, village)");
                return ExitCodes.USAGE;
            }
        }
        ImportOptions options = new ImportOptions(layout, p, dryRun, st, user, parent, lv, computedHistory);
        ImportReport r;
        StderrProgress progress = new StderrProgress();
        try {
            r = imports.importFile(file, options, progress);
        } catch (UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.FAILURE;
        } finally {
            progress.end();
        }
        if (!r.ok()) {
            for (ImportProblem problem : r.problems()) err.println(r.source() + ": " + problem);
            if (r.problemCount() > r.problems().size()) {
                err.printf("%s: … and %,d more problems%n", r.source(), r.problemCount() - r.problems().size());
            }
            err.println(r.summary());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        r.changes().stream().limit(showChanges).forEach(c -> out.printf("  row %d: %s %s %s: %s → %s%n", c.row(), c.unitCode(), c.indicator(), c.period(),
                c.oldValue() == null ? "(new)" : ValueRules.fmt(c.oldValue()), ValueRules.fmt(c.newValue())));
        long listed = Math.min(showChanges, r.changes().size());
        if (r.inserted() + r.updated() > listed) out.printf("  … %,d more changes%n", r.inserted() + r.updated() - listed);
        out.println(r.summary());
        out.flush();
        return ExitCodes.OK;
    }

    /** Adapts the import's phases to progress on stderr (a bar on a terminal, a line per phase elsewhere). */
    private static final class StderrProgress implements ImportProgress {
        private Progress bar;
        private long last;

        @Override
        public void phase(String name, long total) {
            end();
            bar = Progress.onStderr(name, total);
            last = 0;
        }

        /** Closes the phase under way, if any (the import announces phases, not their end). */
        void end() {
            if (bar != null) bar.finish(last);
            bar = null;
        }

        @Override
        public void done(long done) {
            last = done;
            if (bar != null) bar.update(done);
        }
    }
}
