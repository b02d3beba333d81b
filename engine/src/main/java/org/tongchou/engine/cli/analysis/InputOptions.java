package org.tongchou.engine.cli.analysis;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.MissingPolicy;
import org.tongchou.engine.io.CsvTable;
import org.tongchou.engine.io.DatasetCsv;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options every analysis subcommand shares: the input CSV, its id column, the output and the missing-value policy. */
final class InputOptions {
    @Parameters(index = "0", paramLabel = "INPUT.csv", description = "Input table: one row per unit.")
    Path input;

    @Option(names = {"--id-column", "--id"}, paramLabel = "NAME", description = "Column naming units (default: the first column).")
    String idColumn;

    /** The id column actually used; known after {@link #read}. */
    String id;

    @Option(names = "--ignore", split = ",", paramLabel = "COLUMN", description = "Columns to leave out (e.g. names).")
    List<String> ignore = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.csv", description = "Output file (default: standard output).")
    Path output;

    @Option(names = "--missing", defaultValue = "FAIL", paramLabel = "POLICY",
            description = "Missing values: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    MissingPolicy missing;

    Dataset read(Set<String> groups, Set<String> alsoIgnore) {
        Set<String> ign = new HashSet<>(ignore);
        ign.addAll(alsoIgnore);
        CsvTable t = CsvTable.read(input);
        id = idColumn != null ? idColumn : t.header().get(0);
        return DatasetCsv.read(t, id, groups, ign);
    }

    /**
     * Writes the output whole: to a temporary file moved into place at the end, so that a failure never leaves a
     * half-written file; or to the command's standard output.
     */
    void write(List<String> header, List<List<String>> rows, PrintWriter stdout) {
        if (output == null) {
            CsvTable.write(stdout, header, rows);
            stdout.flush();
            return;
        }
        CsvTable.writeAtomically(output, header, rows);
    }

    static String num(double v) {
        return DatasetCsv.format(v);
    }
}
