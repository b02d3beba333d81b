package org.tongchou.engine.io;

/**
 * One problem found in a CSV file: the file, the 1-based line the row starts on (the header is line 1;
 * 0 for a problem of the whole file, such as a missing file), the column name (or null for the whole row)
 * and what is wrong, naming the bad value.
 *
 * @param file    the file as the user named it
 * @param line    the line, 0 for the whole file
 * @param column  the column (header name), or null
 * @param message what is wrong, e.g. {@code 'abc' is not a number}
 */
public record CsvProblem(String file, int line, String column, String message) {
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + (column == null ? "" : " column '" + column + "'") + ": " + message;
    }
}
