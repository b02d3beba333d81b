package org.tongchou.engine.weights;

/** How AHP priorities are derived from a pairwise comparison matrix. */
public enum AhpMethod {
    /** Principal right eigenvector, by power iteration (Saaty 1977/1980). */
    EIGENVECTOR,
    /** Normalised geometric means of the rows (Crawford &amp; Williams 1985, logarithmic least squares). */
    GEOMETRIC_MEAN,
    /** Mean of the rows of the column-normalised matrix (Saaty's "approximate" method, 和积法). */
    COLUMN_NORMALISED
}
