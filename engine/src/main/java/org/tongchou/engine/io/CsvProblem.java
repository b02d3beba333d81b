package org.tongchou.engine.io;

/** One problem found in a CSV file, located by file, 1-based line (the header is line 1) and column name. */
public record CsvProblem(String file, int line, String column, String message) {
    @Override
    public String toString() {
        return file + ":" + line + (column == null ? "" : " column '" + column + "'") + ": " + message;
    }
}
