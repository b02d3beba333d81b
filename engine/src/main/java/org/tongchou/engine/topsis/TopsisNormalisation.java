package org.tongchou.engine.topsis;

/** How TOPSIS scales each criterion before weighting. */
public enum TopsisNormalisation {
    /**
     * Vector normalisation {@code r_ij = x_ij / sqrt(Σ_i x_ij²)} (Hwang &amp; Yoon 1981); direction is
     * respected by the ideals (max for benefit, min for cost criteria).
     */
    VECTOR,
    /**
     * Min-max with direction: benefit {@code (x − min)/(max − min)}, cost {@code (max − x)/(max − min)}
     * (pymcdm's default); afterwards every criterion is "more is better".
     */
    MIN_MAX,
    /** No scaling: the values are used as given (already normalised upstream); ideals respect direction. */
    NONE
}
