package org.tongchou.app.evaluation;

/**
 * How a plan weights the indicators within each group (sub-dimension, or dimension without
 * sub-dimensions). Objective methods are computed on the normalised values of the towns in the
 * period, within each group separately; a group with one indicator gives it weight 1.
 */
public enum IndicatorWeighting {
    /** 1/n within the group. */
    EQUAL,
    /** The weights written in the framework (expert weights), renormalised within the group. */
    FRAMEWORK,
    /** AHP priorities from the plan's pairwise matrix of the group (eigenvector method, Saaty RI). */
    AHP,
    /** Entropy weights (熵权法) of the normalised values, 0·ln 0 = 0. */
    ENTROPY,
    /** CRITIC weights (Diakoulaki et al. 1995) with the sample standard deviation. */
    CRITIC,
    /**
     * Subjective × objective, multiplicative and renormalised (乘法合成归一化): AHP priorities where
     * the plan has a matrix for the group, otherwise the framework weights, times entropy weights.
     */
    COMBINED;

    /** The engine's weighting of the same name ({@link #FRAMEWORK} is the engine's {@code FIXED}). */
    org.tongchou.engine.plan.IndicatorWeighting toEngine() {
        return this == FRAMEWORK ? org.tongchou.engine.plan.IndicatorWeighting.FIXED : org.tongchou.engine.plan.IndicatorWeighting.valueOf(name());
    }
}
