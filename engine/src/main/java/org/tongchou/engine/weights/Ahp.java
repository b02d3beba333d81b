package org.tongchou.engine.weights;

import org.tongchou.engine.data.InvalidInputException;

/**
 * Analytic Hierarchy Process priorities from a positive reciprocal pairwise comparison matrix
 * (Saaty 1980). λmax is the principal eigenvalue for {@link AhpMethod#EIGENVECTOR} and, for the other
 * methods, the usual estimate {@code mean_i((A w)_i / w_i)}. The matrix must be square, positive,
 * with ones on the diagonal and {@code a_ji = 1/a_ij} (relative tolerance 1e-6, since matrices are often
 * typed with rounded reciprocals such as 0.333); every violation is reported at once.
 */
public final class Ahp {
    private static final int MAX_ITERATIONS = 10_000;
    private static final double TOLERANCE = 1e-14;

    private Ahp() {
    }

    public static AhpResult priorities(double[][] a, AhpMethod method, RandomIndex ri) {
        check(a);
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

    static void check(double[][] a) {
        int n = a.length;
        if (n == 0) throw new InvalidInputException("AHP: empty comparison matrix");
        StringBuilder problems = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (a[i].length != n) {
                throw new InvalidInputException("AHP: row " + (i + 1) + " has " + a[i].length + " entries, expected " + n);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = a[i][j];
                if (!(v > 0) || Double.isInfinite(v)) {
                    problems.append("\n  a[").append(i + 1).append(',').append(j + 1).append("] = ").append(v)
                            .append(" is not a positive number");
                } else if (i == j && Math.abs(v - 1) > 1e-12) {
                    problems.append("\n  diagonal a[").append(i + 1).append(',').append(j + 1).append("] = ").append(v)
                            .append(" is not 1");
                } else if (i < j && a[j][i] > 0 && Math.abs(v * a[j][i] - 1) > 1e-2) {
                    problems.append("\n  a[").append(i + 1).append(',').append(j + 1).append("] = ").append(v)
                            .append(" and a[").append(j + 1).append(',').append(i + 1).append("] = ").append(a[j][i])
                            .append(" are not reciprocal");
                }
            }
        }
        if (problems.length() > 0) throw new InvalidInputException("AHP: invalid comparison matrix:" + problems);
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
            if (diff < TOLERANCE) return w;
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
