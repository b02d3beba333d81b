package org.tongchou.engine.normalise;

/** Statistics over the present (non-NaN) values of a column, without allocating. */
final class ColumnStats {
    private ColumnStats() {
    }

    static int present(double[] x) {
        int n = 0;
        for (double v : x) if (!Double.isNaN(v)) n++;
        return n;
    }

    /** Minimum of sign*x over present values; NaN if none. */
    static double min(double[] x, double sign) {
        double m = Double.POSITIVE_INFINITY;
        boolean any = false;
        for (double v : x) {
            double s = sign * v;
            if (s < m) m = s;
            if (!Double.isNaN(v)) any = true;
        }
        return any ? m : Double.NaN;
    }

    static double max(double[] x, double sign) {
        double m = Double.NEGATIVE_INFINITY;
        boolean any = false;
        for (double v : x) {
            double s = sign * v;
            if (s > m) m = s;
            if (!Double.isNaN(v)) any = true;
        }
        return any ? m : Double.NaN;
    }

    static double mean(double[] x) {
        double s = 0;
        int n = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                s += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    /** Standard deviation of present values: divisor n-1 when {@code sample}, else n. */
    static double sd(double[] x, double mean, boolean sample) {
        double s = 0;
        int n = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                double d = v - mean;
                s += d * d;
                n++;
            }
        }
        int div = sample ? n - 1 : n;
        return div <= 0 ? Double.NaN : Math.sqrt(s / div);
    }

    static void fill(double[] x, double[] out, double value) {
        for (int i = 0; i < x.length; i++) out[i] = Double.isNaN(x[i]) ? Double.NaN : value;
    }
}
