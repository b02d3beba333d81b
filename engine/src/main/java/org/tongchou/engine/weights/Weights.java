package org.tongchou.engine.weights;

import java.util.List;
import org.tongchou.engine.data.InvalidArgumentException;

/** Equal and expert (given) weights, and the checks shared by every weighting method. */
public final class Weights {
    private Weights() {
    }

    /**
     * Equal weights {@code w_j = 1/n}.
     *
     * @param n number of indicators
     * @return n weights summing to 1
     * @throws InvalidArgumentException when {@code n < 1} (empty input)
     */
    public static double[] equal(int n) {
        if (n < 1) throw new InvalidArgumentException("n", n, "equal weights need at least one indicator");
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0 / n);
        return w;
    }

    /**
     * Expert weights renormalised to sum 1: {@code w_j = g_j / Σ g}. Zeros are kept (an indicator of weight
     * 0 takes no part); ties need no rule.
     *
     * @param indicators the indicator each weight belongs to, for messages
     * @param given      the weights, each a finite number ≥ 0, not all 0
     * @return the weights divided by their sum, in the same order
     * @throws InvalidArgumentException for an empty vector, a length that differs from {@code indicators},
     *                                  a negative, NaN or infinite weight (naming its indicator), or all weights 0
     */
    public static double[] expert(List<String> indicators, double[] given) {
        if (indicators.size() != given.length) {
            throw new InvalidArgumentException("weights", given, given.length + " weights for " + indicators.size()
                    + " indicators " + indicators);
        }
        if (given.length == 0) throw new InvalidArgumentException("weights", given, "no weights given");
        double s = 0;
        for (int j = 0; j < given.length; j++) {
            if (!(given[j] >= 0) || Double.isInfinite(given[j])) {
                throw new InvalidArgumentException("weights", given, "the weight of '" + indicators.get(j) + "' is " + given[j]
                        + "; each must be a finite number >= 0");
            }
            s += given[j];
        }
        if (s == 0) throw new InvalidArgumentException("weights", given, "all " + given.length + " weights are 0");
        double[] w = new double[given.length];
        for (int j = 0; j < w.length; j++) w[j] = given[j] / s;
        return w;
    }

    /**
     * {@link #expert(List, double[])} for unnamed weights: messages name a weight by its position (1-based).
     *
     * @param given the weights, each a finite number ≥ 0, not all 0
     * @return the weights divided by their sum
     * @throws InvalidArgumentException as {@link #expert(List, double[])}
     */
    public static double[] expert(double[] given) {
        return expert(Columns.positions("indicator ", given.length), given);
    }
}
