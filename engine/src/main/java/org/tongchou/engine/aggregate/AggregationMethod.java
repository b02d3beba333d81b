package org.tongchou.engine.aggregate;

/**
 * Weighted means of a node's children (weights w renormalised over the present children):
 * arithmetic {@code Σ w x / Σ w}; geometric {@code exp(Σ w ln x / Σ w)}; harmonic {@code Σ w / Σ (w/x)}.
 * Source: OECD/JRC Handbook on Constructing Composite Indicators (2008) §6.2; COINr {@code a_amean},
 * {@code a_gmean}, {@code a_hmean}. Geometric and harmonic means need positive values: see {@link ZeroValues}.
 */
public enum AggregationMethod {
    /** {@code Σ w x / Σ w}; zeros and negative values need no rule. */
    ARITHMETIC,
    /** {@code exp(Σ w ln x / Σ w)}; needs positive values ({@link ZeroValues}). */
    GEOMETRIC,
    /** {@code Σ w / Σ (w/x)}; needs positive values ({@link ZeroValues}). */
    HARMONIC
}
