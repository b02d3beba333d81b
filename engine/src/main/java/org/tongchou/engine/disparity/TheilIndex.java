package org.tongchou.engine.disparity;

/** The two Theil indices (generalised entropy GE(1) and GE(0)). */
public enum TheilIndex {
    /** Theil T, GE(1): {@code Σ s_y ln(s_y / s_p)}, weighted by income shares. */
    T,
    /** Theil L (mean log deviation), GE(0): {@code Σ s_p ln(s_p / s_y)}, weighted by population shares. */
    L
}
