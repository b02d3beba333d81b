package org.tongchou.engine.rank;

/** Whether rank 1 goes to the highest score (the usual for composite indices) or the lowest. */
public enum RankOrder {
    DESCENDING,
    ASCENDING
}
