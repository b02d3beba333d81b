package org.tongchou.engine.weights;

import org.tongchou.engine.data.InvalidInputException;

/**
 * Combined subjective (e.g. AHP) and objective (e.g. entropy) weights, two published forms:
 * multiplicative {@code w_j = s_j o_j / Σ_k s_k o_k} (乘法合成归一化) and linear
 * {@code w_j = α s_j + (1 - α) o_j} with α in [0, 1] (线性加权组合). Both inputs are first renormalised to
 * sum 1 ({@link Weights#expert}); lengths must match.
 */
public final class CombinedWeights {
    private CombinedWeights() {
    }

    public static double[] multiplicative(double[] subjective, double[] objective) {
        double[] s = Weights.expert(subjective);
        double[] o = Weights.expert(objective);
        same(s, o);
        double[] w = new double[s.length];
        for (int j = 0; j < w.length; j++) w[j] = s[j] * o[j];
        try {
            return Weights.expert(w);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("multiplicative combination: every product s_j·o_j is 0");
        }
    }

    public static double[] linear(double[] subjective, double[] objective, double alpha) {
        if (!(alpha >= 0 && alpha <= 1)) throw new InvalidInputException("alpha " + alpha + " is not in [0, 1]");
        double[] s = Weights.expert(subjective);
        double[] o = Weights.expert(objective);
        same(s, o);
        double[] w = new double[s.length];
        for (int j = 0; j < w.length; j++) w[j] = alpha * s[j] + (1 - alpha) * o[j];
        return w;
    }

    private static void same(double[] s, double[] o) {
        if (s.length != o.length) {
            throw new InvalidInputException(s.length + " subjective weights but " + o.length + " objective weights");
        }
    }
}
