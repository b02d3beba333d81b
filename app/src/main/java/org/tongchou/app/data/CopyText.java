package org.tongchou.app.data;

/**
 * A field of PostgreSQL's {@code COPY ... FROM STDIN} text format: NULL is {@code \N}; backslash, tab, newline
 * and carriage return are escaped (PostgreSQL documentation, "COPY", File Formats, Text Format). Used by every
 * text-format COPY of the application (the value import's staging; an evaluation run's result rows go in the
 * binary format, {@link PgBinaryRows}).
 */
final class CopyText {
    private CopyText() {
    }

    /** Appends {@code t} to {@code b} as a COPY text field; null becomes {@code \N}. */
    static void append(StringBuilder b, String t) {
        if (t == null) {
            b.append("\\N");
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
}
