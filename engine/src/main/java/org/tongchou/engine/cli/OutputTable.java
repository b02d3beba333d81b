package org.tongchou.engine.cli;

import java.util.List;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.io.DatasetCsv;

/**
 * A table a subcommand writes: a header and rows of text cells (numbers already formatted with
 * {@link DatasetCsv#format}).
 *
 * @param header column names
 * @param rows   one list of cells per row, as long as the header
 */
public record OutputTable(List<String> header, List<List<String>> rows) {
    /**
     * Checks and copies the components.
     *
     * @param header column names
     * @param rows   one list of cells per row, as long as the header
     */
    public OutputTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * A dataset as a wide table: the id column, the groupings, then the indicators.
     *
     * @param d        the dataset
     * @param idColumn the name of the id column
     * @return the table
     */
    public static OutputTable of(Dataset d, String idColumn) {
        return new OutputTable(DatasetCsv.header(d, idColumn), DatasetCsv.rows(d));
    }

    /**
     * A number as output cells show it (shortest round-trip text, empty for missing).
     *
     * @param v the number
     * @return the text
     */
    public static String num(double v) {
        return DatasetCsv.format(v);
    }
}
