package org.tongchou.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongchou.app.web.NotFound;
import org.tongchou.engine.data.EngineInputException;
import picocli.CommandLine.Command;

/**
 * The exit codes the README promises for what a command lets through, as the engine's command line gives them
 * ({@code EngineCliTest}): a refusal of the input exits 1 with its message alone; a bug exits 3 with its stack
 * trace on stderr; nothing of either on stdout.
 */
class CommandExitCodesTest {

    @Command(name = "refuse")
    static class Refuses implements CliCommand {
        @Override
        public Integer call() {
            throw new NotFound("no unit 320582999000");
        }
    }

    @Command(name = "refuse-engine")
    static class EngineRefuses implements CliCommand {
        @Override
        public Integer call() {
            throw new EngineInputException("column gdp, unit 320582100000: value -1 is negative");
        }
    }

    @Command(name = "bug")
    static class Bug implements CliCommand {
        @Override
        public Integer call() {
            throw new IllegalStateException("a bug");
        }
    }

    @Command(name = "error")
    static class Fails implements CliCommand {
        @Override
        public Integer call() {
            throw new AssertionError("an error");
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLineRunner runner = new CommandLineRunner(List.of(new Refuses(), new EngineRefuses(), new Bug(), new Fails()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        runner.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        int code = runner.run(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aRefusalOfTheInputExitsOneWithItsMessageOnly() {
        Run r = run("refuse");
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).isEqualTo("error: no unit 320582999000" + System.lineSeparator());
        assertThat(r.out()).isEmpty();

        Run engine = run("refuse-engine");
        assertThat(engine.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(engine.err()).isEqualTo("error: column gdp, unit 320582100000: value -1 is negative" + System.lineSeparator());
    }

    @Test
    void aBugExitsThreeWithItsStackTraceOnStderr() {
        Run r = run("bug");
        assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).startsWith("error: java.lang.IllegalStateException: a bug" + System.lineSeparator())
                .contains("\tat org.tongchou.app.cli.CommandExitCodesTest$Bug.call(");
        assertThat(r.out()).isEmpty();

        Run error = run("error");
        assertThat(error.exit()).as("an Error, which picocli does not hand to the handler").isEqualTo(ExitCodes.FAILURE);
        assertThat(error.err()).startsWith("error: java.lang.AssertionError: an error").contains("\tat org.tongchou.app.cli.CommandExitCodesTest$Fails.call(");
    }

    @Test
    void badUsageStaysTwo() {
        assertThat(run("bug", "--no-such-option").exit()).isEqualTo(ExitCodes.USAGE);
    }
}
