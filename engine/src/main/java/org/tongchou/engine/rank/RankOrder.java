package org.tongchou.engine.rank;

/** Whether rank 1 goes to the highest score (the usual for composite indices) or the lowest. */
public enum RankOrder {
    /** Rank 1 for the highest score. */
    DESCENDING,
    /** Rank 1 for the lowest score. */
    ASCENDING
}
