package org.tongchou.app.demo;

import java.io.PrintWriter;
import org.springframework.stereotype.Component;
import org.tongchou.app.cli.CliCommand;
import org.tongchou.app.cli.ExitCodes;
import org.tongchou.app.units.DivisionListException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tongchou demo [--reset]}: loads the demo city (idempotent). */
@Component
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Loads the demo city 张家港市 (Zhangjiagang): real units from the code lists in data/cache "
                + "(scripts/fetch-divisions.sh 2.0.0 2.7.0) and synthetic data 2016-2025. Does nothing if it is there.")
class DemoCommand implements CliCommand {
    private final DemoService demo;

    @Spec
    CommandSpec spec;

    @Option(names = "--reset", description = "store the generated values and targets again even if the city is there")
    boolean reset;

    DemoCommand(DemoService demo) {
        this.demo = demo;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            out.println(demo.load(reset).describe());
            out.println("every value is marked with source '" + DemoService.SYNTHETIC_SOURCE + "': the figures are not real");
            out.flush();
            return ExitCodes.OK;
        } catch (DivisionListException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (org.tongchou.app.security.DemoRefusedException e) {
            err.println("refused: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (DemoLoadException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }
}
