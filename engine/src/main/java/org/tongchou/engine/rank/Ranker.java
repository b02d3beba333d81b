package org.tongchou.engine.rank;

import java.util.List;
import java.util.Objects;
import org.tongchou.engine.data.MissingPolicy;
import org.tongchou.engine.data.MissingValueException;

/**
 * Ranks scores with an explicit order, tie policy and missing-value policy.
 *
 * <p>Ranks are 1-based and returned as {@code double} because {@link TiePolicy#AVERAGE} gives halves.
 * Missing scores: {@link MissingPolicy#FAIL} throws naming the unit; {@link MissingPolicy#SKIP} gives
 * the unit a missing rank and ranks the others among themselves; {@link MissingPolicy#PROPAGATE} makes
 * every rank missing, since each rank depends on every score. Empty input gives an empty result.
 * Sorting is a primitive index sort, O(n log n), no boxing.
 */
public final class Ranker {
    private final RankOrder order;
    private final TiePolicy ties;
    private final MissingPolicy missing;

    /**
     * @param order   DESCENDING (rank 1 = highest score) or ASCENDING
     * @param ties    how tied scores share ranks
     * @param missing what a missing score does
     */
    public Ranker(RankOrder order, TiePolicy ties, MissingPolicy missing) {
        this.order = Objects.requireNonNull(order);
        this.ties = Objects.requireNonNull(ties);
        this.missing = Objects.requireNonNull(missing);
    }

    /**
     * Descending, ties take the lowest rank, missing values refused: COINr's convention.
     *
     * @return COINr's ranking convention
     */
    public static Ranker standard() {
        return new Ranker(RankOrder.DESCENDING, TiePolicy.MIN, MissingPolicy.FAIL);
    }

    /**
     * Ranks of the scores.
     *
     * @param units  unit codes, for error messages (same length as {@code scores})
     * @param scores the scores; not modified
     * @return 1-based ranks (halves under AVERAGE), NaN for a missing score under SKIP, all NaN under PROPAGATE
     *         with any missing score
     * @throws org.tongchou.engine.data.InvalidArgumentException when units and scores differ in length
     * @throws org.tongchou.engine.data.MissingValueException    under FAIL, naming the unit
     */
    public double[] rank(List<String> units, double[] scores) {
        if (units.size() != scores.length) {
            throw new org.tongchou.engine.data.InvalidArgumentException("scores", scores.length + " scores",
                    "one score per unit (" + units.size() + " units)");
        }
        int n = scores.length;
        double[] ranks = new double[n];
        int present = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(scores[i])) {
                if (missing == MissingPolicy.FAIL) {
                    throw new MissingValueException(units.get(i), "score", "ranking");
                }
                if (missing == MissingPolicy.PROPAGATE) {
                    java.util.Arrays.fill(ranks, Double.NaN);
                    return ranks;
                }
            } else {
                present++;
            }
        }
        // keys sorted so that the best comes first; index sort on primitive arrays
        int[] idx = new int[present];
        double[] key = new double[present];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(scores[i])) {
                ranks[i] = Double.NaN;
            } else {
                idx[k] = i;
                key[k] = order == RankOrder.DESCENDING ? -scores[i] : scores[i];
                k++;
            }
        }
        IndexSort.sort(key, idx);
        int dense = 0;
        int start = 0;
        while (start < present) {
            int end = start;
            while (end + 1 < present && key[end + 1] == key[start]) end++;
            dense++;
            for (int p = start; p <= end; p++) {
                double r = switch (ties) {
                    case MIN -> start + 1;
                    case MAX -> end + 1;
                    case DENSE -> dense;
                    case AVERAGE -> (start + end) / 2.0 + 1;
                    case ORDINAL -> p + 1;
                };
                ranks[idx[p]] = r;
            }
            start = end + 1;
        }
        return ranks;
    }
}
