package org.tongchou.app.data;

/**
 * A data file that cannot be read as what its name says (an empty, cut-off or hostile XLSX, a zip bomb, text that
 * is not UTF-8, a file beyond the limits). The import reports it as a problem of the file, at its row and column
 * when known; it is never an error of the server.
 */
final class UnreadableFileException extends RuntimeException {
    private final long row;
    private final int column;
    private final String value;

    UnreadableFileException(String message) {
        this(0, 0, "", message);
    }

    UnreadableFileException(long row, int column, String value, String message) {
        super(message);
        this.row = row;
        this.column = column;
        this.value = value == null ? "" : value;
    }

    long row() {
        return row;
    }

    int column() {
        return column;
    }

    String value() {
        return value;
    }
}
