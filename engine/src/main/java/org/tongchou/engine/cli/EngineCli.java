package org.tongchou.engine.cli;

import java.io.PrintWriter;
import org.tongchou.engine.data.EngineInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Command-line entry of the engine: {@code java -jar tongchou-engine.jar <method> [options]}.
 * Every subcommand reads CSV and writes CSV (to a file or standard output), computing everything before
 * anything is written.
 *
 * <p>Exit codes, as the README promises: {@value #DONE} done; {@value #INPUT_REFUSED} input refused (an
 * {@link EngineInputException}: its message, which names every problem found, on standard error, no stack
 * trace, nothing written); {@value #BAD_USAGE} bad usage (picocli: an unknown or missing option, or an
 * option value outside what it accepts, named with its value); {@value #FAILURE} any other failure (a bug or
 * an I/O error while writing: the message and the stack trace on standard error).
 */
@Command(name = "tongchou-engine", mixinStandardHelpOptions = true, version = "tongchou-engine 0.1",
        description = "Tongchou evaluation engine on CSV files.",
        subcommands = {
                // Each method adds its subcommand class here.
                NormaliseCommand.class,
                WeightsCommand.class,
                AggregateCommand.class,
                DenominateCommand.class,
                ImputeCommand.class,
                ScreenCommand.class,
                TreatCommand.class,
                PipelineCommand.class,
                EvaluatePlanCommand.class,
                // engine-analysis: TOPSIS, coupling, obstacle degree, disparity, ranks and gaps
                org.tongchou.engine.cli.analysis.TopsisCommand.class,
                org.tongchou.engine.cli.analysis.CouplingCommand.class,
                org.tongchou.engine.cli.analysis.ObstacleCommand.class,
                org.tongchou.engine.cli.analysis.DisparityCommand.class,
                org.tongchou.engine.cli.analysis.RankCommand.class,
                org.tongchou.engine.cli.analysis.GapCommand.class,
                // engine-robustness: Monte Carlo uncertainty, sensitivity indices, rank statistics
                org.tongchou.engine.cli.robustness.UncertaintyCommand.class,
                org.tongchou.engine.cli.robustness.SensitivityCommand.class,
                org.tongchou.engine.cli.robustness.RankStatsCommand.class,
        })
public final class EngineCli implements Runnable {
    /** Exit code: done. */
    public static final int DONE = 0;
    /** Exit code: input refused (every problem on standard error, nothing written). */
    public static final int INPUT_REFUSED = 1;
    /** Exit code: bad usage (picocli's {@link CommandLine.ExitCode#USAGE}). */
    public static final int BAD_USAGE = CommandLine.ExitCode.USAGE;
    /** Exit code: any other failure (a bug, or an I/O error while writing). */
    public static final int FAILURE = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    /**
     * The command line with the engine's subcommands, case-insensitive enum values and its exit codes.
     *
     * @return a new command line
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new EngineCli());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> exitCode(ex, commandLine.getErr()));
        cl.setParameterExceptionHandler(EngineCli::badUsage);
        return cl;
    }

    /** Bad usage: the message (naming the option and its value) and where to find the options, not the whole help. */
    static int badUsage(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("error: " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Run '" + cl.getCommandSpec().qualifiedName() + " --help' for the options.");
        err.flush();
        return BAD_USAGE;
    }

    /**
     * The exit code for an exception thrown by a subcommand, after reporting it: the message alone for
     * refused input, the stack trace too for anything else.
     */
    static int exitCode(Exception ex, PrintWriter err) {
        if (ex instanceof EngineInputException) {
            err.println("error: " + ex.getMessage());
            err.flush();
            return INPUT_REFUSED;
        }
        Throwable shown = ex instanceof CommandLine.ExecutionException && ex.getCause() != null ? ex.getCause() : ex;
        err.println("error: " + shown);
        shown.printStackTrace(err);
        err.flush();
        return FAILURE;
    }

    /**
     * Runs a command and exits with its code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        int code;
        try {
            code = commandLine().execute(args);
        } catch (Error e) {
            // picocli hands only Exceptions to the handler above; an Error would otherwise end the JVM with 1
            System.err.println("error: " + e);
            e.printStackTrace();
            code = FAILURE;
        }
        System.exit(code);
    }
}
