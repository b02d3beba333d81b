package org.tongchou.engine.io;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A CSV file as text cells: a header and rows, each row with the line of the file it starts on.
 *
 * <p>Read with FastCSV (de.siegmar:fastcsv), RFC 4180: comma separated; a field may be quoted with
 * {@code "}, a doubled quote inside quotes is a quote, and a quoted field may hold commas and line
 * breaks; lines end with LF, CRLF or CR; a UTF-8 byte-order mark is skipped; blank lines are skipped.
 * Text after a closing quote ({@code "a"b}) and a quote left open at the end of the file are refused,
 * since both usually mean a cell was cut or pasted wrongly. The file is checked whole: every row whose
 * number of fields differs from the header's is reported at once, each with its line (a quoted line
 * break counts, so lines are the file's lines as an editor shows them). Cells are kept as written (not
 * trimmed).
 *
 * <p>Written with FastCSV too: a field is quoted only when it holds a comma, a quote or a line break
 * (or starts with {@code #}), lines end with LF.
 */
public final class CsvTable {
    private final String source;
    private final List<String> header;
    private final List<List<String>> rows;
    private final int[] lines;

    /**
     * @param source where the table came from, for messages
     * @param header column names
     * @param rows   rows of cells
     * @param lines  the file line each row starts on (1-based; the header is line 1)
     */
    public CsvTable(String source, List<String> header, List<List<String>> rows, int[] lines) {
        if (lines.length != rows.size()) {
            throw new IllegalArgumentException(lines.length + " line numbers for " + rows.size() + " rows");
        }
        this.source = source;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
        this.lines = lines.clone();
    }

    /**
     * A table whose rows are on consecutive lines after a one-line header (rows built in memory).
     *
     * @param source what to call the table in messages
     * @param header column names
     * @param rows   rows of cells
     */
    public CsvTable(String source, List<String> header, List<List<String>> rows) {
        this(source, header, rows, consecutiveLines(rows.size()));
    }

    private static int[] consecutiveLines(int n) {
        int[] l = new int[n];
        for (int i = 0; i < n; i++) l[i] = i + 2;
        return l;
    }

    /**
     * Where the table came from (a file name), for messages.
     *
     * @return the file name, or a description of the source
     */
    public String source() {
        return source;
    }

    /**
     * The column names, in file order.
     *
     * @return the header
     */
    public List<String> header() {
        return header;
    }

    /**
     * The rows, each with one cell per column.
     *
     * @return the rows
     */
    public List<List<String>> rows() {
        return rows;
    }

    /**
     * @param r a row's position (0-based)
     * @return the file line it starts on, for messages
     */
    public int line(int r) {
        return lines[r];
    }

    /**
     * The file line of every row (a copy).
     *
     * @return one line number per row
     */
    public int[] lines() {
        return lines.clone();
    }

    /**
     * Reads a UTF-8 CSV file.
     *
     * @param file the file
     * @return its header and rows, each row with its line
     * @throws CsvFormatException if the file cannot be read, is empty, is not valid CSV or has rows whose
     *                           number of fields differs from the header's (every such row listed)
     */
    public static CsvTable read(Path file) {
        String source = file.toString();
        RowHandler handler = new RowHandler();
        try (CsvReader<Row> reader = builder().detectBomHeader(true).build(handler, file, StandardCharsets.UTF_8)) {
            return collect(reader, handler, source);
        } catch (NoSuchFileException e) {
            throw new CsvFormatException(List.of(new CsvProblem(source, 0, null, "no such file")));
        } catch (IOException | UncheckedIOException e) {
            throw new CsvFormatException(List.of(new CsvProblem(source, 0, null, "cannot read: " + e.getMessage())));
        }
    }

    /**
     * Reads CSV text from a reader (already decoded; a leading byte-order mark is skipped).
     *
     * @param reader the text
     * @param source what to call the text in messages
     * @return its header and rows
     * @throws CsvFormatException as {@link #read(Path)}
     */
    public static CsvTable read(Reader reader, String source) {
        RowHandler handler = new RowHandler();
        try (CsvReader<Row> r = builder().build(handler, reader)) {
            return collect(r, handler, source);
        } catch (IOException | UncheckedIOException e) {
            throw new CsvFormatException(List.of(new CsvProblem(source, 0, null, "cannot read: " + e.getMessage())));
        }
    }

    private static CsvReader.CsvReaderBuilder builder() {
        return CsvReader.builder()
                .allowUnclosedQuote(false)
                .skipEmptyLines(true)
                // ragged rows are reported below, all of them, rather than stopping at the first
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE);
    }

    private static CsvTable collect(CsvReader<Row> reader, RowHandler handler, String source) {
        List<Row> all = new ArrayList<>();
        List<CsvProblem> problems = new ArrayList<>();
        try {
            for (Row r : reader) all.add(r);
        } catch (CsvParseException e) {
            // the handler saw the failing record begin, so it knows its line
            problems.add(new CsvProblem(source, handler.line(), null, "not valid CSV: " + reason(e)));
        }
        if (all.isEmpty()) {
            problems.add(new CsvProblem(source, 1, null, "empty file: no header"));
            throw new CsvFormatException(problems);
        }
        List<String> header = new ArrayList<>(all.get(0).fields());
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) header.set(0, header.get(0).substring(1));
        List<List<String>> rows = new ArrayList<>(all.size() - 1);
        int[] lines = new int[all.size() - 1];
        for (int k = 1; k < all.size(); k++) {
            Row row = all.get(k);
            if (row.fields().size() != header.size()) {
                problems.add(new CsvProblem(source, row.line(), null,
                        "has " + row.fields().size() + " fields, the header has " + header.size()));
            }
            rows.add(row.fields());
            lines[k - 1] = row.line();
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(CsvProblem::line));
            throw new CsvFormatException(problems);
        }
        return new CsvTable(source, header, rows, lines);
    }

    private static String reason(CsvParseException e) {
        String m = e.getMessage();
        if (m != null && m.startsWith("Unclosed quoted field")) return "a quoted field is not closed before the end of the file";
        if (m != null && m.startsWith("Unexpected character after closing quote")) {
            return "text after the closing quote of a field (quote the whole field, and double the quotes inside it)";
        }
        return m;
    }

    /** One record: the line it starts on and its fields. */
    private record Row(int line, List<String> fields) {
    }

    /** Collects each record's fields as strings with the line it starts on. */
    private static final class RowHandler extends AbstractBaseCsvCallbackHandler<Row> {
        private final List<String> fields = new ArrayList<>();

        @Override
        protected void handleBegin(long startingLineNumber) {
            fields.clear();
        }

        @Override
        protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
            fields.add(new String(buf, offset, len));
        }

        @Override
        protected void handleEmpty() {
            fields.clear();
        }

        @Override
        protected Row buildRecord() {
            return new Row(line(), List.copyOf(fields));
        }

        /** The line the current record starts on. */
        int line() {
            return Math.toIntExact(getStartingLineNumber());
        }
    }

    /**
     * @param name a column name
     * @return its index in the header, or -1
     */
    public int columnIndex(String name) {
        return header.indexOf(name);
    }

    /**
     * @param name a column name
     * @return its index in the header
     * @throws CsvFormatException naming the column and the header when there is no such column
     */
    public int requireColumn(String name) {
        int c = header.indexOf(name);
        if (c < 0) {
            throw new CsvFormatException(List.of(new CsvProblem(source, 1, name, "no such column; header is " + header)));
        }
        return c;
    }

    /**
     * Writes a header and rows, quoting fields that need it, and flushes {@code w} (which stays open).
     *
     * @param w      where to write
     * @param header column names
     * @param rows   rows of cells
     * @throws UncheckedIOException when {@code w} fails
     */
    public static void write(Writer w, List<String> header, Iterable<? extends List<String>> rows) {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(w);
        csv.writeRecord(header);
        for (List<String> r : rows) csv.writeRecord(r);
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a CSV file whole or not at all: the text goes to a temporary file beside the target, which
     * is then moved into place (atomically where the file system allows), so a failure never leaves half
     * a file.
     *
     * @param target the file to write (replaced if it exists)
     * @param header column names
     * @param rows   rows of cells
     * @throws UncheckedIOException when the file cannot be written (not an input problem)
     */
    public static void writeAtomically(Path target, List<String> header, Iterable<? extends List<String>> rows) {
        StringWriter w = new StringWriter();
        write(w, header, rows);
        writeTextAtomically(target, w.toString());
    }

    /**
     * The text of a file, written as {@link #writeAtomically} does.
     *
     * @param target the file to write (replaced if it exists)
     * @param text   its content, written as UTF-8
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void writeTextAtomically(Path target, String text) {
        Path abs = target.toAbsolutePath();
        try {
            Path dir = abs.getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".tongchou-", ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "CsvTable[" + source + ": " + header + ", " + rows.size() + " rows, lines " + Arrays.toString(
                Arrays.copyOf(lines, Math.min(5, lines.length))) + (lines.length > 5 ? "..." : "") + "]";
    }
}
