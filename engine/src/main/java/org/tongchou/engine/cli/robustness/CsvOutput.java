package org.tongchou.engine.cli.robustness;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.tongchou.engine.io.CsvTable;
import org.tongchou.engine.io.DatasetCsv;

/** Writes a CSV to a file (whole or not at all: written beside it, then moved) or to standard output. */
final class CsvOutput {
    private CsvOutput() {
    }

    static void write(Path file, List<String> header, List<List<String>> rows, PrintWriter stdout) {
        if (file == null) {
            CsvTable.write(stdout, header, rows);
            return;
        }
        CsvTable.writeAtomically(file, header, rows);
    }

    static String num(double v) {
        return DatasetCsv.format(v);
    }
}
