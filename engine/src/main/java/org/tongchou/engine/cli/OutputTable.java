package org.tongchou.engine.cli;

import java.util.ArrayList;
import java.util.List;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.Grouping;
import org.tongchou.engine.io.DatasetCsv;

/**
 * A table a subcommand writes: a header and rows of text cells (numbers already formatted with
 * {@link DatasetCsv#format}).
 *
 * @param header column names
 * @param rows   one list of cells per row, as long as the header
 */
public record OutputTable(List<String> header, List<List<String>> rows) {
    public OutputTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** A dataset as a wide table: the id column, the groupings, then the indicators. */
    public static OutputTable of(Dataset d, String idColumn) {
        List<String> header = new ArrayList<>();
        header.add(idColumn);
        d.groupings().forEach(g -> header.add(g.name()));
        header.addAll(d.indicators());
        List<List<String>> rows = new ArrayList<>(d.unitCount());
        for (int i = 0; i < d.unitCount(); i++) {
            List<String> r = new ArrayList<>(header.size());
            r.add(d.units().get(i));
            for (Grouping g : d.groupings()) r.add(g.labels().get(i));
            for (int j = 0; j < d.indicatorCount(); j++) r.add(DatasetCsv.format(d.get(i, j)));
            rows.add(r);
        }
        return new OutputTable(header, rows);
    }

    /** A number as output cells show it (shortest round-trip text, empty for missing). */
    public static String num(double v) {
        return DatasetCsv.format(v);
    }
}
