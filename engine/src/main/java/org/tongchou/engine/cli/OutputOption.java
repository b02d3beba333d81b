package org.tongchou.engine.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.io.CsvTable;
import org.tongchou.engine.io.DatasetCsv;
import picocli.CommandLine.Option;

/**
 * Where a subcommand writes: {@code -o FILE} or standard output. A file is written to a temporary
 * sibling and moved into place, so a failed run never leaves half a file.
 */
final class OutputOption {
    @Option(names = {"-o", "--output"}, paramLabel = "OUT.csv", description = "Output file (default: standard output).")
    Path output;

    void write(Dataset d, String idColumn, PrintWriter out) {
        StringWriter w = new StringWriter();
        DatasetCsv.write(d, idColumn, w);
        emit(w.toString(), out);
    }

    void write(List<String> header, List<List<String>> rows, PrintWriter out) {
        StringWriter w = new StringWriter();
        CsvTable.write(w, header, rows);
        emit(w.toString(), out);
    }

    private void emit(String text, PrintWriter out) {
        if (output == null) {
            out.print(text);
            out.flush();
            return;
        }
        atomicWrite(output, text);
    }

    static void atomicWrite(Path target, String text) {
        CsvTable.writeTextAtomically(target, text);
    }
}
