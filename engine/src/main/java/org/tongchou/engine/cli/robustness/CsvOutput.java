package org.tongchou.engine.cli.robustness;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
        Path abs = file.toAbsolutePath();
        Path tmp = abs.resolveSibling(abs.getFileName() + ".part");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            CsvTable.write(w, header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        try {
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e2) {
                throw new UncheckedIOException("cannot write " + file + ": " + e2.getMessage(), e2);
            }
        }
    }

    static String num(double v) {
        return DatasetCsv.format(v);
    }
}
