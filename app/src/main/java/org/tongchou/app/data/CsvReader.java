package org.tongchou.app.data;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A CSV file row by row, read with FastCSV (de.siegmar:fastcsv), the library the engine reads its CSV with:
 * RFC 4180 — comma separated, fields optionally in double quotes, a doubled quote inside quotes is a quote,
 * quoted fields may span lines; LF, CRLF or a lone CR end a row; UTF-8, a byte-order mark is skipped; blank
 * lines are skipped.
 * Text that is not UTF-8 (a CSV saved by Excel on Chinese Windows is GBK) is refused, naming its row, column and
 * likely encoding ({@link TextEncoding}), never read as replacement characters. Rows may have fewer or more cells than the header (the import decides what that means).
 * An unclosed quote and text after a closing quote ({@code "a"b}) are refused with {@link MalformedCsvException}
 * naming the row, since both usually mean a cell was cut or pasted wrongly.
 *
 * <p>Written for tens of millions of rows: FastCSV hands each field over as a slice of its buffer
 * ({@link Cells#handleField}), and the cell is trimmed and turned into a string there, through a small
 * per-column cache, with no intermediate copy.
 */
final class CsvReader implements TableReader {
    private final CountingInputStream bytes;
    private final long size;
    private final Cells cells = new Cells();
    private final de.siegmar.fastcsv.reader.CsvReader<String[]> csv;
    private final CloseableIterator<String[]> rows;
    private final Path file;
    private long row;

    CsvReader(Path file) throws IOException {
        this(Files.newInputStream(file), Files.size(file), file);
    }

    CsvReader(InputStream in, long size) {
        this(in, size, null);
    }

    private CsvReader(InputStream in, long size, Path file) {
        this.bytes = new CountingInputStream(in);
        this.size = size;
        this.file = file;
        this.csv = de.siegmar.fastcsv.reader.CsvReader.builder()
                .allowUnclosedQuote(false)
                .skipEmptyLines(true)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .build(cells, reader(bytes, file));
        this.rows = csv.iterator();
    }

    private static java.io.Reader reader(InputStream in, Path file) {
        try {
            return TextEncoding.strictReader(in, file == null ? "the file" : file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + (file == null ? "the file" : file) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String[] next() throws IOException {
        try {
            if (!rows.hasNext()) return null;
            String[] r = rows.next();
            row = cells.line();
            return r;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) throw TextEncoding.notUtf8(file, cells.line());
            throw e.getCause();
        } catch (CsvParseException e) {
            // the handler saw the failing record begin, so it knows its row
            throw new MalformedCsvException(cells.line(), e);
        }
    }

    @Override
    public long rowNumber() {
        return row;
    }

    @Override
    public long position() {
        return bytes.count;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }

    /**
     * Turns FastCSV's field slices into trimmed strings. Columns repeat few distinct values (unit, indicator,
     * period codes): a small per-column cache returns the same String instance for the same text, so a file
     * of millions of rows allocates few strings for them and the parser's map lookups hit a cached hash and
     * an identical instance.
     */
    private static final class Cells extends AbstractBaseCsvCallbackHandler<String[]> {
        private static final int CACHED_COLUMNS = 64;
        private static final int CACHE_SLOTS = 512;
        private static final int CACHED_LENGTH = 64;
        private final String[][] cache = new String[CACHED_COLUMNS][];
        private String[] fields = new String[16];
        private int count;

        @Override
        protected void handleBegin(long startingLineNumber) {
            count = 0;
        }

        @Override
        protected void handleField(int col, char[] a, int start, int len, boolean quoted) {
            if (count == fields.length) fields = Arrays.copyOf(fields, count * 2);
            fields[count++] = cell(col, a, start, start + len);
        }

        @Override
        protected void handleEmpty() {
            count = 0;
        }

        @Override
        protected String[] buildRecord() {
            return Arrays.copyOf(fields, count);
        }

        long line() {
            return getStartingLineNumber();
        }

        private String cell(int col, char[] a, int start, int end) {
            while (start < end && Character.isWhitespace(a[start])) start++;
            while (end > start && Character.isWhitespace(a[end - 1])) end--;
            if (end == start) return "";
            if (col >= CACHED_COLUMNS || end - start > CACHED_LENGTH) return new String(a, start, end - start);
            int h = 0;
            for (int k = start; k < end; k++) h = 31 * h + a[k];
            String[] slots = cache[col];
            if (slots == null) slots = cache[col] = new String[CACHE_SLOTS];
            int slot = (h ^ (h >>> 12)) & (CACHE_SLOTS - 1);
            String s = slots[slot];
            if (s != null && s.length() == end - start) {
                boolean same = true;
                for (int k = start; k < end && same; k++) same = s.charAt(k - start) == a[k];
                if (same) return s;
            }
            s = new String(a, start, end - start);
            slots[slot] = s;
            return s;
        }
    }

    /** Counts the bytes read, for progress ({@link #position()}). */
    private static final class CountingInputStream extends FilterInputStream {
        volatile long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long k = super.skip(n);
            count += k;
            return k;
        }
    }
}
