package org.tongchou.engine.weights;

import org.tongchou.engine.data.InvalidInputException;

/** Equal and expert (given) weights, and the checks shared by every weighting method. */
public final class Weights {
    private Weights() {
    }

    /** n equal weights 1/n. Empty input (n = 0) is refused. */
    public static double[] equal(int n) {
        if (n <= 0) throw new InvalidInputException("equal weights need at least one indicator, got " + n);
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0 / n);
        return w;
    }

    /**
     * Expert weights renormalised to sum 1: {@code w_j / Σ w}. Negative, NaN or infinite weights and an
     * all-zero vector are refused, naming the offending position.
     */
    public static double[] expert(double[] given) {
        if (given.length == 0) throw new InvalidInputException("no weights given");
        double s = 0;
        for (int j = 0; j < given.length; j++) {
            if (!(given[j] >= 0) || Double.isInfinite(given[j])) {
                throw new InvalidInputException("weight " + (j + 1) + " is " + given[j] + " (must be a finite number >= 0)");
            }
            s += given[j];
        }
        if (s == 0) throw new InvalidInputException("all " + given.length + " weights are zero");
        double[] w = new double[given.length];
        for (int j = 0; j < w.length; j++) w[j] = given[j] / s;
        return w;
    }

    static void requireComplete(double[][] columns, String method) {
        if (columns.length == 0) throw new InvalidInputException(method + " needs at least one indicator");
        int n = columns[0].length;
        for (int j = 0; j < columns.length; j++) {
            if (columns[j].length != n) {
                throw new InvalidInputException(method + ": column " + (j + 1) + " has " + columns[j].length
                        + " values, column 1 has " + n);
            }
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(columns[j][i])) {
                    throw new InvalidInputException(method + ": missing value in column " + (j + 1) + ", row " + (i + 1)
                            + " (impute first)");
                }
            }
        }
        if (n < 2) throw new InvalidInputException(method + " needs at least 2 units, got " + n);
    }
}
