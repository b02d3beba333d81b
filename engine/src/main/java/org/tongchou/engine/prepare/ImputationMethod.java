package org.tongchou.engine.prepare;

/**
 * How a missing value is filled.
 * <ul>
 *   <li>{@code MEAN}, {@code MEDIAN}: of the indicator over all units with a value (COINr {@code i_mean},
 *       {@code i_median});</li>
 *   <li>{@code GROUP_MEAN}, {@code GROUP_MEDIAN}: of the indicator over the units in the same group
 *       (COINr {@code i_mean_grp}, {@code i_median_grp}); a group with no value at all leaves its gaps missing;</li>
 *   <li>{@code LOCF}: last observation carried forward within a unit's time series (panel data); a gap
 *       before the first observation stays missing.</li>
 * </ul>
 * Median of an even count is the mean of the two middle values (R {@code median}).
 */
public enum ImputationMethod {
    /** The column's mean over the present values. */
    MEAN,
    /** The column's median over the present values. */
    MEDIAN,
    /** The mean over the present values of the unit's group. */
    GROUP_MEAN,
    /** The median over the present values of the unit's group. */
    GROUP_MEDIAN,
    /** The unit's last earlier observation. */
    LOCF
}
