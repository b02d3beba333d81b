package org.tongchou.app.data;

import java.io.Closeable;
import java.io.IOException;

/** A spreadsheet-like file read row by row: CSV or the first sheet of an XLSX workbook. */
interface TableReader extends Closeable {
    /** The next row's cells (trimmed; never null, maybe shorter than the header), or null at the end. */
    String[] next() throws IOException;

    /**
     * Why the cell {@code col} (0-based) of the row last returned cannot be taken at its text's word (an XLSX
     * formula without a stored result, a date, an error cell), or null when its text is what the file holds.
     */
    default String problem(int col) {
        return null;
    }

    /** The file row number (1-based, the header is row 1) of the row last returned. */
    long rowNumber();

    /** How far through the input we are, in the unit of {@link #size()} (bytes for CSV, rows for XLSX). */
    long position();

    long size();
}
