package org.tongchou.engine.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.Grouping;
import org.tongchou.engine.io.CsvTable;
import org.tongchou.engine.prepare.Imputation;
import org.tongchou.engine.prepare.ImputationMethod;
import org.tongchou.engine.prepare.ImputationResult;
import org.tongchou.engine.prepare.ImputationSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "impute", mixinStandardHelpOptions = true, description = "Fill missing values.")
final class ImputeCommand extends TableCommand {
    /** The synthetic id of panel rows under LOCF: their line in the file. */
    private static final String ROW_ID = "row";

    @Option(names = "--method", required = true, description = "${COMPLETION-CANDIDATES}")
    ImputationMethod method;
    @Option(names = "--group", paramLabel = "COL", description = "GROUP_MEAN / GROUP_MEDIAN: the grouping column.")
    String group;
    @Option(names = "--unit-column", paramLabel = "COL", description = "LOCF: column naming the unit of each panel row.")
    String unitColumn;
    @Option(names = "--time-column", paramLabel = "COL", description = "LOCF: numeric time column.")
    String timeColumn;

    private boolean grouped() {
        return method == ImputationMethod.GROUP_MEAN || method == ImputationMethod.GROUP_MEDIAN;
    }

    @Override
    protected void checkOptions() {
        requireUsage(!grouped() || group != null, "--method " + method + " needs --group COL");
        requireUsage(grouped() || group == null, "--group applies to GROUP_MEAN and GROUP_MEDIAN, not " + method);
        boolean locf = method == ImputationMethod.LOCF;
        requireUsage(!locf || (unitColumn != null && timeColumn != null), "--method LOCF needs --unit-column and --time-column");
        requireUsage(locf || (unitColumn == null && timeColumn == null), "--unit-column and --time-column apply to LOCF, not " + method);
    }

    @Override
    protected Set<String> alsoGroups() {
        return group == null ? Set.of() : Set.of(group);
    }

    @Override
    protected Dataset readInput() {
        if (method != ImputationMethod.LOCF) return super.readInput();
        // panel rows repeat unit codes: rows are named by their line, the unit becomes a grouping
        CsvTable t = CsvTable.read(in.file());
        List<String> header = new ArrayList<>();
        header.add(ROW_ID);
        header.addAll(t.header());
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < t.rows().size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(t.line(i)));
            row.addAll(t.rows().get(i));
            rows.add(row);
        }
        in.idColumn = ROW_ID;
        return in.read(new CsvTable(t.source(), header, rows, t.lines()), Set.of(unitColumn));
    }

    @Override
    protected OutputTable compute(Dataset d) {
        ImputationResult r = Imputation.apply(d, method == ImputationMethod.LOCF
                ? new ImputationSpec(ImputationMethod.LOCF, unitColumn, timeColumn)
                : new ImputationSpec(method, grouped() ? group : null, null));
        err().println("imputed " + r.imputed() + " value(s); " + r.stillMissing() + " still missing");
        return method == ImputationMethod.LOCF ? withoutRowIds(r.data()) : OutputTable.of(r.data(), in.idColumn());
    }

    /** Panel output without the synthetic row column: groupings (the unit first) then indicators. */
    private static OutputTable withoutRowIds(Dataset outData) {
        List<String> h = new ArrayList<>();
        outData.groupings().forEach(g -> h.add(g.name()));
        h.addAll(outData.indicators());
        List<List<String>> outRows = new ArrayList<>();
        for (int i = 0; i < outData.unitCount(); i++) {
            List<String> row = new ArrayList<>();
            for (Grouping g : outData.groupings()) row.add(g.labels().get(i));
            for (int j = 0; j < outData.indicatorCount(); j++) row.add(OutputTable.num(outData.get(i, j)));
            outRows.add(row);
        }
        return new OutputTable(h, outRows);
    }
}
