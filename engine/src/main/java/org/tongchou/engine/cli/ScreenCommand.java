package org.tongchou.engine.cli;

import java.util.concurrent.Callable;
import org.tongchou.engine.prepare.Screening;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "screen", mixinStandardHelpOptions = true,
        description = "Keep units with at least a share of indicator values present; removed units go to standard error.")
final class ScreenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    final InputOptions in = new InputOptions();
    @Mixin
    final OutputOption out = new OutputOption();
    @Option(names = "--min-availability", required = true, paramLabel = "SHARE", description = "Share in [0, 1], e.g. 0.9.")
    double minShare;

    @Override
    public Integer call() {
        Screening.Result r = Screening.byAvailability(in.read(), minShare);
        out.write(r.data(), in.idColumn(), spec.commandLine().getOut());
        for (Screening.Removed x : r.removed()) {
            spec.commandLine().getErr().printf("removed %s: %.1f%% of indicator values present%n", x.unit(), 100 * x.availability());
        }
        spec.commandLine().getErr().println(r.removed().size() + " unit(s) removed, " + r.data().unitCount() + " kept");
        return 0;
    }
}
