package org.tongchou.app.pgcopy;

/**
 * A field of PostgreSQL's {@code COPY ... FROM STDIN} text format: NULL is {@code \N}; backslash, tab, newline
 * and carriage return are escaped (PostgreSQL documentation, "COPY", File Formats, Text Format). Used by every
 * text-format COPY of the application (the unit import's rows, the value import's staging; binary COPYs go
 * through {@link PgBinaryRows}).
 */
public final class CopyText {
    private static final String NULL = "\\N";

    private CopyText() {
    }

    /** Appends {@code t} to {@code b} as a COPY text field; null becomes {@code \N}. */
    public static void append(StringBuilder b, String t) {
        if (t == null) {
            b.append(NULL);
            return;
        }
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            switch (ch) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(ch);
            }
        }
    }

    /**
     * {@code t} as a COPY text field: null becomes {@code \N}; a text with nothing to escape is returned
     * itself (no copy), for writers that encode fields to bytes themselves.
     */
    public static String field(String t) {
        if (t == null) return NULL;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r') {
                StringBuilder b = new StringBuilder(t.length() + 8);
                append(b, t);
                return b.toString();
            }
        }
        return t;
    }
}
