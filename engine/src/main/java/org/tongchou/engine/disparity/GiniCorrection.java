package org.tongchou.engine.disparity;

/** Whether the Gini coefficient is multiplied by n/(n − 1) so that it reaches 1 in a finite sample. */
public enum GiniCorrection {
    /** {@code G = Σ_i Σ_j |x_i − x_j| / (2 n² μ)}: PySAL {@code inequality.gini.Gini}, R ineq {@code Gini(corr = FALSE)}. */
    NONE,
    /** {@code G · n/(n − 1)}: R ineq {@code Gini(corr = TRUE)}; only for unweighted data. */
    SMALL_SAMPLE
}
