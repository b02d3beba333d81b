package org.tongchou.engine.plan;

/** How dimensions are weighted within the index, and groups within their dimension. */
public enum GroupWeighting {
    /** 1/n among siblings. */
    EQUAL,
    /** The weights written in the tree, renormalised among siblings. */
    FIXED,
    /** AHP priorities of the plan's pairwise matrix of the parent (the root or the dimension). */
    AHP
}
