package org.tongchou.engine.robustness;

/**
 * The distribution of one unit's rank over Monte Carlo replications: its nominal rank (under the
 * nominal assumptions), the mean, the median and the 5th and 95th percentiles (R type-7 quantiles)
 * of its ranks. Statistics are {@code NaN} when the unit has no rank in any replication.
 */
public record UnitRankStatistics(String unit, double nominal, double mean, double median, double q5, double q95) {
}
