package org.tongchou.app.units;

import java.time.Clock;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tongchou.app.cli.CliCommand;
import org.tongchou.app.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tongchou units [CODE] [--on DATE] [--lineage]}: lists units, or shows one with its history. */
@Component
@Command(name = "units", mixinStandardHelpOptions = true,
        description = {"Without a code: the provinces valid on the day. With a code: that unit, its children,",
                "and with --lineage its predecessors and successors through change events."})
class UnitsCommand implements CliCommand {
    private final UnitService units;

    @Spec
    CommandSpec spec;

    // Every option has an explicit default: the bean is a singleton that each new CommandLine reuses, and
    // picocli would otherwise take a value left from an earlier run as the field's initial value.

    @Parameters(index = "0", arity = "0..1", defaultValue = Option.NULL_VALUE, paramLabel = "CODE", description = "a code (2, 4, 6, 9 or 12 digits)")
    String code;

    @Option(names = "--on", paramLabel = "DATE", description = "the day (default today)", defaultValue = Option.NULL_VALUE)
    LocalDate on;

    @Option(names = "--lineage", description = "show the unit's history through change events", defaultValue = "false")
    boolean lineage;

    private final Clock clock;

    UnitsCommand(UnitService units, Clock clock) {
        this.clock = clock;
        this.units = units;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalDate day = on != null ? on : LocalDate.now(clock);
        if (code == null) {
            List<AdminUnit> top = units.atLevel(UnitLevel.PROVINCE, day);
            top.forEach(u -> out.println(line(u)));
            out.printf("%d provinces valid on %s%n", top.size(), day);
            return ExitCodes.OK;
        }
        String code12;
        try {
            code12 = UnitCode.normalise(code);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Optional<AdminUnit> found = units.findByCode(code12, day);
        if (found.isEmpty()) {
            List<AdminUnit> versions = units.findByCodes(List.of(code12)).get(code12);
            if (versions.isEmpty()) {
                err.println("error: no unit has code " + code);
                return ExitCodes.BAD_INPUT;
            }
            found = Optional.of(versions.get(versions.size() - 1));
            out.println("(no version valid on " + day + "; showing the latest)");
        }
        AdminUnit u = found.get();
        out.println(line(u));
        String path = units.ancestors(u.id()).stream().map(AdminUnit::name).collect(Collectors.joining(" < "));
        if (!path.isEmpty()) out.println("  in: " + path);
        if (lineage) {
            Lineage l = units.lineage(u.id());
            for (ChangeEvent e : l.events()) {
                out.printf("  %s %s: %s → %s%s%n", e.date(), e.kind(), names(e.predecessors()),
                        names(e.successors()) + (e.absorbers().isEmpty() ? "" : " (absorbed by " + names(e.absorbers()) + ")"),
                        e.note() == null || e.note().isEmpty() ? "" : "  [" + e.note() + "]");
                for (ChangeEvent.Flow f : e.flows()) {
                    if (e.flows().size() > 1) {
                        out.printf("      share %.4f of %s → %s%n", f.share(), nameOf(e, f.predecessorId()), nameOf(e, f.successorId()));
                    }
                }
            }
            if (l.events().isEmpty()) out.println("  no change events");
        } else {
            List<AdminUnit> kids = units.children(u.id(), u.validOn(day) ? day : u.validFrom());
            kids.forEach(k -> out.println("  " + line(k)));
            out.printf("  %d children%n", kids.size());
        }
        return ExitCodes.OK;
    }

    private static String line(AdminUnit u) {
        return String.format("%s %s %s %s valid %s – %s", u.shortCode(), u.name(), u.level(), u.kind(), u.validFrom(),
                u.validTo() == null ? "" : u.validTo());
    }

    private static String names(List<AdminUnit> us) {
        return us.stream().map(x -> x.name() + " " + x.shortCode()).collect(Collectors.joining(" + "));
    }

    private static String nameOf(ChangeEvent e, long id) {
        return java.util.stream.Stream.of(e.predecessors(), e.successors(), e.absorbers()).flatMap(List::stream)
                .filter(u -> u.id() == id).map(AdminUnit::name).findFirst().orElse("#" + id);
    }
}
