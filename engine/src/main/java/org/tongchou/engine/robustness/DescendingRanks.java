package org.tongchou.engine.robustness;

/**
 * Ranks of scores, highest score first, as COINr ranks its results ({@code rank(-x, ties.method =
 * "min", na.last = "keep")}): tied scores share the lowest of their ranks (1, 2, 2, 4), a missing score
 * ({@code NaN}) gets a missing rank and takes no rank from the others. Exact equality defines a tie.
 *
 * <p>Rank = 1 + the number of present scores strictly greater, found by binary search in the sorted
 * present scores: O(n log n) without boxing, since it runs once per Monte Carlo replication.
 */
public final class DescendingRanks {
    private DescendingRanks() {
    }

    /**
     * @param scores the scores (NaN = missing); not modified
     * @return ranks as doubles, highest first, ties the lowest rank, NaN where the score is missing
     */
    public static double[] of(double[] scores) {
        double[] sorted = Quantiles.sortedPresent(scores);
        int p = sorted.length;
        double[] ranks = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            double x = scores[i];
            if (Double.isNaN(x)) {
                ranks[i] = Double.NaN;
                continue;
            }
            ranks[i] = 1 + (p - firstGreater(sorted, x));
        }
        return ranks;
    }

    /** Index of the first element of ascending {@code a} strictly greater than {@code x} (a.length if none). */
    private static int firstGreater(double[] a, double x) {
        int lo = 0, hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] > x) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
