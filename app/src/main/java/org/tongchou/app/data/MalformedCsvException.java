package org.tongchou.app.data;

import de.siegmar.fastcsv.reader.CsvParseException;

/**
 * A CSV file that cannot be split into cells from a certain row on (an unclosed quote, text after a closing
 * quote): the import reports it as a problem of that row, with the problems found before it.
 */
final class MalformedCsvException extends RuntimeException {
    private final long row;

    MalformedCsvException(long row, CsvParseException cause) {
        super(reason(cause), cause);
        this.row = row;
    }

    /** The file row (1-based, the header is row 1) of the record that could not be read. */
    long row() {
        return row;
    }

    private static String reason(CsvParseException e) {
        String m = e.getMessage();
        if (m != null && m.startsWith("Unclosed quoted field")) {
            return "is not valid CSV: a quoted cell is not closed before the end of the file";
        }
        if (m != null && m.startsWith("Unexpected character after closing quote")) {
            return "is not valid CSV: text after the closing quote of a cell (quote the whole cell, and double the quotes inside it)";
        }
        return "is not valid CSV: " + m;
    }
}
