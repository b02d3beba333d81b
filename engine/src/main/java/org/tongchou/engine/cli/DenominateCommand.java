package org.tongchou.engine.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.framework.Framework;
import org.tongchou.engine.framework.FrameworkCsv;
import org.tongchou.engine.framework.FrameworkNode;
import org.tongchou.engine.prepare.Denomination;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "denominate", mixinStandardHelpOptions = true,
        description = "Divide each indicator by the column the framework's Denominator names; writes the framework's indicators.")
final class DenominateCommand extends TableCommand {
    @Option(names = "--framework", required = true, paramLabel = "META.csv", description = "COINr-style framework with a Denominator column.")
    Path framework;

    @Override
    protected OutputTable compute(Dataset d) {
        Framework f = FrameworkCsv.read(framework);
        List<Denomination.Pair> pairs = new ArrayList<>();
        for (FrameworkNode n : f.indicators()) {
            if (n.denominator() != null) pairs.add(new Denomination.Pair(n.code(), n.denominator()));
        }
        return OutputTable.of(Denomination.apply(d, pairs, f.indicatorCodes()), in.idColumn());
    }
}
