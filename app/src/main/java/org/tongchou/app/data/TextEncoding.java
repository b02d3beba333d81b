package org.tongchou.app.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text encoding of a CSV file. Files are read as UTF-8 (a UTF-8 byte-order mark is skipped; UTF-16 with its
 * byte-order mark is read too) with a decoder that refuses malformed bytes: a file in another encoding is never read
 * as replacement characters (U+FFFD) into names and comments. Such a file is refused with the row and column of its
 * first byte that is not UTF-8 and the encoding it most likely is: GBK (GB2312/GB18030), what Excel writes for "CSV"
 * on Chinese Windows; the message says how to save it as UTF-8.
 */
final class TextEncoding {
    private TextEncoding() {
    }

    /** A reader of the stream in the encoding its byte-order mark names (UTF-8 without one) that throws on malformed input. */
    static Reader strictReader(InputStream in, String name) throws IOException {
        PushbackInputStream p = new PushbackInputStream(in, 4);
        byte[] head = new byte[4];
        int n = p.readNBytes(head, 0, 4);
        Charset cs = StandardCharsets.UTF_8;
        int skip = 0;
        if (n >= 4 && (head[0] == 0 && head[1] == 0 && (head[2] & 0xFF) == 0xFE && (head[3] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE && head[2] == 0 && head[3] == 0)) {
            throw new UnreadableFileException(1, 1, "", name + " is UTF-32 text: save it as UTF-8 (Excel: \"CSV UTF-8\")");
        } else if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        if (n > skip) p.unread(head, skip, n - skip);
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(p, d);
    }

    /**
     * The refusal of a file that is not UTF-8: with its row, column and likely encoding when the file can be read
     * again ({@code file} not null), else at {@code line}.
     */
    static UnreadableFileException notUtf8(Path file, long line) {
        String name = file == null ? "the file" : file.getFileName().toString();
        UnreadableFileException fallback = new UnreadableFileException(line, 0, "", name + " is not UTF-8 text: save it as UTF-8 (Excel: \"CSV UTF-8\")");
        if (file == null) return fallback;
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return locate(in, name, fallback);
        } catch (IOException e) {
            return fallback;
        }
    }

    /** Scans for the first byte that is not UTF-8, counting rows (as the CSV reader does) and columns (commas outside quotes). */
    private static UnreadableFileException locate(InputStream in, String name, UnreadableFileException fallback) throws IOException {
        byte[] headBytes = in.readNBytes(4);
        if (headBytes.length == 4 && headBytes[0] == 'P' && headBytes[1] == 'K' && headBytes[2] == 3 && headBytes[3] == 4) {
            return new UnreadableFileException(1, 0, "", name + " is a zip archive (an XLSX workbook?), not CSV text: name it .xlsx or save it as \"CSV UTF-8\"");
        }
        int skip = headBytes.length >= 3 && (headBytes[0] & 0xFF) == 0xEF && (headBytes[1] & 0xFF) == 0xBB && (headBytes[2] & 0xFF) == 0xBF ? 3 : 0;
        InputStream all = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(headBytes, skip, headBytes.length - skip), in);
        long row = 1;
        int col = 1;
        boolean quoted = false;
        byte[] cell = new byte[256];
        int cellLen = 0;
        int need = 0; // continuation bytes still expected
        int lo = 0x80; // the range of the next continuation byte (narrower after E0, ED, F0, F4: no overlong form, surrogate or beyond U+10FFFF)
        int hi = 0xBF;
        int seqStart = 0;
        boolean prevCr = false;
        int c;
        while ((c = all.read()) >= 0) {
            boolean bad;
            if (need > 0) {
                bad = c < lo || c > hi;
                if (!bad) {
                    need--;
                    lo = 0x80;
                    hi = 0xBF;
                }
            } else if (c < 0x80) {
                bad = false;
            } else if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
                bad = false;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                lo = c == 0xE0 ? 0xA0 : 0x80;
                hi = c == 0xED ? 0x9F : 0xBF;
                bad = false;
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                lo = c == 0xF0 ? 0x90 : 0x80;
                hi = c == 0xF4 ? 0x8F : 0xBF;
                bad = false;
            } else {
                bad = true;
            }
            if (need > 0 && (c & 0xC0) != 0x80) seqStart = cellLen;
            if (bad) {
                // the cell's bytes from its start, and a little after, to show what it says read as GBK
                byte[] window = new byte[4096];
                int start = need > 0 && (c & 0xC0) == 0x80 ? seqStart : cellLen;
                int w = Math.min(cellLen, cell.length);
                System.arraycopy(cell, 0, window, 0, w);
                window[w++] = (byte) c;
                int more = all.readNBytes(window, w, window.length - w);
                w += more;
                return refusal(name, row, col, window, w, start);
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n' || c == '\r') {
                if (!(c == '\n' && prevCr)) row++;
                if (!quoted) {
                    col = 1;
                    cellLen = 0;
                }
            } else if (c == ',' && !quoted) {
                col++;
                cellLen = 0;
            } else if (cellLen < cell.length) {
                cell[cellLen++] = (byte) c;
            }
            prevCr = c == '\r';
        }
        if (need > 0) { // the file ends inside a character: cut off
            return new UnreadableFileException(row, col, "", name + " ends inside a character (the file was cut off?): it is not complete UTF-8 text");
        }
        return fallback;
    }

    private static UnreadableFileException refusal(String name, long row, int col, byte[] window, int len, int badAt) {
        int end = 0;
        while (end < len && window[end] != ',' && window[end] != '\n' && window[end] != '\r') end++;
        byte[] cellBytes = java.util.Arrays.copyOf(window, end);
        StringBuilder hex = new StringBuilder();
        for (int i = badAt; i < Math.min(end, badAt + 4); i++) hex.append(String.format("%02X ", window[i] & 0xFF));
        String reason;
        if (decodes(cellBytes, Charset.forName("GBK")) != null) {
            reason = "is not UTF-8 text: the file looks like GBK (GB2312/GB18030), as Excel saves \"CSV\" on Chinese Windows (read as GBK"
                    + " this cell says '" + new String(cellBytes, Charset.forName("GB18030")).strip() + "'); save it as \"CSV UTF-8\" or convert it"
                    + " (iconv -f GB18030 -t UTF-8)";
        } else if (decodes(cellBytes, Charset.forName("Big5")) != null) {
            reason = "is not UTF-8 text: the file looks like Big5; save it as \"CSV UTF-8\" or convert it (iconv -f BIG5 -t UTF-8)";
        } else {
            reason = "is not UTF-8 text (bytes " + hex.toString().strip() + "): save the file as UTF-8 (Excel: \"CSV UTF-8\")";
        }
        return new UnreadableFileException(row, col, "", name + " " + reason);
    }

    /** The whole text when the bytes are valid in the charset, else null. */
    private static String decodes(byte[] b, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
