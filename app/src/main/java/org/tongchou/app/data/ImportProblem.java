package org.tongchou.app.data;

/**
 * One problem of an import file.
 *
 * @param row    file row, 1-based (the header is row 1)
 * @param column 1-based column, 0 when the problem concerns the whole row or file
 * @param header the column's header text, or empty
 * @param value  the offending cell text, or empty
 * @param reason what is wrong
 */
public record ImportProblem(long row, int column, String header, String value, String reason) {
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("row ").append(row);
        if (column > 0) b.append(", column ").append(column).append(header.isEmpty() ? "" : " (" + header + ")");
        b.append(": ");
        if (!value.isEmpty()) b.append('\'').append(value).append("' ");
        return b.append(reason).toString();
    }
}
