package org.tongchou.engine.io;

import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.Grouping;

/**
 * Reads and writes a {@link Dataset} as a wide CSV: one row per unit, an id column, optional text
 * columns kept as {@link Grouping}s, every other column numeric. Empty cells and {@code NA}, {@code NaN},
 * {@code null}, {@code n/a} (any case) are missing; cells are trimmed. A number is what
 * {@link Double#parseDouble} reads and is finite ({@code Infinity} and {@code 1e999} are refused). The whole
 * file is checked and every bad cell reported at once, with its line and column.
 */
public final class DatasetCsv {
    private DatasetCsv() {
    }

    /**
     * A dataset from a table.
     *
     * @param table        the parsed file
     * @param idColumn     the column naming units
     * @param groupColumns text columns to keep as groupings
     * @param ignore       other columns to leave out (e.g. free-text names)
     * @return units in file order, indicators in header order
     * @throws CsvFormatException listing every problem: missing id or grouping column, empty or duplicate
     *                            unit id, a cell that is neither a finite number nor a missing token
     */
    public static Dataset read(CsvTable table, String idColumn, Set<String> groupColumns, Set<String> ignore) {
        int idCol = table.requireColumn(idColumn);
        List<CsvProblem> problems = new ArrayList<>();
        for (String g : groupColumns) {
            if (table.columnIndex(g) < 0) {
                problems.add(new CsvProblem(table.source(), 1, g, "grouping column not found; header is " + table.header()));
            }
        }
        List<Integer> numeric = new ArrayList<>();
        List<String> indicators = new ArrayList<>();
        for (int c = 0; c < table.header().size(); c++) {
            String h = table.header().get(c);
            if (c == idCol || groupColumns.contains(h) || ignore.contains(h)) continue;
            numeric.add(c);
            indicators.add(h);
        }
        int n = table.rows().size();
        double[][] cols = new double[numeric.size()][n];
        List<String> units = new ArrayList<>(n);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            List<String> row = table.rows().get(i);
            int line = table.line(i);
            String id = row.get(idCol).trim();
            if (id.isEmpty()) {
                problems.add(new CsvProblem(table.source(), line, idColumn, "empty unit id"));
            } else if (!seen.add(id)) {
                problems.add(new CsvProblem(table.source(), line, idColumn, "duplicate unit id '" + id + "'"));
            }
            units.add(id);
            for (int k = 0; k < numeric.size(); k++) {
                String cell = row.get(numeric.get(k)).trim();
                double v = parseNumber(cell);
                if (Double.isNaN(v) && !isMissingToken(cell)) {
                    problems.add(new CsvProblem(table.source(), line, indicators.get(k),
                            "'" + cell + "' is not a " + (isNonFinite(cell) ? "finite number" : "number")));
                }
                cols[k][i] = v;
            }
        }
        if (!problems.isEmpty()) {
            throw new CsvFormatException(problems);
        }
        List<Grouping> groupings = new ArrayList<>();
        for (String g : groupColumns) {
            int c = table.columnIndex(g);
            groupings.add(new Grouping(g, table.rows().stream().map(r -> r.get(c).trim()).toList()));
        }
        return new Dataset(units, indicators, cols, groupings);
    }

    /**
     * {@link #read(CsvTable, String, Set, Set)} of a file.
     *
     * @param file         the CSV file
     * @param idColumn     the column naming units
     * @param groupColumns text columns to keep as groupings
     * @param ignore       other columns to leave out
     * @return the dataset
     * @throws CsvFormatException for an unreadable or malformed file and every bad cell
     */
    public static Dataset read(Path file, String idColumn, Set<String> groupColumns, Set<String> ignore) {
        return read(CsvTable.read(file), idColumn, groupColumns, ignore);
    }

    static boolean isMissingToken(String cell) {
        String c = cell.toLowerCase(Locale.ROOT);
        return c.isEmpty() || c.equals("na") || c.equals("nan") || c.equals("null") || c.equals("n/a");
    }

    /**
     * @param cell a trimmed cell
     * @return its number; NaN for a missing token, for text that is not a number and for an infinite number
     */
    public static double parseNumber(String cell) {
        if (isMissingToken(cell)) return Double.NaN;
        try {
            double v = Double.parseDouble(cell);
            return Double.isInfinite(v) ? Double.NaN : v;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static boolean isNonFinite(String cell) {
        try {
            return Double.isInfinite(Double.parseDouble(cell));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * @param v a value
     * @return the shortest text that reads back as {@code v} (whole numbers without ".0"), empty for missing
     */
    public static String format(double v) {
        if (Double.isNaN(v)) return "";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    /**
     * The header of a dataset written as a wide CSV: the id column, the groupings, then the indicators.
     *
     * @param d        the dataset
     * @param idColumn the header of the unit column
     * @return the column names
     */
    public static List<String> header(Dataset d, String idColumn) {
        List<String> header = new ArrayList<>(1 + d.groupings().size() + d.indicatorCount());
        header.add(idColumn);
        d.groupings().forEach(g -> header.add(g.name()));
        header.addAll(d.indicators());
        return header;
    }

    /**
     * The rows of a dataset written as a wide CSV, one per unit, matching {@link #header}; numbers as
     * {@link #format} writes them.
     *
     * @param d the dataset
     * @return one row of cells per unit
     */
    public static List<List<String>> rows(Dataset d) {
        List<List<String>> rows = new ArrayList<>(d.unitCount());
        for (int i = 0; i < d.unitCount(); i++) {
            List<String> r = new ArrayList<>(1 + d.groupings().size() + d.indicatorCount());
            r.add(d.units().get(i));
            for (Grouping g : d.groupings()) r.add(g.labels().get(i));
            for (int j = 0; j < d.indicatorCount(); j++) r.add(format(d.get(i, j)));
            rows.add(r);
        }
        return rows;
    }

    /**
     * Writes a dataset as a wide CSV ({@link #header}, {@link #rows}).
     *
     * @param d        the dataset
     * @param idColumn the header of the unit column
     * @param w        where to write (flushed, left open)
     */
    public static void write(Dataset d, String idColumn, Writer w) {
        CsvTable.write(w, header(d, idColumn), rows(d));
    }

    /**
     * Writes a dataset to a file whole or not at all ({@link CsvTable#writeAtomically}).
     *
     * @param d        the dataset
     * @param idColumn the header of the unit column
     * @param file     the file
     * @throws java.io.UncheckedIOException when the file cannot be written
     */
    public static void write(Dataset d, String idColumn, Path file) {
        CsvTable.writeAtomically(file, header(d, idColumn), rows(d));
    }
}
