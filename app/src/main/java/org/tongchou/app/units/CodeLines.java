package org.tongchou.app.units;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The lines of a code-list file, read as bytes: with a {@code within} code, a line whose first field
 * is neither a prefix of it nor starts with it is skipped before it is decoded, so that taking one
 * county out of the 620,573 villages costs a byte comparison per line instead of a UTF-8 decode and
 * a substring. The line counter still counts every line, so problems keep their line numbers.
 */
final class CodeLines implements AutoCloseable {
    /** Returned (by identity) for a line outside the {@code within} subtree. */
    static final String SKIPPED = new String("<skipped>");

    private final InputStream in;
    private byte[] within;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private byte[] line = new byte[256];
    private boolean eof;

    CodeLines(InputStream in) {
        this.in = in;
    }

    /** From now on skip lines whose first field is outside {@code within} (ASCII digits; null keeps all). */
    void keepWithin(String within) {
        this.within = within == null ? null : within.getBytes(StandardCharsets.US_ASCII);
    }

    /** The first line, never filtered (the header); null if the file is empty. */
    String header() throws IOException {
        int len = readLine();
        return len < 0 ? null : new String(line, 0, len, StandardCharsets.UTF_8);
    }

    /** The next line without its line break, {@link #SKIPPED}, or null at the end of the file. */
    String next() throws IOException {
        int len = readLine();
        if (len < 0) return null;
        if (within != null && !relevant(len)) return SKIPPED;
        return new String(line, 0, len, StandardCharsets.UTF_8);
    }

    /** Whether the first field is a prefix of {@code within} or starts with it (same test as on strings). */
    private boolean relevant(int len) {
        int code = 0;
        while (code < len && line[code] != ',') code++;
        int common = Math.min(code, within.length);
        for (int i = 0; i < common; i++) {
            if (line[i] != within[i]) return false;
        }
        return true;
    }

    /** Reads one line into {@link #line}; returns its length without "\n" or "\r\n", or -1 at the end. */
    private int readLine() throws IOException {
        if (eof && pos >= limit) return -1;
        int len = 0;
        while (true) {
            if (pos >= limit) {
                limit = in.read(buf, 0, buf.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    eof = true;
                    if (len == 0) return -1;
                    break;
                }
            }
            byte b = buf[pos++];
            if (b == '\n') break;
            if (len == line.length) line = java.util.Arrays.copyOf(line, len * 2);
            line[len++] = b;
        }
        if (len > 0 && line[len - 1] == '\r') len--;
        return len;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
