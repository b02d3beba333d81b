package org.tongchou.engine.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Command-line entry of the engine: {@code java -jar tongchou-engine.jar <method> [options]}.
 * Every subcommand reads CSV and writes CSV (to a file or standard output). Exit codes: 0 done,
 * 1 bad input (message on stderr), 2 bad usage.
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

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new EngineCli());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + ex.getMessage());
            return 1;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
