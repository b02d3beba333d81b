package org.tongchou.app.units;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a code-list file, read and cut into fields as bytes, so that the 620,573 village lines
 * are never decoded whole: only the fields a reader asks for become strings (ASCII fields without a
 * UTF-8 decode). With a {@code within} code, a line whose first field is neither a prefix of it nor
 * starts with it is skipped on its bytes. Fields follow RFC 4180 quoting without line breaks inside
 * fields, exactly as {@link DivisionListReader#split}: '"' and ',' are ASCII, and UTF-8 never uses
 * bytes below 0x80 inside a multi-byte character, so splitting the bytes equals splitting the text.
 */
final class CodeLines implements AutoCloseable {
    private final InputStream in;
    private byte[] within;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private byte[] line = new byte[256];
    private int len;
    // fields of the current line: [start, end) in line, and whether the field holds a quote
    private int fields;
    private int[] start = new int[8];
    private int[] end = new int[8];
    private boolean[] quotes = new boolean[8];
    private byte[] scratch = new byte[256];

    CodeLines(InputStream in) {
        this.in = in;
    }

    /** From now on skip lines whose first field is outside {@code within} (ASCII digits; null keeps all). */
    void keepWithin(String within) {
        this.within = within == null ? null : within.getBytes(StandardCharsets.US_ASCII);
    }

    /** The first line, never filtered (the header); null if the file is empty. */
    String header() throws IOException {
        return readLine() ? new String(line, 0, len, StandardCharsets.UTF_8) : null;
    }

    /** Moves to the next line; false at the end of the file. */
    boolean next() throws IOException {
        fields = -1;
        return readLine();
    }

    /**
     * Whether the current line's first field may be a prefix of {@code within} or start with it (all
     * lines without one). Conservative: a field that does not start with plain digits (spaces, quotes)
     * is kept for the reader's test on the stripped text; a digit that differs from {@code within}
     * excludes the line, as it would on the text.
     */
    boolean inScope() {
        if (within == null) return true;
        for (int i = 0; i < len && i < within.length; i++) {
            byte b = line[i];
            if (b < '0' || b > '9') return true;
            if (b != within[i]) return false;
        }
        return true;
    }

    /** Whether the current line is empty or white space only (as {@link String#isBlank}). */
    boolean blank() {
        for (int i = 0; i < len; i++) {
            byte b = line[i];
            if (b < 0) return new String(line, 0, len, StandardCharsets.UTF_8).isBlank();
            if (!Character.isWhitespace(b)) return false;
        }
        return true;
    }

    /** Cuts the current line into fields; returns how many. */
    int split() {
        fields = 0;
        boolean quoted = false;
        boolean hasQuote = false;
        int from = 0;
        for (int i = 0; i < len; i++) {
            byte b = line[i];
            if (b == '"') {
                hasQuote = true;
                quoted = !quoted; // "" inside quotes closes and reopens: same field, resolved in text()
            } else if (b == ',' && !quoted) {
                addField(from, i, hasQuote);
                from = i + 1;
                hasQuote = false;
            }
        }
        addField(from, len, hasQuote);
        return fields;
    }

    private void addField(int from, int to, boolean hasQuote) {
        if (fields == start.length) {
            start = Arrays.copyOf(start, fields * 2);
            end = Arrays.copyOf(end, fields * 2);
            quotes = Arrays.copyOf(quotes, fields * 2);
        }
        start[fields] = from;
        end[fields] = to;
        quotes[fields] = hasQuote;
        fields++;
    }

    /** Field {@code f} of the current line (after {@link #split}) as text, quotes resolved, not stripped. */
    String text(int f) {
        int s = start[f];
        int e = end[f];
        if (quotes[f]) {
            if (e - s >= 2 && line[s] == '"' && line[e - 1] == '"' && indexOfQuote(s + 1, e - 1) < 0) {
                s++; // the usual "name": just drop the enclosing quotes
                e--;
            } else {
                return unquote(s, e);
            }
        }
        return decode(line, s, e - s);
    }

    /** The general case, as {@link DivisionListReader#split}: a quote toggles, "" inside quotes is one quote. */
    private String unquote(int s, int e) {
        if (scratch.length < e - s) scratch = new byte[e - s];
        int n = 0;
        boolean quoted = false;
        for (int i = s; i < e; i++) {
            byte b = line[i];
            if (quoted && b == '"') {
                if (i + 1 < e && line[i + 1] == '"') {
                    scratch[n++] = '"';
                    i++;
                } else {
                    quoted = false;
                }
            } else if (b == '"') {
                quoted = true;
            } else {
                scratch[n++] = b;
            }
        }
        return decode(scratch, 0, n);
    }

    private int indexOfQuote(int from, int to) {
        for (int i = from; i < to; i++) {
            if (line[i] == '"') return i;
        }
        return -1;
    }

    /** ASCII (codes, the common case) as Latin-1, which is a plain copy; anything else as UTF-8. */
    private static String decode(byte[] b, int off, int n) {
        for (int i = off; i < off + n; i++) {
            if (b[i] < 0) return new String(b, off, n, StandardCharsets.UTF_8);
        }
        return new String(b, off, n, StandardCharsets.ISO_8859_1);
    }

    /** Reads one line into {@link #line}; false at the end. Drops "\n" or "\r\n". */
    private boolean readLine() throws IOException {
        if (eof && pos >= limit) return false;
        int n = 0;
        while (true) {
            if (pos >= limit) {
                limit = in.read(buf, 0, buf.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    eof = true;
                    if (n == 0) return false;
                    break;
                }
            }
            // copy up to the next line break in one go
            int nl = pos;
            while (nl < limit && buf[nl] != '\n') nl++;
            int chunk = nl - pos;
            if (n + chunk > line.length) line = Arrays.copyOf(line, Math.max(line.length * 2, n + chunk));
            System.arraycopy(buf, pos, line, n, chunk);
            n += chunk;
            pos = nl;
            if (nl < limit) {
                pos++; // the '\n'
                break;
            }
        }
        if (n > 0 && line[n - 1] == '\r') n--;
        len = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
