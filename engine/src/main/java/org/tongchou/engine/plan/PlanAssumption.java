package org.tongchou.engine.plan;

/** The choices of a plan that a robustness analysis varies; their codes name the assumptions in results. */
public enum PlanAssumption {
    /** How missing values are imputed (only when the plan imputes). */
    IMPUTATION,
    /** How indicators are normalised. */
    NORMALISATION,
    /** How indicators are weighted within their group. */
    INDICATOR_WEIGHTING,
    /** How dimensions and groups are weighted. */
    GROUP_WEIGHTING,
    /** The weighted mean up the tree. */
    AGGREGATION,
    /** Random noise on the weights of dimensions and groups. */
    WEIGHT_NOISE
}
