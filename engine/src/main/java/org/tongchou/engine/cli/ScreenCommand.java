package org.tongchou.engine.cli;

import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.prepare.Screening;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "screen", mixinStandardHelpOptions = true,
        description = "Keep units with at least a share of indicator values present; removed units go to standard error.")
final class ScreenCommand extends TableCommand {
    @Option(names = "--min-availability", required = true, paramLabel = "SHARE", description = "Share in [0, 1], e.g. 0.9.")
    double minShare;

    @Override
    protected void checkOptions() {
        requireBetween("--min-availability", minShare, 0, 1);
    }

    @Override
    protected OutputTable compute(Dataset data) {
        Screening.Result r = Screening.byAvailability(data, minShare);
        for (Screening.Removed x : r.removed()) {
            err().printf("removed %s: %.1f%% of indicator values present%n", x.unit(), 100 * x.availability());
        }
        err().println(r.removed().size() + " unit(s) removed, " + r.data().unitCount() + " kept");
        return OutputTable.of(r.data(), in.idColumn());
    }
}
