package org.tongchou.engine.pipeline;

/**
 * Competition ranks of scores, highest first: ties share the lowest rank ("1224"), as COINr's
 * {@code rank(-x, ties.method = "min")}. Missing scores get rank 0 and are not counted.
 */
public final class Ranking {
    private Ranking() {
    }

    /**
     * @param scores the scores (NaN = missing)
     * @return competition ranks, highest score first, ties the lowest rank, 0 for a missing score
     */
    public static int[] descendingMin(double[] scores) {
        int[] r = new int[scores.length];
        descendingMin(scores, r);
        return r;
    }

    /**
     * Allocation-free form: O(n²), which for the few hundred units of an index is faster than sorting boxes.
     *
     * @param scores the scores (NaN = missing)
     * @param out    receives the ranks, same length
     */
    public static void descendingMin(double[] scores, int[] out) {
        for (int i = 0; i < scores.length; i++) {
            double s = scores[i];
            if (Double.isNaN(s)) {
                out[i] = 0;
                continue;
            }
            int above = 0;
            for (double t : scores) if (t > s) above++;
            out[i] = above + 1;
        }
    }
}
