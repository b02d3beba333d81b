package org.tongchou.engine.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.io.CsvFormatException;
import org.tongchou.engine.io.CsvProblem;
import org.tongchou.engine.io.CsvTable;
import org.tongchou.engine.io.DatasetCsv;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The input table of a subcommand: a wide CSV, one row per unit, a unit id column, optional text columns
 * kept as groupings, every other column numeric (checked whole: every bad cell is reported at once).
 */
public final class TableInput {
    @Parameters(index = "0", paramLabel = "INPUT.csv", description = "Input table: one row per unit.")
    Path input;

    @Option(names = {"--id-column", "--id"}, paramLabel = "NAME", description = "Column naming units (default: the first column).")
    String idColumn;

    @Option(names = "--groups", split = ",", paramLabel = "COL",
            description = "Text columns kept as groupings, not read as indicators (commands that write the data copy them).")
    List<String> groups = new ArrayList<>();

    @Option(names = "--ignore", split = ",", paramLabel = "COL", description = "Columns to leave out (e.g. names).")
    List<String> ignore = new ArrayList<>();

    /** The id column actually used; known after {@link #read}. */
    private String id;

    /**
     * Reads the table; {@code alsoGroups} are text columns a command needs besides {@code --groups}.
     *
     * @param alsoGroups text columns to read as groupings
     * @return the dataset
     */
    public Dataset read(Set<String> alsoGroups) {
        return read(CsvTable.read(input), alsoGroups);
    }

    /**
     * Reads an already parsed table (e.g. one a command reshaped).
     *
     * @param table      the table
     * @param alsoGroups text columns to read as groupings
     * @return the dataset
     */
    public Dataset read(CsvTable table, Set<String> alsoGroups) {
        LinkedHashSet<String> g = new LinkedHashSet<>(groups);
        g.addAll(alsoGroups);
        id = idColumn != null ? idColumn : table.header().get(0);
        requireColumns(table, "--ignore", ignore);
        return DatasetCsv.read(table, id, g, Set.copyOf(ignore));
    }

    /**
     * Columns an option names must exist: a misspelt name would otherwise be silently read as an indicator.
     *
     * @param table  the table
     * @param option the option that names them, for the message
     * @param names  the column names
     */
    public static void requireColumns(CsvTable table, String option, List<String> names) {
        List<CsvProblem> problems = new ArrayList<>();
        for (String n : names) {
            if (table.columnIndex(n) < 0) {
                problems.add(new CsvProblem(table.source(), 1, n, "column named by " + option + " not found; header is " + table.header()));
            }
        }
        if (!problems.isEmpty()) throw new CsvFormatException(problems);
    }

    /**
     * Reads the table with {@code --groups} only.
     *
     * @return the dataset
     */
    public Dataset read() {
        return read(Set.of());
    }

    /**
     * The input file.
     *
     * @return the path
     */
    public Path file() {
        return input;
    }

    /**
     * The input file as messages name it.
     *
     * @return the name
     */
    public String source() {
        return input.toString();
    }

    /**
     * The id column used by the last {@link #read}.
     *
     * @return the column name
     */
    public String idColumn() {
        if (id == null) throw new IllegalStateException("the input has not been read yet");
        return id;
    }

    /**
     * Columns to leave out.
     *
     * @return the column names
     */
    public Set<String> ignored() {
        return new HashSet<>(ignore);
    }
}
