package org.tongchou.app.data;

import java.util.Arrays;

/**
 * The first staged row of each (unit, column) key of an import, for duplicate detection: units are dense
 * numbers (0, 1, … in order of appearance), columns the file's (indicator, period) pairs. When the keys are
 * dense enough (at least one in four possible keys is expected to be given, as in a panel where every unit
 * has every column) it is one int array indexed by unit × columns + column, so that the rows of one unit —
 * which files list together — touch one small stretch of memory; otherwise a hash map ({@link LongIntMap}).
 * Not thread-safe.
 */
final class FirstRows {
    private final long columns;
    private final int[] table;
    private final LongIntMap map;

    /**
     * @param units    at most this many distinct units
     * @param columns  the number of columns
     * @param expected how many keys will be put (the staged rows)
     */
    FirstRows(int units, int columns, int expected) {
        this.columns = Math.max(1, columns);
        long cells = (long) Math.max(1, units) * this.columns;
        if (cells <= Math.max(1L << 16, 4L * expected) && cells < Integer.MAX_VALUE - 8) {
            table = new int[(int) cells];
            Arrays.fill(table, -1);
            map = null;
        } else {
            table = null;
            map = new LongIntMap(Math.max(16, expected));
        }
    }

    /** Stores {@code row} for the key unless it has one; returns the row stored before, or -1 when there was none. */
    int putIfAbsent(int unit, int column, int row) {
        long key = unit * columns + column;
        if (table == null) return map.putIfAbsent(key, row);
        int first = table[(int) key];
        if (first < 0) table[(int) key] = row;
        return first;
    }
}
