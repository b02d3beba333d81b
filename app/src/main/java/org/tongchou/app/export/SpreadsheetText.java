package org.tongchou.app.export;

/**
 * Text cells of every export (CSV and XLSX) made safe against spreadsheet formula injection (OWASP, "CSV
 * Injection"): a cell whose text starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return would be read as a formula by Excel, LibreOffice or WPS, so it gets a leading apostrophe, which
 * spreadsheet programs show as text. Only text cells go through here; numbers are written as numbers and
 * never changed (a negative number is a number, not text starting with '-').
 */
public final class SpreadsheetText {
    private SpreadsheetText() {
    }

    /** The text as a spreadsheet must receive it: unchanged, or with a leading apostrophe; null stays null. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) return text;
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }

    /**
     * A cell of a CSV file, where numbers are text too: a plain number ({@code -12.5}, {@code 1e-3}) is left as it is
     * (spreadsheets read it as the number), any other text as {@link #neutralise} makes it; null stays null.
     */
    public static String csvCell(String text) {
        if (text == null || text.isEmpty() || isPlainNumber(text)) return text;
        return neutralise(text);
    }

    /** Whether the text is a plain decimal number, optionally signed, with an optional exponent. */
    public static boolean isPlainNumber(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) i++;
        int digits = 0;
        while (i < n && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                digits++;
            }
        }
        if (digits == 0) return false;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) i++;
            int e = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                e++;
            }
            if (e == 0) return false;
        }
        return i == n;
    }
}
