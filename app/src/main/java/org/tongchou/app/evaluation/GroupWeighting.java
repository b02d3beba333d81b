package org.tongchou.app.evaluation;

/** How a plan weights dimensions within the index and sub-dimensions within their dimension. */
public enum GroupWeighting {
    /** 1/n among siblings. */
    EQUAL,
    /** The framework's weights, renormalised among siblings. */
    FRAMEWORK,
    /** AHP priorities from the plan's pairwise matrix of the parent (the index or the dimension). */
    AHP;

    /** The engine's weighting of the same name ({@link #FRAMEWORK} is the engine's {@code FIXED}). */
    org.tongchou.engine.plan.GroupWeighting toEngine() {
        return this == FRAMEWORK ? org.tongchou.engine.plan.GroupWeighting.FIXED : org.tongchou.engine.plan.GroupWeighting.valueOf(name());
    }
}
