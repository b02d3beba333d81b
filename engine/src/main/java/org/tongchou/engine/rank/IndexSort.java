package org.tongchou.engine.rank;

/**
 * Sorts a key array ascending and carries an index array along, stably (merge sort), so that
 * ordinal ranks break ties by input order. Primitive arrays only: no boxing at national scale.
 */
public final class IndexSort {
    private IndexSort() {
    }

    /**
     * Sorts {@code key} ascending in place and permutes {@code idx} alongside, stably (ties keep input order).
     * NaN keys are not expected (callers leave missing values out).
     *
     * @param key the keys
     * @param idx the indices carried along, same length
     */
    public static void sort(double[] key, int[] idx) {
        int n = key.length;
        double[] k2 = new double[n];
        int[] i2 = new int[n];
        // bottom-up merge sort
        double[] srcK = key;
        int[] srcI = idx;
        double[] dstK = k2;
        int[] dstI = i2;
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int a = lo;
                int b = mid;
                int o = lo;
                while (a < mid && b < hi) {
                    if (srcK[b] < srcK[a]) {
                        dstK[o] = srcK[b];
                        dstI[o++] = srcI[b++];
                    } else {
                        dstK[o] = srcK[a];
                        dstI[o++] = srcI[a++];
                    }
                }
                while (a < mid) {
                    dstK[o] = srcK[a];
                    dstI[o++] = srcI[a++];
                }
                while (b < hi) {
                    dstK[o] = srcK[b];
                    dstI[o++] = srcI[b++];
                }
            }
            double[] tk = srcK;
            srcK = dstK;
            dstK = tk;
            int[] ti = srcI;
            srcI = dstI;
            dstI = ti;
        }
        if (srcK != key) {
            System.arraycopy(srcK, 0, key, 0, n);
            System.arraycopy(srcI, 0, idx, 0, n);
        }
    }
}
