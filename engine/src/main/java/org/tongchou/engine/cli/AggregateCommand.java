package org.tongchou.engine.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tongchou.engine.aggregate.AggregationMethod;
import org.tongchou.engine.aggregate.AggregationSpec;
import org.tongchou.engine.aggregate.TreeAggregator;
import org.tongchou.engine.aggregate.ZeroValues;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.framework.FrameworkCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "aggregate", mixinStandardHelpOptions = true,
        description = "Aggregate normalised indicators up the framework tree; writes every node's score.")
final class AggregateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    final InputOptions in = new InputOptions();
    @Mixin
    final OutputOption out = new OutputOption();
    @Option(names = "--framework", required = true, paramLabel = "META.csv", description = "COINr-style framework (iCode, Level, Parent, Weight).")
    Path framework;
    @Option(names = "--method", description = "${COMPLETION-CANDIDATES} (default ARITHMETIC).")
    AggregationMethod method = AggregationMethod.ARITHMETIC;
    @Option(names = "--min-present", description = "Minimum present children, else missing (default 1).")
    int minPresent = 1;
    @Option(names = "--zeros", description = "Zeros in geometric/harmonic means: ${COMPLETION-CANDIDATES} (default FAIL).")
    ZeroValues zeros = ZeroValues.FAIL;

    @Override
    public Integer call() {
        Dataset d = in.read();
        Dataset r = new TreeAggregator(FrameworkCsv.read(framework), new AggregationSpec(method, minPresent, zeros)).aggregate(d);
        out.write(r, in.idColumn(), spec.commandLine().getOut());
        return 0;
    }
}
