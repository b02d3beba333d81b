package org.tongchou.engine.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.io.CsvTable;
import org.tongchou.engine.io.DatasetCsv;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input table of a subcommand: a wide CSV with a unit id column, optional text columns. */
final class InputOptions {
    @Parameters(index = "0", paramLabel = "INPUT.csv", description = "Input table: one row per unit.")
    Path input;

    @Option(names = "--id-column", paramLabel = "NAME", description = "Column naming units (default: the first column).")
    String idColumn;

    @Option(names = "--groups", split = ",", paramLabel = "COL", description = "Text columns kept as groupings (copied to the output).")
    List<String> groups = new ArrayList<>();

    @Option(names = "--ignore", split = ",", paramLabel = "COL", description = "Columns to leave out (e.g. names).")
    List<String> ignore = new ArrayList<>();

    Dataset read() {
        CsvTable t = CsvTable.read(input);
        return DatasetCsv.read(t, idColumn(t), new LinkedHashSet<>(groups), Set.copyOf(ignore));
    }

    String idColumn(CsvTable t) {
        return idColumn != null ? idColumn : t.header().get(0);
    }

    String idColumn() {
        return idColumn != null ? idColumn : CsvTable.read(input).header().get(0);
    }
}
