package org.tongchou.engine.robustness;

import java.util.Arrays;

/**
 * Ranks of scores, highest score first, as COINr ranks its results ({@code rank(-x, ties.method =
 * "min", na.last = "keep")}): tied scores share the lowest of their ranks (1, 2, 2, 4), a missing score
 * ({@code NaN}) gets a missing rank and takes no rank from the others. Exact equality defines a tie.
 */
public final class DescendingRanks {
    private DescendingRanks() {
    }

    /** Ranks as doubles (NaN where the score is missing); the input is not modified. */
    public static double[] of(double[] scores) {
        int n = scores.length;
        double[] ranks = new double[n];
        int present = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(scores[i])) {
                ranks[i] = Double.NaN;
            } else {
                present++;
            }
        }
        // Indices of present scores, sorted by descending score; equal neighbours share the first rank.
        Integer[] order = new Integer[present];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(scores[i])) order[k++] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        for (int pos = 0; pos < present; pos++) {
            int i = order[pos];
            if (pos > 0 && scores[order[pos - 1]] == scores[i]) {
                ranks[i] = ranks[order[pos - 1]];
            } else {
                ranks[i] = pos + 1;
            }
        }
        return ranks;
    }
}
