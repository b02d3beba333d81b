package org.tongchou.engine.cli;

import java.nio.file.Path;
import org.tongchou.engine.aggregate.AggregationMethod;
import org.tongchou.engine.aggregate.AggregationSpec;
import org.tongchou.engine.aggregate.TreeAggregator;
import org.tongchou.engine.aggregate.ZeroValues;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.framework.FrameworkCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "aggregate", mixinStandardHelpOptions = true,
        description = "Aggregate normalised indicators up the framework tree; writes every node's score.")
final class AggregateCommand extends TableCommand {
    @Option(names = "--framework", required = true, paramLabel = "META.csv", description = "COINr-style framework (iCode, Level, Parent, Weight).")
    Path framework;
    @Option(names = "--method", description = "${COMPLETION-CANDIDATES} (default ARITHMETIC).")
    AggregationMethod method = AggregationMethod.ARITHMETIC;
    @Option(names = "--min-present", description = "Minimum present children, else missing (default 1).")
    int minPresent = 1;
    @Option(names = "--zeros", description = "Zeros in geometric/harmonic means: ${COMPLETION-CANDIDATES} (default FAIL).")
    ZeroValues zeros = ZeroValues.FAIL;

    @Override
    protected void checkOptions() {
        requireAtLeast("--min-present", minPresent, 1);
    }

    @Override
    protected OutputTable compute(Dataset d) {
        Dataset r = new TreeAggregator(FrameworkCsv.read(framework), new AggregationSpec(method, minPresent, zeros)).aggregate(d);
        return OutputTable.of(r, in.idColumn());
    }
}
