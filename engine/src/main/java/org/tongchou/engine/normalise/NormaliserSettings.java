package org.tongchou.engine.normalise;

import org.tongchou.engine.data.InvalidInputException;

/**
 * Every setting any normaliser takes, so that the command line and pipeline files build a
 * {@link Normaliser} the same way. Settings a method does not use are ignored.
 *
 * @param lower      min-max lower bound (default 0)
 * @param upper      min-max upper bound (default 100)
 * @param shift      shifted min-max shift (default 0.0001)
 * @param mean       z-score target mean (default 0)
 * @param sd         z-score target SD (default 1)
 * @param sdType     z-score SD divisor (default SAMPLE, as R)
 * @param constant   constant-column behaviour (default FAIL)
 * @param ties       rank ties (default AVERAGE, as R)
 * @param percentile percentile-rank convention (default ZERO_TO_ONE)
 * @param negative   vector normalisation of less-is-better columns (default FAIL)
 * @param scale      goalposts / distance-to-target scale (default 1)
 * @param cap        distance-to-target: cap at the target (default true)
 * @param lowerPosts goalposts' lower posts per column (null unless GOALPOSTS)
 * @param upperPosts goalposts' upper posts per column
 * @param targets    targets per column (null unless DISTANCE_TO_TARGET)
 */
public record NormaliserSettings(NormalisationMethod method, double lower, double upper, double shift, double mean,
                                 double sd, SdType sdType, ConstantColumn constant, TieMethod ties,
                                 PercentileRank.Convention percentile, VectorNorm.Negative negative, double scale,
                                 boolean cap, double[] lowerPosts, double[] upperPosts, double[] targets) {

    /**
     * @param method the normalisation family
     * @return its settings with every default as the class documentation lists them (no goalposts or targets)
     */
    public static NormaliserSettings defaults(NormalisationMethod method) {
        return new NormaliserSettings(method, 0, 100, 0.0001, 0, 1, SdType.SAMPLE, ConstantColumn.FAIL, TieMethod.AVERAGE,
                PercentileRank.Convention.ZERO_TO_ONE, VectorNorm.Negative.FAIL, 1, true, null, null, null);
    }

    /**
     * @return the normaliser these settings describe
     * @throws org.tongchou.engine.data.InvalidArgumentException when a setting the method uses is out of range
     *                                                          (e.g. lower &gt;= upper for min-max), or goalposts or
     *                                                          targets are missing for the methods that need them
     */
    public Normaliser build() {
        return switch (method) {
            case MINMAX -> new MinMax(lower, upper, constant);
            case SHIFTED_MINMAX -> new ShiftedMinMax(shift, constant);
            case ZSCORE -> new ZScore(mean, sd, sdType, constant);
            case GOALPOSTS -> {
                if (lowerPosts == null || upperPosts == null) throw new InvalidInputException("goalposts need lower and upper posts per indicator");
                yield new Goalposts(lowerPosts, upperPosts, scale);
            }
            case DISTANCE_TO_TARGET -> {
                if (targets == null) throw new InvalidInputException("distance to target needs a target per indicator");
                yield new DistanceToTarget(targets, scale, cap);
            }
            case RANK -> new RankScore(ties);
            case PERCENTILE_RANK -> new PercentileRank(ties, percentile);
            case VECTOR -> new VectorNorm(negative, constant);
        };
    }
}
