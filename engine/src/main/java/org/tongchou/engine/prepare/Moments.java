package org.tongchou.engine.prepare;

/**
 * Bias-corrected sample skewness and excess kurtosis of the present values (type 2 of e1071 and
 * Joanes &amp; Gill 1998, the definitions of Excel's SKEW and KURT and of COINr's {@code skew}/{@code kurt}):
 * with m_k the k-th central moment (divisor n),
 * {@code G1 = m3/m2^{3/2} · sqrt(n(n-1))/(n-2)} and
 * {@code G2 = ((n+1)(m4/m2² - 3) + 6)(n-1)/((n-2)(n-3))}.
 * Zero variance gives NaN.
 */
public final class Moments {
    private Moments() {
    }

    /**
     * Skewness and kurtosis of the present values.
     *
     * @param x   the values (missing = NaN)
     * @param out receives {skewness, kurtosis}; NaN when fewer than 4 values or zero variance
     */
    public static void skewKurt(double[] x, double[] out) {
        double s = 0;
        int n = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                s += v;
                n++;
            }
        }
        if (n < 4) {
            out[0] = Double.NaN;
            out[1] = Double.NaN;
            return;
        }
        double mean = s / n;
        double m2 = 0, m3 = 0, m4 = 0;
        for (double v : x) {
            if (Double.isNaN(v)) continue;
            double d = v - mean;
            double d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
        }
        // in sums: g1 = sqrt(n)·Σd³/(Σd²)^{3/2}, r = n·Σd⁴/(Σd²)², as in e1071
        double g1 = Math.sqrt(n) * m3 / Math.pow(m2, 1.5);
        out[0] = g1 * Math.sqrt((double) n * (n - 1)) / (n - 2);
        double r = n * m4 / (m2 * m2);
        out[1] = ((n + 1) * (r - 3) + 6) * (n - 1) / ((double) (n - 2) * (n - 3));
    }

    /**
     * @param x the values (missing = NaN)
     * @return G1, NaN when fewer than 4 values or zero variance
     */
    public static double skewness(double[] x) {
        double[] o = new double[2];
        skewKurt(x, o);
        return o[0];
    }

    /**
     * @param x the values (missing = NaN)
     * @return G2 (excess kurtosis), NaN when fewer than 4 values or zero variance
     */
    public static double kurtosis(double[] x) {
        double[] o = new double[2];
        skewKurt(x, o);
        return o[1];
    }
}
