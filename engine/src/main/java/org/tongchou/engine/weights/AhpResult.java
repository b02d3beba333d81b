package org.tongchou.engine.weights;

/**
 * AHP result: priorities (sum 1), λmax, consistency index CI = (λmax - n)/(n - 1) and consistency
 * ratio CR = CI/RI(n) (0 for n ≤ 2). A CR above 0.10 is Saaty's usual limit for acceptable consistency;
 * {@link #acceptable()} reports it, nothing is refused.
 */
public record AhpResult(double[] priorities, double lambdaMax, double ci, double cr, RandomIndex randomIndex) {
    /**
     * Whether the judgements are consistent enough by Saaty's rule.
     *
     * @return {@code cr <= 0.10}
     */
    public boolean acceptable() {
        return cr <= 0.10;
    }
}
