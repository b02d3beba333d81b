package org.tongchou.engine.plan;

/**
 * How the indicators within each group are weighted. Objective methods ({@link #ENTROPY},
 * {@link #CRITIC}, the objective part of {@link #COMBINED}) read the normalised values of the units
 * evaluated, group by group; a group with one indicator gives it weight 1 whatever the method.
 */
public enum IndicatorWeighting {
    /** 1/n within the group ({@code Weights.equal}). */
    EQUAL,
    /** The weights written in the tree ({@link PlanTree.Leaf#weight()}), renormalised within the group ({@code Weights.expert}). */
    FIXED,
    /** AHP priorities of the plan's pairwise matrix of the group ({@code Ahp.priorities}). */
    AHP,
    /** Entropy weights (熵权法) of the normalised values, 0·ln 0 = 0 ({@code EntropyWeights}). */
    ENTROPY,
    /** CRITIC weights (Diakoulaki et al. 1995) of the normalised values, sample standard deviation ({@code CriticWeights}). */
    CRITIC,
    /**
     * Subjective × objective, multiplicative and renormalised (乘法合成归一化, {@code CombinedWeights.multiplicative}):
     * AHP priorities where the plan has a matrix for the group, otherwise the tree's weights, times entropy weights.
     */
    COMBINED;

    /**
     * Whether the method reads the data (entropy, CRITIC, combined).
     *
     * @return true for ENTROPY, CRITIC and COMBINED
     */
    public boolean objective() {
        return this == ENTROPY || this == CRITIC || this == COMBINED;
    }
}
