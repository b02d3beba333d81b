package org.tongchou.app.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The type of an uploaded file as its content shows it, never as the browser or the file name claims:
 * the signature bytes of PDF, PNG and JPEG; for a ZIP, the entries that make a Word document
 * ({@code word/document.xml}) or an Excel workbook ({@code xl/workbook.xml}); otherwise UTF-8 text
 * without NUL characters (plain text and CSV). Anything else (executables, HTML with a faked name,
 * archives of other kinds) has no type here and is refused by the caller.
 */
public enum FileContent {
    PDF("application/pdf", ".pdf"),
    PNG("image/png", ".png"),
    JPEG("image/jpeg", ".jpg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
    TEXT("text/plain; charset=UTF-8", ".txt");

    private final String mediaType;
    private final String suffix;

    FileContent(String mediaType, String suffix) {
        this.mediaType = mediaType;
        this.suffix = suffix;
    }

    public String mediaType() {
        return mediaType;
    }

    public String suffix() {
        return suffix;
    }

    /** Whether browsers may show it inline (images and PDF); everything else is downloaded. */
    public boolean inline() {
        return this == PNG || this == JPEG || this == PDF;
    }

    /** The type the bytes show, or empty when they are none of the known ones. */
    public static Optional<FileContent> detect(byte[] b) {
        if (starts(b, '%', 'P', 'D', 'F', '-')) return Optional.of(PDF);
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return Optional.of(PNG);
        if (starts(b, 0xFF, 0xD8, 0xFF)) return Optional.of(JPEG);
        if (starts(b, 'P', 'K', 3, 4)) return office(b);
        return text(b) ? Optional.of(TEXT) : Optional.empty();
    }

    private static Optional<FileContent> office(byte[] b) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry e;
            int entries = 0;
            while ((e = zip.getNextEntry()) != null && entries++ < 10_000) {
                if (e.getName().equals("word/document.xml")) return Optional.of(DOCX);
                if (e.getName().equals("xl/workbook.xml")) return Optional.of(XLSX);
            }
        } catch (IOException | IllegalArgumentException ignored) {
            // not a readable ZIP: no type
        }
        return Optional.empty();
    }

    private static boolean text(byte[] b) {
        if (b.length == 0) return false;
        for (byte x : b) if (x == 0) return false;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean starts(byte[] b, int... sig) {
        if (b.length < sig.length) return false;
        for (int i = 0; i < sig.length; i++) if ((b[i] & 0xFF) != sig[i]) return false;
        return true;
    }

    /**
     * A file name safe to show and to send back in a Content-Disposition header: the last path element
     * only (no directories, so no traversal), control characters and the characters Windows forbids
     * replaced, at most 200 characters; {@code fallback} when nothing is left.
     */
    public static String safeName(String original, String fallback) {
        if (original == null) return fallback;
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        StringBuilder b = new StringBuilder();
        name.codePoints().forEach(c -> b.appendCodePoint(c < 0x20 || c == 0x7F || "<>:\"|?*".indexOf(c) >= 0 ? '_' : c));
        String s = b.toString().strip();
        while (s.startsWith(".")) s = s.substring(1);
        if (s.isBlank()) return fallback;
        return s.length() > 200 ? s.substring(s.length() - 200) : s;
    }
}
