package org.tongchou.engine.prepare;

import org.tongchou.engine.data.InvalidArgumentException;
import org.tongchou.engine.data.InvalidInputException;

/**
 * COINr's default outlier treatment (COINr 1.x {@code Treat} with {@code winsorise}, {@code log_CT} and
 * {@code check_SkewKurt}; Becker et al., JRC COIN tool), per indicator:
 * <ol>
 *   <li>it passes when {@code |skewness| < skewThreshold} or {@code kurtosis < kurtThreshold}
 *       ({@link Moments}, bias-corrected); a passing column is left unchanged;</li>
 *   <li>otherwise it is winsorised one step at a time: if skewness ≥ 0 the (tied) maxima take the
 *       next-highest value, else the (tied) minima the next-lowest; the number of winsorised points is the
 *       size of the current high set plus the current low set (tied points count each); steps continue
 *       while the column fails and fewer than {@code winMax} points are winsorised;</li>
 *   <li>if it still fails and the fallback is {@link Fallback#LOG_CT}, the <em>original</em> column becomes
 *       {@code ln(x - min + 0.01(max - min))} and the winsorisation is discarded.</li>
 * </ol>
 * Missing values are left out of statistics and stay missing. A column with fewer than 4 present values
 * is refused (kurtosis undefined; COINr stops too); a constant column (zero variance: skewness undefined)
 * is left unchanged, as COINr does when its check returns NA.
 *
 * @param winMax        maximum number of winsorised points (COINr default 5)
 * @param skewThreshold absolute skewness threshold (COINr 2)
 * @param kurtThreshold kurtosis threshold (COINr 3.5)
 * @param fallback      what to do when winsorisation is not enough
 */
public record OutlierTreatment(int winMax, double skewThreshold, double kurtThreshold, Fallback fallback) {
    /** What a column becomes when winsorising up to {@code winMax} points does not bring it within the thresholds. */
    public enum Fallback {
        /** COINr {@code log_CT}: ln(x - min + 0.01(max - min)) of the original column. */
        LOG_CT,
        /** Keep the winsorised column even if it still fails. */
        NONE
    }

    /** What happened to one point. */
    public enum Point {
        /** Left as it was. */
        NONE,
        /** Winsorised down to the highest remaining value. */
        WIN_HIGH,
        /** Winsorised up to the lowest remaining value. */
        WIN_LOW,
        /** Log-transformed with its whole column. */
        LOG
    }

    /**
     * Checks the components.
     *
     * @param winMax maximum number of winsorised points (COINr default 5)
     * @param skewThreshold absolute skewness threshold (COINr 2)
     * @param kurtThreshold kurtosis threshold (COINr 3.5)
     * @param fallback what to do when winsorisation is not enough
     * @throws org.tongchou.engine.data.InvalidArgumentException for winMax &lt; 0, a skewness threshold that is not
     *        finite and ≥ 0, a kurtosis threshold that is not finite
     */
    public OutlierTreatment {
        if (winMax < 0) throw new InvalidArgumentException("winMax", winMax, "must be at least 0");
        if (!(skewThreshold >= 0) || Double.isInfinite(skewThreshold)) {
            throw new InvalidArgumentException("skewThreshold", skewThreshold, "must be a finite number >= 0");
        }
        if (!Double.isFinite(kurtThreshold)) throw new InvalidArgumentException("kurtThreshold", kurtThreshold, "must be finite");
        java.util.Objects.requireNonNull(fallback, "fallback");
    }

    /**
     * The settings of COINr's {@code build_example_coin()}: winmax 5, |skew| 2, kurtosis 3.5, log_CT.
     *
     * @return COINr's treatment
     */
    public static OutlierTreatment coinr() {
        return new OutlierTreatment(5, 2, 3.5, Fallback.LOG_CT);
    }

    /** Reusable buffers for one column of n units (not thread-safe). */
    public static final class Scratch {
        final Point[] points;
        final double[] moments = new double[2];

        /**
         * Buffers for a column of {@code units} units.
         *
         * @param units the number of units
         */
        public Scratch(int units) {
            this.points = new Point[units];
        }

        /**
         * What happened to each point of the last column treated.
         *
         * @return one flag per unit (the live buffer)
         */
        public Point[] points() {
            return points;
        }
    }

    /**
     * Treats one column: {@code out} receives the treated values, {@code scratch.points()} the per-point
     * flags.
     *
     * @param x       the column (missing = NaN); not modified
     * @param out     receives the treated column, same length
     * @param name    the indicator, for messages
     * @param scratch buffers for a column of this length
     * @return the outcome (counts and whether logged)
     * @throws InvalidInputException with fewer than 4 present values, naming the indicator
     */
    public ColumnOutcome treat(double[] x, double[] out, String name, Scratch scratch) {
        Point[] flags = scratch.points;
        java.util.Arrays.fill(flags, Point.NONE);
        System.arraycopy(x, 0, out, 0, x.length);
        double[] m = scratch.moments;
        Moments.skewKurt(out, m);
        if (ColumnStatsCount.present(x) < 4) {
            throw new InvalidInputException("outlier treatment of '" + name + "': fewer than 4 present values");
        }
        double skew0 = m[0], kurt0 = m[1];
        if (passes(m)) return new ColumnOutcome(0, 0, false, skew0, kurt0, m[0], m[1]);
        int high = 0, low = 0;
        while (!passes(m) && high + low < winMax) {
            if (m[0] >= 0) {
                double max = Double.NEGATIVE_INFINITY, next = Double.NEGATIVE_INFINITY;
                for (double v : out) if (v > max) max = v;
                for (double v : out) if (v < max && v > next) next = v;
                if (next == Double.NEGATIVE_INFINITY) break;
                high = 0;
                for (int i = 0; i < out.length; i++) {
                    if (out[i] == max) {
                        out[i] = next;
                        flags[i] = Point.WIN_HIGH;
                        high++;
                    }
                }
            } else {
                double min = Double.POSITIVE_INFINITY, next = Double.POSITIVE_INFINITY;
                for (double v : out) if (v < min) min = v;
                for (double v : out) if (v > min && v < next) next = v;
                if (next == Double.POSITIVE_INFINITY) break;
                low = 0;
                for (int i = 0; i < out.length; i++) {
                    if (out[i] == min) {
                        out[i] = next;
                        flags[i] = Point.WIN_LOW;
                        low++;
                    }
                }
            }
            Moments.skewKurt(out, m);
        }
        if (passes(m) || fallback == Fallback.NONE) {
            return new ColumnOutcome(low, high, false, skew0, kurt0, m[0], m[1]);
        }
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            if (v < min) min = v;
            if (v > max) max = v;
        }
        double shift = 0.01 * (max - min);
        for (int i = 0; i < x.length; i++) {
            out[i] = Math.log(x[i] - min + shift);
            flags[i] = Double.isNaN(x[i]) ? Point.NONE : Point.LOG;
        }
        Moments.skewKurt(out, m);
        return new ColumnOutcome(0, 0, true, skew0, kurt0, m[0], m[1]);
    }

    private boolean passes(double[] m) {
        // NaN moments (zero variance) compare false on both sides: COINr's check gives NA and leaves x as is
        if (Double.isNaN(m[0]) || Double.isNaN(m[1])) return true;
        return Math.abs(m[0]) < skewThreshold || m[1] < kurtThreshold;
    }

    /**
     * Outcome for one column: points winsorised at the low and high end, whether the log fallback was
     * used, skewness and kurtosis before and after.
     */
    public record ColumnOutcome(int winsorisedLow, int winsorisedHigh, boolean logged, double skewBefore,
                                double kurtBefore, double skewAfter, double kurtAfter) {
        /**
         * Whether points were winsorised and kept (the column was not logged instead).
         *
         * @return true when at least one point was winsorised and the column not logged
         */
        public boolean winsorised() {
            return !logged && winsorisedLow + winsorisedHigh > 0;
        }
    }

    /** Counting helper kept apart so the record stays small. */
    static final class ColumnStatsCount {
        private ColumnStatsCount() {
        }

        static int present(double[] x) {
            int n = 0;
            for (double v : x) if (!Double.isNaN(v)) n++;
            return n;
        }
    }
}
