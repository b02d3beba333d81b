package org.tongchou.engine.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.framework.Framework;
import org.tongchou.engine.framework.FrameworkCsv;
import org.tongchou.engine.framework.FrameworkNode;
import org.tongchou.engine.prepare.Denomination;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "denominate", mixinStandardHelpOptions = true,
        description = "Divide each indicator by the column the framework's Denominator names; writes the framework's indicators.")
final class DenominateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    final InputOptions in = new InputOptions();
    @Mixin
    final OutputOption out = new OutputOption();
    @Option(names = "--framework", required = true, paramLabel = "META.csv", description = "COINr-style framework with a Denominator column.")
    Path framework;

    @Override
    public Integer call() {
        Dataset d = in.read();
        Framework f = FrameworkCsv.read(framework);
        List<Denomination.Pair> pairs = new ArrayList<>();
        for (FrameworkNode n : f.indicators()) {
            if (n.denominator() != null) pairs.add(new Denomination.Pair(n.code(), n.denominator()));
        }
        out.write(Denomination.apply(d, pairs, f.indicatorCodes()), in.idColumn(), spec.commandLine().getOut());
        return 0;
    }
}
