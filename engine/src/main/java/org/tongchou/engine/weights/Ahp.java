package org.tongchou.engine.weights;

import java.util.ArrayList;
import java.util.List;
import org.tongchou.engine.data.InvalidArgumentException;
import org.tongchou.engine.data.InvalidInputException;

/**
 * Analytic Hierarchy Process priorities from a positive reciprocal pairwise comparison matrix
 * (Saaty, T. L. 1980, <i>The Analytic Hierarchy Process</i>, McGraw-Hill). {@code a_ij} says how much more
 * important item i is than item j.
 *
 * <ul>
 *   <li>Priorities by {@link AhpMethod}: the principal right eigenvector (power iteration until no priority
 *       moves by more than {@value #CONVERGENCE}), normalised row geometric means, or the mean of the rows of the
 *       column-normalised matrix.</li>
 *   <li>λmax: the principal eigenvalue for {@link AhpMethod#EIGENVECTOR}; for the other methods the usual
 *       estimate {@code mean_i((A w)_i / w_i)}.</li>
 *   <li>Consistency index {@code CI = (λmax − n)/(n − 1)} and ratio {@code CR = CI / RI(n)} ({@link RandomIndex});
 *       both 0 for n ≤ 2 (such matrices are always consistent). Nothing is refused for inconsistency:
 *       {@link AhpResult#acceptable()} reports Saaty's CR ≤ 0.10.</li>
 * </ul>
 *
 * <p>The matrix must be square and non-empty, every entry a positive finite number, with ones on the diagonal
 * (within 1e-12) and reciprocal entries: {@code |a_ij · a_ji − 1| ≤} {@value #RECIPROCITY_TOLERANCE}, a 1 %
 * tolerance because matrices are typed with rounded reciprocals such as 0.333 for 1/3 (0.333 × 3 = 0.999).
 * Every violation is reported at once, naming the items. Ties (equal priorities) need no rule; zeros are not
 * valid judgements and are refused.
 */
public final class Ahp {
    /** Largest accepted |a_ij · a_ji − 1| for entries to count as reciprocal (1 %, for typed values like 0.333). */
    public static final double RECIPROCITY_TOLERANCE = 1e-2;
    /** Power iteration stops when no priority changes by more than this. */
    public static final double CONVERGENCE = 1e-14;
    private static final int MAX_ITERATIONS = 10_000;
    private static final double DIAGONAL_TOLERANCE = 1e-12;

    private Ahp() {
    }

    /**
     * AHP priorities of named items.
     *
     * @param items  the items compared, in row (and column) order, for messages
     * @param a      the comparison matrix {@code a[i][j]}, n × n for n items
     * @param method how priorities are derived
     * @param ri     the random-index table of the consistency ratio
     * @return priorities (summing to 1, in item order), λmax, CI, CR
     * @throws InvalidArgumentException when the matrix is not n × n for the n items
     * @throws InvalidInputException    listing every entry that is not positive, a diagonal that is not 1 and
     *                                  every pair that is not reciprocal, by item names
     */
    public static AhpResult priorities(List<String> items, double[][] a, AhpMethod method, RandomIndex ri) {
        check(items, a);
        int n = a.length;
        double[] w = switch (method) {
            case EIGENVECTOR -> powerIteration(a);
            case GEOMETRIC_MEAN -> geometricMean(a);
            case COLUMN_NORMALISED -> columnNormalised(a);
        };
        double lambda = 0;
        for (int i = 0; i < n; i++) {
            double aw = 0;
            for (int j = 0; j < n; j++) aw += a[i][j] * w[j];
            lambda += aw / w[i];
        }
        lambda /= n;
        double ci = n <= 2 ? 0 : (lambda - n) / (n - 1);
        double rIndex = ri.of(n);
        double cr = n <= 2 || rIndex == 0 ? 0 : ci / rIndex;
        return new AhpResult(w, lambda, ci, cr, ri);
    }

    /**
     * {@link #priorities(List, double[][], AhpMethod, RandomIndex)} with items named by position
     * ("item 1", "item 2", ...).
     *
     * @param a      the comparison matrix
     * @param method how priorities are derived
     * @param ri     the random-index table
     * @return priorities, λmax, CI, CR
     */
    public static AhpResult priorities(double[][] a, AhpMethod method, RandomIndex ri) {
        return priorities(Columns.positions("item ", a.length), a, method, ri);
    }

    static void check(List<String> items, double[][] a) {
        int n = items.size();
        if (n == 0) throw new InvalidArgumentException("items", items, "AHP needs at least one item");
        if (a.length != n) {
            throw new InvalidArgumentException("a", a.length + " rows", "the comparison matrix of " + n + " items " + items
                    + " needs " + n + " rows");
        }
        for (int i = 0; i < n; i++) {
            if (a[i].length != n) {
                throw new InvalidArgumentException("a", "a row of " + a[i].length + " entries for " + items.get(i),
                        "the comparison matrix of " + n + " items needs " + n + " entries per row");
            }
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = a[i][j];
                String cell = "a['" + items.get(i) + "', '" + items.get(j) + "'] = " + v;
                if (!(v > 0) || Double.isInfinite(v)) {
                    problems.add(cell + " is not a positive number");
                } else if (i == j && Math.abs(v - 1) > DIAGONAL_TOLERANCE) {
                    problems.add("diagonal " + cell + " is not 1");
                } else if (i < j && a[j][i] > 0 && Math.abs(v * a[j][i] - 1) > RECIPROCITY_TOLERANCE) {
                    problems.add(cell + " and a['" + items.get(j) + "', '" + items.get(i) + "'] = " + a[j][i]
                            + " are not reciprocal (their product " + v * a[j][i] + " is not 1 within "
                            + RECIPROCITY_TOLERANCE + ")");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("AHP: invalid comparison matrix:\n  " + String.join("\n  ", problems));
        }
    }

    static double[] powerIteration(double[][] a) {
        int n = a.length;
        double[] w = new double[n];
        double[] next = new double[n];
        java.util.Arrays.fill(w, 1.0 / n);
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                double v = 0;
                for (int j = 0; j < n; j++) v += a[i][j] * w[j];
                next[i] = v;
                s += v;
            }
            double diff = 0;
            for (int i = 0; i < n; i++) {
                next[i] /= s;
                diff = Math.max(diff, Math.abs(next[i] - w[i]));
            }
            double[] t = w;
            w = next;
            next = t;
            if (diff < CONVERGENCE) return w;
        }
        return w; // a positive matrix converges (Perron–Frobenius); 10,000 steps are far beyond need
    }

    static double[] geometricMean(double[][] a) {
        int n = a.length;
        double[] w = new double[n];
        double s = 0;
        for (int i = 0; i < n; i++) {
            double l = 0;
            for (int j = 0; j < n; j++) l += Math.log(a[i][j]);
            w[i] = Math.exp(l / n);
            s += w[i];
        }
        for (int i = 0; i < n; i++) w[i] /= s;
        return w;
    }

    static double[] columnNormalised(double[][] a) {
        int n = a.length;
        double[] col = new double[n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) col[j] += a[i][j];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) w[i] += a[i][j] / col[j];
            w[i] /= n;
        }
        return w;
    }
}
