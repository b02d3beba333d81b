package org.tongchou.app.data;

import java.util.Arrays;

/**
 * The good values of an import file as growable columns (row, unit, indicator, period, value, source,
 * comment), so that ten million values fit in a few hundred megabytes and are written in one go.
 * Indicators and periods are indexes into the parse's lists; units are database ids once resolved.
 */
final class StagedValues {
    int size;
    long[] row = new long[1024];
    int[] unitKey = new int[1024];
    long[] unitId = new long[1024];
    int[] indicator = new int[1024];
    int[] period = new int[1024];
    double[] value = new double[1024];
    /** Null until a row has a source; then aligned with the other columns. */
    String[] source;
    String[] comment;

    void add(long rowNo, int unit, int ind, int per, double v, String src, String com) {
        if (size == row.length) grow();
        row[size] = rowNo;
        unitKey[size] = unit;
        indicator[size] = ind;
        period[size] = per;
        value[size] = v;
        if (src != null) {
            if (source == null) source = new String[row.length];
            source[size] = src;
        }
        if (com != null) {
            if (comment == null) comment = new String[row.length];
            comment[size] = com;
        }
        size++;
    }

    String source(int i) {
        return source == null ? null : source[i];
    }

    String comment(int i) {
        return comment == null ? null : comment[i];
    }

    private void grow() {
        int n = row.length * 2;
        row = Arrays.copyOf(row, n);
        unitKey = Arrays.copyOf(unitKey, n);
        unitId = Arrays.copyOf(unitId, n);
        indicator = Arrays.copyOf(indicator, n);
        period = Arrays.copyOf(period, n);
        value = Arrays.copyOf(value, n);
        if (source != null) source = Arrays.copyOf(source, n);
        if (comment != null) comment = Arrays.copyOf(comment, n);
    }
}
