package org.tongchou.engine.robustness;

import java.util.Arrays;
import org.tongchou.engine.data.InvalidArgumentException;

/**
 * Sample quantiles by R's default definition ({@code quantile(x, p, type = 7)}; Hyndman &amp; Fan 1996,
 * definition 7): with the values sorted, {@code h = (n − 1)·p}, the quantile is
 * {@code x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋])} (0-based). The median is the 0.5 quantile.
 *
 * <p>Missing values ({@code NaN}) are left out, as R's {@code na.rm = TRUE} does; when no value is
 * present the result is {@code NaN}. Ties need no special treatment. {@code p} must lie in [0, 1].
 */
public final class Quantiles {
    private Quantiles() {
    }

    /**
     * The type-7 quantile of the present values of {@code values} (the array is not modified).
     *
     * @param values the values (NaN left out)
     * @param p      the probability, in [0, 1]
     * @return the quantile, NaN when no value is present
     * @throws org.tongchou.engine.data.InvalidArgumentException for p outside [0, 1]
     */
    public static double type7(double[] values, double p) {
        return type7Sorted(sortedPresent(values), p);
    }

    /**
     * The type-7 quantile of values already sorted ascending, without missing values.
     *
     * @param sorted the values, sorted ascending, no NaN
     * @param p      the probability, in [0, 1]
     * @return the quantile, NaN for no values
     * @throws org.tongchou.engine.data.InvalidArgumentException for p outside [0, 1]
     */
    public static double type7Sorted(double[] sorted, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new InvalidArgumentException("p", p, "a quantile's probability must be in [0, 1]");
        }
        int n = sorted.length;
        if (n == 0) return Double.NaN;
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= n - 1) return sorted[n - 1];
        double frac = h - lo;
        return sorted[lo] + frac * (sorted[lo + 1] - sorted[lo]);
    }

    /** The present (non-NaN) values, sorted ascending. */
    static double[] sortedPresent(double[] values) {
        double[] v = new double[values.length];
        int k = 0;
        for (double x : values) {
            if (!Double.isNaN(x)) v[k++] = x;
        }
        v = k == v.length ? v : Arrays.copyOf(v, k);
        Arrays.sort(v);
        return v;
    }
}
