package org.tongchou.app.units;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tongchou.app.cli.CliCommand;
import org.tongchou.app.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tongchou diff-divisions --from <dir|version|db> --to <dir|version> [--within CODE] [-o proposal.yaml]}. */
@Component
@Command(name = "diff-divisions", mixinStandardHelpOptions = true,
        description = {"Proposes the change events between two code lists (or the database and a list)",
                "and writes them as a YAML file to review, edit and apply with apply-changes."})
class DiffDivisionsCommand implements CliCommand {
    private final DivisionImportService importer;
    private final DivisionChangeService changes;
    private final Path cacheDir;
    private final String home;

    @Spec
    CommandSpec spec;

    // Every option has an explicit default: the bean is a singleton that each new CommandLine reuses, and
    // picocli would otherwise take a value left from an earlier run as the field's initial value.

    @Option(names = "--from", paramLabel = "<dir|version|db>", defaultValue = "db",
            description = "the earlier state: a list directory, a version, or db (the units now in the database; default)")
    String from;

    @Option(names = "--to", required = true, paramLabel = "<dir|version>", description = "the later list")
    String to;

    @Option(names = "--within", paramLabel = "CODE", description = "compare only this unit's subtree, e.g. 320582", defaultValue = Option.NULL_VALUE)
    String within;

    @Option(names = "--date", paramLabel = "DATE",
            description = "the date of the proposed changes (default: the later list's reference date)", defaultValue = Option.NULL_VALUE)
    LocalDate date;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = Option.NULL_VALUE,
            description = "the proposal file to write (default data/changes-<date>.yaml)")
    Path output;

    DiffDivisionsCommand(DivisionImportService importer, DivisionChangeService changes,
                         @Value("${tongchou.cache-dir:./data/cache}") String cacheDir, @Value("${tongchou.home:.}") String home) {
        this.importer = importer;
        this.home = home;
        this.changes = changes;
        this.cacheDir = Path.of(cacheDir);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            String prefix = within == null ? null : UnitCode.prefix(within);
            CodeListSource toSrc = CodeListSource.resolve(to, cacheDir);
            LocalDate d = date != null ? date : toSrc.vintageDate().orElse(null);
            if (d == null) {
                err.println("error: the reference date of " + toSrc.label() + " is not known; give --date YYYY-MM-DD");
                return ExitCodes.USAGE;
            }
            DivisionList earlier = from.equals("db") ? importer.currentAsList(prefix)
                    : CodeListSource.resolve(from, cacheDir).read(prefix, n -> { });
            DivisionList later = toSrc.read(prefix, n -> { });
            ChangeProposal p = changes.propose(earlier, later, d);
            Path file = output != null ? output : ProposalYaml.defaultFile(home, d);
            ProposalYaml.write(p, file);
            out.printf("%s → %s%s: %,d unchanged, %,d changes proposed in %s%n", earlier.source(), later.source(),
                    prefix == null ? "" : " within " + prefix, p.unchanged(), p.changes().size(), file);
            out.println(summary(p));
            return ExitCodes.OK;
        } catch (DivisionListException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }

    /** "changes by kind: SPLIT 1, REPARENT 53, ..." and per level. */
    static String summary(ChangeProposal p) {
        Map<ChangeKind, Long> byKind = new EnumMap<>(ChangeKind.class);
        p.changes().forEach(c -> byKind.merge(c.kind(), 1L, Long::sum));
        Map<UnitLevel, Long> byLevel = new EnumMap<>(UnitLevel.class);
        p.changes().forEach(c -> byLevel.merge(c.level(), 1L, Long::sum));
        return "changes by kind: " + byKind.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")) + "; by level: " + byLevel.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
