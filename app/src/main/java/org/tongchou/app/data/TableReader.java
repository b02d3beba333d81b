package org.tongchou.app.data;

import java.io.Closeable;
import java.io.IOException;

/** A spreadsheet-like file read row by row: CSV or the first sheet of an XLSX workbook. */
interface TableReader extends Closeable {
    /** The next row's cells (trimmed; never null, maybe shorter than the header), or null at the end. */
    String[] next() throws IOException;

    /** The file row number (1-based, the header is row 1) of the row last returned. */
    long rowNumber();

    /** How far through the input we are, in the unit of {@link #size()} (bytes for CSV, rows for XLSX). */
    long position();

    long size();
}
