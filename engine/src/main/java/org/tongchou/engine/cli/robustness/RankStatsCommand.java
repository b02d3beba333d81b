package org.tongchou.engine.cli.robustness;

import java.nio.file.Path;
import org.tongchou.engine.cli.EngineCommand;
import org.tongchou.engine.robustness.RankMatrix;
import org.tongchou.engine.robustness.RankStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rank-stats}: rank intervals from a rank matrix (COINr's RankStats from its Ranks). */
@Command(name = "rank-stats", mixinStandardHelpOptions = true,
        description = "Rank statistics of every unit over Monte Carlo replications: mean, median and 5th/95th "
                + "percentiles (R type-7 quantiles), missing ranks left out. Input: one row per unit, a unit column, "
                + "a nominal-rank column, one column per replication (COINr's Ranks layout). "
                + "Output: uCode,Nominal,Mean,Median,Q5,Q95.")
public final class RankStatsCommand extends EngineCommand {
    @Option(names = "--ranks", required = true, paramLabel = "FILE", description = "Rank matrix CSV.")
    Path ranks;

    @Option(names = "--unit-column", defaultValue = "uCode", description = "Unit column (default: ${DEFAULT-VALUE}).")
    String unitColumn;

    @Option(names = "--nominal-column", defaultValue = "Nominal", description = "Nominal-rank column (default: ${DEFAULT-VALUE}).")
    String nominalColumn;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Output CSV (default: standard output).")
    Path out;

    @Override
    protected void run() {
        RankMatrix m = RankMatrix.read(ranks, unitColumn, nominalColumn);
        writeCsv(out, Tables.RANK_STATS, Tables.rankStats(RankStatistics.of(m.units(), m.nominal(), m.ranks())));
    }
}
