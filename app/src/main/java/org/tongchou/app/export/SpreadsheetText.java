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
}
