package org.tongchou.engine.cli;

import java.util.concurrent.Callable;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.Grouping;
import org.tongchou.engine.data.InvalidInputException;
import org.tongchou.engine.io.CsvTable;
import org.tongchou.engine.io.DatasetCsv;
import org.tongchou.engine.prepare.ImputationMethod;
import org.tongchou.engine.prepare.ImputationResult;
import org.tongchou.engine.prepare.ImputationSpec;
import org.tongchou.engine.prepare.Imputation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "impute", mixinStandardHelpOptions = true, description = "Fill missing values.")
final class ImputeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    final InputOptions in = new InputOptions();
    @Mixin
    final OutputOption out = new OutputOption();
    @Option(names = "--method", required = true, description = "${COMPLETION-CANDIDATES}")
    ImputationMethod method;
    @Option(names = "--group", paramLabel = "COL", description = "GROUP_MEAN / GROUP_MEDIAN: the grouping column (also list it in --groups).")
    String group;
    @Option(names = "--unit-column", paramLabel = "COL", description = "LOCF: column naming the unit of each panel row.")
    String unitColumn;
    @Option(names = "--time-column", paramLabel = "COL", description = "LOCF: numeric time column.")
    String timeColumn;

    @Override
    public Integer call() {
        ImputationResult r;
        if (method == ImputationMethod.LOCF) {
            if (unitColumn == null || timeColumn == null) throw new InvalidInputException("LOCF needs --unit-column and --time-column");
            // panel rows repeat unit codes: rows are named by their line, the unit becomes a grouping
            CsvTable t = CsvTable.read(in.input);
            java.util.List<String> header = new java.util.ArrayList<>();
            header.add("row");
            header.addAll(t.header());
            java.util.List<java.util.List<String>> rows = new java.util.ArrayList<>();
            for (int i = 0; i < t.rows().size(); i++) {
                java.util.List<String> row = new java.util.ArrayList<>();
                row.add(String.valueOf(i + 2));
                row.addAll(t.rows().get(i));
                rows.add(row);
            }
            java.util.LinkedHashSet<String> groups = new java.util.LinkedHashSet<>(in.groups);
            groups.add(unitColumn);
            Dataset d = DatasetCsv.read(new CsvTable(t.source(), header, rows), "row", groups, java.util.Set.copyOf(in.ignore));
            r = Imputation.apply(d, new ImputationSpec(ImputationMethod.LOCF, unitColumn, timeColumn));
            Dataset outData = r.data();
            // write without the synthetic row column: unit grouping first
            java.util.List<String> h = new java.util.ArrayList<>();
            outData.groupings().forEach(g -> h.add(g.name()));
            h.addAll(outData.indicators());
            java.util.List<java.util.List<String>> outRows = new java.util.ArrayList<>();
            for (int i = 0; i < outData.unitCount(); i++) {
                java.util.List<String> row = new java.util.ArrayList<>();
                for (Grouping g : outData.groupings()) row.add(g.labels().get(i));
                for (int j = 0; j < outData.indicatorCount(); j++) row.add(DatasetCsv.format(outData.get(i, j)));
                outRows.add(row);
            }
            out.write(h, outRows, spec.commandLine().getOut());
        } else {
            Dataset d = in.read();
            boolean grouped = method == ImputationMethod.GROUP_MEAN || method == ImputationMethod.GROUP_MEDIAN;
            if (grouped && group == null) throw new InvalidInputException(method + " needs --group");
            r = Imputation.apply(d, new ImputationSpec(method, grouped ? group : null, null));
            out.write(r.data(), in.idColumn(), spec.commandLine().getOut());
        }
        spec.commandLine().getErr().println("imputed " + r.imputed() + " value(s); " + r.stillMissing() + " still missing");
        return 0;
    }
}
