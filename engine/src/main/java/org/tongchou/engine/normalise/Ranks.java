package org.tongchou.engine.normalise;

import java.util.Arrays;

/** Ascending ranks (1 = smallest) of the present values of s·x; missing stay NaN. */
final class Ranks {
    private Ranks() {
    }

    static int rank(double[] x, double sign, TieMethod ties, double[] out) {
        int n = x.length;
        long[] order = new long[n];
        int m = 0;
        double[] keys = new double[n];
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(x[i])) {
                keys[m] = sign * x[i];
                order[m] = i;
                m++;
            } else {
                out[i] = Double.NaN;
            }
        }
        Integer[] idx = new Integer[m];
        for (int k = 0; k < m; k++) idx[k] = k;
        final double[] kk = keys;
        Arrays.sort(idx, (a, b) -> Double.compare(kk[a], kk[b]));
        int k = 0;
        while (k < m) {
            int e = k;
            while (e + 1 < m && keys[idx[e + 1]] == keys[idx[k]]) e++;
            double r = switch (ties) {
                case AVERAGE -> (k + 1 + e + 1) / 2.0;
                case MIN -> k + 1;
                case MAX -> e + 1;
            };
            for (int q = k; q <= e; q++) out[(int) order[idx[q]]] = r;
            k = e + 1;
        }
        return m;
    }
}
