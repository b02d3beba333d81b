package org.tongchou.app.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streaming RFC 4180 CSV: comma separated, fields optionally in double quotes, a doubled quote inside
 * quotes is a quote, quoted fields may span lines. UTF-8; a byte-order mark is skipped; CRLF or LF.
 * Written for speed (tens of millions of rows): one pass over a char buffer, no regular expressions.
 */
final class CsvReader implements TableReader {
    private final Reader in;
    private final long size;
    private final char[] buf = new char[1 << 16];
    private int len;
    private int pos;
    private long consumedChars;
    private long row;
    private long nextRow = 1;
    private final StringBuilder field = new StringBuilder();
    private char[] scratch = new char[256];
    private final List<String> cells = new ArrayList<>();
    private boolean first = true;
    private static final int CACHED_COLUMNS = 64;
    private static final int CACHE_SLOTS = 512;
    private final String[][] cache = new String[CACHED_COLUMNS][];

    CsvReader(Path file) throws IOException {
        this(Files.newInputStream(file), Files.size(file));
    }

    CsvReader(InputStream in, long size) {
        this.in = new InputStreamReader(in, StandardCharsets.UTF_8);
        this.size = size;
    }

    private int read() throws IOException {
        if (pos == len) {
            consumedChars += len;
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) {
                len = 0;
                return -1;
            }
        }
        return buf[pos++];
    }

    @Override
    public String[] next() throws IOException {
        cells.clear();
        row = nextRow;
        int c = read();
        if (c == -1) return null;
        if (first) {
            first = false;
            if (c == '\uFEFF') c = read();
        }
        while (true) {
            field.setLength(0);
            if (c == '"') {
                while (true) {
                    c = read();
                    if (c == -1) break;
                    if (c == '"') {
                        c = read();
                        if (c == '"') {
                            field.append('"');
                        } else {
                            break;
                        }
                    } else {
                        if (c == '\n') nextRow++;
                        field.append((char) c);
                    }
                }
                // text after the closing quote up to the separator is kept as is
                while (c != -1 && c != ',' && c != '\n' && c != '\r') {
                    field.append((char) c);
                    c = read();
                }
            } else if (c != -1 && c != ',' && c != '\n' && c != '\r') {
                // unquoted: find the end in the buffer and take the cell from there, without copying
                int from = pos - 1;
                int p = pos;
                while (p < len) {
                    char ch = buf[p];
                    if (ch == ',' || ch == '\n' || ch == '\r') break;
                    p++;
                }
                if (p < len) {
                    cells.add(cell(cells.size(), buf, from, p));
                    c = buf[p];
                    pos = p + 1;
                    if (c == ',') {
                        c = read();
                        continue;
                    }
                    if (c == '\r') {
                        c = read();
                        if (c != '\n' && c != -1) pos--;
                    }
                    nextRow++;
                    return cells.toArray(new String[0]);
                }
                // the cell goes on in the next buffer
                field.append(buf, from, p - from);
                pos = p;
                c = read();
                while (c != -1 && c != ',' && c != '\n' && c != '\r') {
                    field.append((char) c);
                    c = read();
                }
            }
            int n = field.length();
            if (scratch.length < n) scratch = new char[Math.max(n, scratch.length * 2)];
            field.getChars(0, n, scratch, 0);
            cells.add(cell(cells.size(), scratch, 0, n));
            if (c == ',') {
                c = read();
                continue;
            }
            if (c == '\r') {
                c = read();
                if (c != '\n' && c != -1) pos--; // a lone CR ends the row
            }
            nextRow++;
            return cells.toArray(new String[0]);
        }
    }

    /**
     * The current field, stripped, as a string. Columns repeat few distinct values (unit, indicator,
     * period codes): a small per-column cache returns the same String instance for the same text, so
     * a file of millions of rows allocates few strings for them and the parser's map lookups hit a
     * cached hash and an identical instance.
     */
    private String cell(int col, char[] a, int start, int end) {
        while (start < end && Character.isWhitespace(a[start])) start++;
        while (end > start && Character.isWhitespace(a[end - 1])) end--;
        if (end == start) return "";
        if (col >= CACHED_COLUMNS || end - start > 64) return new String(a, start, end - start);
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

    @Override
    public long rowNumber() {
        return row;
    }

    @Override
    public long position() {
        // chars, close to bytes for the ASCII bulk of a data file
        return consumedChars + pos;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
