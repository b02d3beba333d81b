package org.tongchou.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tongchou.app.web.NotFound;
import org.tongchou.engine.data.EngineInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The exit codes the README promises for what a command lets through, as the engine's command line gives them
 * ({@code EngineCliTest}): a refusal of the input exits 1 with its message alone; a bug exits 3 with its stack
 * trace on stderr; nothing of either on stdout.
 */
class CommandExitCodesTest {
    private static final String NL = System.lineSeparator();

    /** Lets through what its argument names. */
    @Command(name = "throw")
    static class Throws implements CliCommand {
        @Parameters(index = "0")
        String what;

        @Override
        public Integer call() {
            switch (what) {
                case "refusal" -> throw new NotFound("no unit 320582999000");
                case "engine-refusal" -> throw new EngineInputException("column gdp, unit 320582100000: value -1 is negative");
                case "bug" -> throw new IllegalStateException("a bug");
                default -> throw new AssertionError("an error");
            }
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLineRunner runner = new CommandLineRunner(List.of(new Throws()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        runner.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        int code = runner.run(args);
        return new Run(code, out.toString(), err.toString());
    }

    static Stream<Arguments> whatACommandLetsThrough() {
        return Stream.of(
                arguments("refusal", ExitCodes.BAD_INPUT, "error: no unit 320582999000" + NL),
                arguments("engine-refusal", ExitCodes.BAD_INPUT, "error: column gdp, unit 320582100000: value -1 is negative" + NL),
                arguments("bug", ExitCodes.FAILURE, "error: java.lang.IllegalStateException: a bug" + NL),
                // an Error, which picocli does not hand to the exception handler
                arguments("error", ExitCodes.FAILURE, "error: java.lang.AssertionError: an error" + NL));
    }

    /** A refusal: its message alone. Anything else: its first line, then its stack trace. Never anything on stdout. */
    @ParameterizedTest(name = "{0} exits {1}")
    @MethodSource("whatACommandLetsThrough")
    void exitCodeAndStderrFollowWhatTheCommandLetThrough(String what, int exit, String firstLine) {
        Run r = run("throw", what);
        assertThat(r.exit()).as(r.err()).isEqualTo(exit);
        if (exit == ExitCodes.BAD_INPUT) {
            assertThat(r.err()).isEqualTo(firstLine);
        } else {
            assertThat(r.err()).startsWith(firstLine).contains("\tat org.tongchou.app.cli.CommandExitCodesTest$Throws.call(");
        }
        assertThat(r.out()).isEmpty();
    }

    @Test
    void badUsageStaysTwo() {
        assertThat(run("throw", "bug", "--no-such-option").exit()).isEqualTo(ExitCodes.USAGE);
    }
}
