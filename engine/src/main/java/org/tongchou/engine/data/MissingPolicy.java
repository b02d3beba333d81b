package org.tongchou.engine.data;

/**
 * What a method does when it meets a missing value ({@link Double#NaN}).
 *
 * <p>The default everywhere is {@link #FAIL}: a missing value is an error that names the unit and the
 * indicator, because a silently skipped value changes scores and ranks. Callers who have decided how
 * to treat gaps (imputation upstream, or COINr-style renormalisation over present values) say so.
 */
public enum MissingPolicy {
    /** Refuse the input with a {@link MissingValueException} naming the first missing cell. */
    FAIL,
    /** Leave missing cells out of every statistic; results for a missing cell are missing. */
    SKIP,
    /** Let NaN flow through arithmetic: any result that touches a missing value is missing. */
    PROPAGATE
}
