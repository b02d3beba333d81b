package org.tongchou.app.indicators;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import org.tongchou.app.cli.CliCommand;
import org.tongchou.app.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tongchou framework export [FILE] | import FILE}: the indicator framework as YAML (docs/indicators.md). */
@Component
@Command(name = "framework", mixinStandardHelpOptions = true,
        description = {"Export or import an indicator framework as YAML.", "  framework export [FILE] [--code CODE]", "  framework import FILE"})
class FrameworkCommand implements CliCommand, Callable<Integer> {
    private final FrameworkService frameworks;

    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "export|import")
    String action;
    @Parameters(index = "1", arity = "0..1", paramLabel = "FILE", defaultValue = Option.NULL_VALUE, description = "YAML file (export: default stdout)")
    Path file;
    @Option(names = "--code", paramLabel = "CODE", defaultValue = Option.NULL_VALUE, description = "framework to export (default: the primary one)")
    String code;

    FrameworkCommand(FrameworkService frameworks) {
        this.frameworks = frameworks;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        switch (action) {
            case "export" -> {
                String c = code != null ? code : frameworks.codes().stream().findFirst().orElse(null);
                if (c == null) {
                    err.println("error: no framework is stored");
                    return ExitCodes.BAD_INPUT;
                }
                if (frameworks.find(c).isEmpty()) {
                    err.println("error: unknown framework '" + c + "' (known: " + frameworks.codes() + ")");
                    return ExitCodes.BAD_INPUT;
                }
                Writer w = file == null ? spec.commandLine().getOut() : Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                try {
                    frameworks.exportYaml(c, w);
                } finally {
                    if (file == null) w.flush(); else w.close();
                }
                return ExitCodes.OK;
            }
            case "import" -> {
                if (file == null) {
                    err.println("error: framework import needs a FILE");
                    return ExitCodes.USAGE;
                }
                try {
                    Framework f = frameworks.importYaml(file);
                    spec.commandLine().getOut().printf("imported framework '%s': %d indicators, %d dimensions, %d subsystems%n", f.code(),
                            f.indicators().size(), f.dimensions().size(), f.subsystems().size());
                    spec.commandLine().getOut().flush();
                    return ExitCodes.OK;
                } catch (IndicatorDefinitionException e) {
                    for (String p : e.problems()) err.println(p);
                    err.println("refused: nothing changed");
                    return ExitCodes.BAD_INPUT;
                }
            }
            default -> {
                err.println("error: the action must be export or import, not '" + action + "'");
                return ExitCodes.USAGE;
            }
        }
    }
}
