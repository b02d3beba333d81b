package org.tongchou.engine.weights;

import java.util.List;
import org.tongchou.engine.data.InvalidArgumentException;
import org.tongchou.engine.data.InvalidInputException;

/**
 * Combined subjective (e.g. AHP) and objective (e.g. entropy) weights, two published forms:
 * multiplicative {@code w_j = s_j o_j / Σ_k s_k o_k} (乘法合成归一化) and linear
 * {@code w_j = α s_j + (1 - α) o_j} with α in [0, 1] (线性加权组合). Both inputs are first renormalised to
 * sum 1 ({@link Weights#expert}), so their scale does not matter; lengths must match. Zeros: an indicator
 * with a zero in either input gets 0 in the multiplicative form; if that leaves every product 0 the
 * combination is undefined and refused. Ties need no rule.
 */
public final class CombinedWeights {
    private CombinedWeights() {
    }

    /**
     * Multiplicative combination {@code w_j = s_j o_j / Σ_k s_k o_k}.
     *
     * @param indicators the indicator of each weight, for messages
     * @param subjective weights ≥ 0, not all 0
     * @param objective  weights ≥ 0, not all 0, same length
     * @return weights summing to 1
     * @throws InvalidArgumentException for lengths that differ, a negative or non-finite weight, all-zero inputs
     * @throws InvalidInputException    when every product s_j·o_j is 0
     */
    public static double[] multiplicative(List<String> indicators, double[] subjective, double[] objective) {
        sameLength(subjective, objective);
        double[] s = Weights.expert(indicators, subjective);
        double[] o = Weights.expert(indicators, objective);
        double[] w = new double[s.length];
        double sum = 0;
        for (int j = 0; j < w.length; j++) {
            w[j] = s[j] * o[j];
            sum += w[j];
        }
        if (!(sum > 0)) {
            throw new InvalidInputException("multiplicative combination: every product s_j·o_j is 0 (no indicator has "
                    + "a positive subjective and a positive objective weight)");
        }
        for (int j = 0; j < w.length; j++) w[j] /= sum;
        return w;
    }

    /**
     * {@link #multiplicative(List, double[], double[])} with indicators named by position.
     *
     * @param subjective weights ≥ 0, not all 0
     * @param objective  weights ≥ 0, not all 0, same length
     * @return weights summing to 1
     */
    public static double[] multiplicative(double[] subjective, double[] objective) {
        return multiplicative(Columns.positions("indicator ", subjective.length), subjective, objective);
    }

    /**
     * Linear combination {@code w_j = α s_j + (1 - α) o_j}.
     *
     * @param indicators the indicator of each weight, for messages
     * @param subjective weights ≥ 0, not all 0
     * @param objective  weights ≥ 0, not all 0, same length
     * @param alpha      weight of the subjective part, in [0, 1]
     * @return weights summing to 1
     * @throws InvalidArgumentException for α outside [0, 1], lengths that differ, a negative or non-finite
     *                                  weight, all-zero inputs
     */
    public static double[] linear(List<String> indicators, double[] subjective, double[] objective, double alpha) {
        if (!(alpha >= 0 && alpha <= 1)) throw new InvalidArgumentException("alpha", alpha, "must be in [0, 1]");
        sameLength(subjective, objective);
        double[] s = Weights.expert(indicators, subjective);
        double[] o = Weights.expert(indicators, objective);
        double[] w = new double[s.length];
        for (int j = 0; j < w.length; j++) w[j] = alpha * s[j] + (1 - alpha) * o[j];
        return w;
    }

    /**
     * {@link #linear(List, double[], double[], double)} with indicators named by position.
     *
     * @param subjective weights ≥ 0, not all 0
     * @param objective  weights ≥ 0, not all 0, same length
     * @param alpha      weight of the subjective part, in [0, 1]
     * @return weights summing to 1
     */
    public static double[] linear(double[] subjective, double[] objective, double alpha) {
        return linear(Columns.positions("indicator ", subjective.length), subjective, objective, alpha);
    }

    private static void sameLength(double[] subjective, double[] objective) {
        if (subjective.length != objective.length) {
            throw new InvalidArgumentException("objective", objective, subjective.length + " subjective weights but "
                    + objective.length + " objective weights");
        }
    }
}
