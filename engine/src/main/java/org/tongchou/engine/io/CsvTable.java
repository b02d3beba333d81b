package org.tongchou.engine.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tongchou.engine.data.EngineException;

/**
 * A CSV file as text cells: a header and rows (RFC 4180: comma separated, fields optionally quoted
 * with {@code "}, a doubled quote inside quotes is a quote). A UTF-8 byte-order mark is ignored.
 */
public record CsvTable(String source, List<String> header, List<List<String>> rows) {
    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    public static CsvTable read(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public static CsvTable read(Reader reader, String source) {
        List<List<String>> all = parse(reader instanceof BufferedReader b ? b : new BufferedReader(reader), source);
        if (all.isEmpty()) {
            throw new CsvFormatException(List.of(new CsvProblem(source, 1, null, "empty file: no header")));
        }
        List<String> header = all.get(0);
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header = new ArrayList<>(header);
            header.set(0, header.get(0).substring(1));
        }
        List<CsvProblem> problems = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>(all.size() - 1);
        for (int k = 1; k < all.size(); k++) {
            List<String> row = all.get(k);
            if (row.size() == 1 && row.get(0).isEmpty()) {
                continue; // blank line
            }
            if (row.size() != header.size()) {
                problems.add(new CsvProblem(source, k + 1, null,
                        "has " + row.size() + " fields, the header has " + header.size()));
            }
            rows.add(row);
        }
        if (!problems.isEmpty()) {
            throw new CsvFormatException(problems);
        }
        return new CsvTable(source, header, rows);
    }

    /** Index of a header column, or -1. */
    public int columnIndex(String name) {
        return header.indexOf(name);
    }

    public int requireColumn(String name) {
        int c = header.indexOf(name);
        if (c < 0) {
            throw new CsvFormatException(List.of(new CsvProblem(source, 1, name, "no such column; header is " + header)));
        }
        return c;
    }

    private static List<List<String>> parse(BufferedReader in, String source) {
        List<List<String>> out = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        try {
            int ch;
            while ((ch = in.read()) != -1) {
                char c = (char) ch;
                if (quoted) {
                    if (c == '"') {
                        in.mark(1);
                        int next = in.read();
                        if (next == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            if (next != -1) in.reset();
                        }
                    } else {
                        if (c == '\n') line++;
                        field.append(c);
                    }
                } else if (c == '"' && field.length() == 0 && !fieldStarted) {
                    quoted = true;
                    fieldStarted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                    fieldStarted = false;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r') {
                        in.mark(1);
                        if (in.read() != '\n') in.reset();
                    }
                    row.add(field.toString());
                    field.setLength(0);
                    fieldStarted = false;
                    out.add(row);
                    row = new ArrayList<>();
                    line++;
                } else {
                    field.append(c);
                    fieldStarted = true;
                }
            }
            if (quoted) {
                throw new CsvFormatException(List.of(new CsvProblem(source, line, null, "unterminated quoted field")));
            }
            if (fieldStarted || field.length() > 0 || !row.isEmpty()) {
                row.add(field.toString());
                out.add(row);
            }
        } catch (IOException e) {
            throw new EngineException("cannot read " + source + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Writes a header and rows, quoting fields that need it. */
    public static void write(Writer w, List<String> header, Iterable<? extends List<String>> rows) {
        try {
            writeRow(w, header);
            for (List<String> r : rows) {
                writeRow(w, r);
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a CSV file whole or not at all: the text goes to a temporary file beside the target, which
     * is then moved into place (atomically where the file system allows), so a failure never leaves half
     * a file.
     */
    public static void writeAtomically(Path target, List<String> header, Iterable<? extends List<String>> rows) {
        java.io.StringWriter w = new java.io.StringWriter();
        write(w, header, rows);
        writeTextAtomically(target, w.toString());
    }

    /** The text of a file, written as {@link #writeAtomically} does. */
    public static void writeTextAtomically(Path target, String text) {
        Path abs = target.toAbsolutePath();
        try {
            Path dir = abs.getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".tongchou-", ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, abs, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    public static void writeRow(Writer w, List<String> cells) throws IOException {
        for (int k = 0; k < cells.size(); k++) {
            if (k > 0) w.write(',');
            w.write(quote(cells.get(k)));
        }
        w.write('\n');
    }

    public static String quote(String s) {
        if (s == null) return "";
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
