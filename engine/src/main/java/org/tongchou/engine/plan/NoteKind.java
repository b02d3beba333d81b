package org.tongchou.engine.plan;

/**
 * What a {@link PlanNote} reports: a figure that was not computed (and why), or a choice the evaluator
 * made that readers should know. Applications translate notes by kind; {@link PlanNote#args()} holds the
 * values each kind's sentence needs, in the order given here.
 */
public enum NoteKind {
    /** The benchmark is not among the units evaluated: no benchmark gaps. Args: benchmark code. */
    BENCHMARK_NOT_EVALUATED,
    /** The aggregation is not arithmetic: gaps are not decomposed by indicator. Args: aggregation method. */
    GAPS_NOT_DECOMPOSED,
    /** Obstacle degrees need normalised values in [0, ideal]. Args: indicator, unit, value, ideal. */
    OBSTACLES_OUT_OF_RANGE,
    /**
     * A subsystem indicator lacks values (or is not in the data at all). Args: subsystem, indicator, number of
     * units without a value, first such unit.
     */
    COUPLING_MISSING_VALUES,
    /**
     * Entropy weights of a subsystem cannot be computed. Args: subsystem, reason ({@code NO_VARIATION}: every
     * indicator constant; {@code ALL_ZERO}, {@code NEGATIVE_VALUE}, {@code MISSING_VALUE}, {@code TOO_FEW_UNITS}),
     * indicator and unit concerned (may be empty).
     */
    COUPLING_NO_VARIATION,
    /** The subsystem's fixed weights are all zero. Args: subsystem. */
    COUPLING_ZERO_WEIGHTS,
    /** CV is undefined: no value or a zero mean. Args: subject. */
    CV_UNDEFINED,
    /** Gini and Theil need non-negative values. Args: subject, unit, value. */
    INEQUALITY_NEGATIVE_VALUE,
    /** Gini and Theil are undefined for a zero (or absent) total. Args: subject. */
    INEQUALITY_ZERO_TOTAL,
    /** Disparity weights (e.g. population) are missing or negative for a unit. Args: subject, weight column, unit. */
    DISPARITY_WEIGHT_INVALID,
    /** Values were imputed. Args: number of cells, method. */
    IMPUTED,
    /** Theil L (mean log deviation) needs positive values. Args: subject, unit, value. */
    THEIL_L_NOT_POSITIVE,
    /** A robustness alternative could not be evaluated and was left out. Args: assumption, alternative, reason. */
    ALTERNATIVE_LEFT_OUT
}
