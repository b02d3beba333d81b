package org.tongchou.app.data;

/**
 * Open-addressing hash map from long keys to int values (linear probing), for duplicate detection over
 * millions of (unit, indicator, period) keys without boxing. Not thread-safe.
 */
final class LongIntMap {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    LongIntMap(int expected) {
        // the smallest power of two that keeps the load under 0.7 (the rehash threshold)
        long need = Math.max(16, Math.min(1L << 30, expected * 10L / 7 + 1));
        int cap = (int) Long.highestOneBit(need - 1) << 1;
        keys = new long[cap];
        values = new int[cap];
        java.util.Arrays.fill(keys, EMPTY);
        mask = cap - 1;
    }

    /** Stores the value unless the key is present; returns the value already stored, or -1 when it was absent. */
    int putIfAbsent(long key, int value) {
        if (size * 10L >= keys.length * 7L) rehash();
        int i = (int) (mix(key) & mask);
        while (keys[i] != EMPTY) {
            if (keys[i] == key) return values[i];
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        size++;
        return -1;
    }

    /** The value stored for the key, or -1 when it is absent. */
    int get(long key) {
        int i = (int) (mix(key) & mask);
        while (keys[i] != EMPTY) {
            if (keys[i] == key) return values[i];
            i = (i + 1) & mask;
        }
        return -1;
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        return k;
    }

    private void rehash() {
        long[] oldK = keys;
        int[] oldV = values;
        keys = new long[oldK.length * 2];
        values = new int[oldK.length * 2];
        java.util.Arrays.fill(keys, EMPTY);
        mask = keys.length - 1;
        size = 0;
        for (int j = 0; j < oldK.length; j++) if (oldK[j] != EMPTY) putIfAbsent(oldK[j], oldV[j]);
    }
}
