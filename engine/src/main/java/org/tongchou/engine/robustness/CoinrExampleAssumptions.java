package org.tongchou.engine.robustness;

import java.util.List;
import org.tongchou.engine.aggregate.AggregationMethod;
import org.tongchou.engine.aggregate.AggregationSpec;
import org.tongchou.engine.aggregate.ZeroValues;
import org.tongchou.engine.framework.Framework;
import org.tongchou.engine.normalise.ConstantColumn;
import org.tongchou.engine.normalise.MinMax;
import org.tongchou.engine.normalise.Normaliser;
import org.tongchou.engine.normalise.SdType;
import org.tongchou.engine.normalise.ZScore;
import org.tongchou.engine.pipeline.PipelineConfig;

/**
 * The four uncertain assumptions of COINr's sensitivity vignette (COINr 1.1, {@code vignettes/sensitivity.Rmd})
 * on its example index, whose nominal configuration is {@link PipelineConfig#coinrExample()}:
 * <ol>
 *   <li>{@code Winmax}: the maximum number of points winsorised per indicator, discrete uniform on 1…5
 *       (nominal 5);</li>
 *   <li>{@code Normalisation}: min-max to [1, 100] or z-score with mean 10 and SD 2 (nominal: min-max
 *       to [0, 100]);</li>
 *   <li>{@code Weights}: noisy weights, pillars (level 2) and sub-indices (level 3) each × U(0.75, 1.25),
 *       a pool of 100 noisy weight sets (COINr's {@code get_noisy_weights(..., Nrep = 100)});</li>
 *   <li>{@code Aggregation}: weighted arithmetic or geometric mean (nominal arithmetic).</li>
 * </ol>
 */
public final class CoinrExampleAssumptions {
    /** COINr's noise factor for the weights of levels 2 and 3. */
    public static final double NOISE = 0.25;
    /** COINr's number of noisy weight sets. */
    public static final int NOISY_WEIGHT_SETS = 100;

    private CoinrExampleAssumptions() {
    }

    /**
     * The most winsorised points per indicator, 1 to 5 (COINr's example).
     *
     * @return the assumption
     */
    public static PipelineAssumption<Integer> winmax() {
        return PipelineAssumptions.winmax(List.of(1, 2, 3, 4, 5), PipelineConfig.coinrExample());
    }

    /**
     * Min-max to [1, 100] or z-scores with mean 10 and SD 2 (COINr's example).
     *
     * @return the assumption
     */
    public static PipelineAssumption<Normaliser> normalisation() {
        return PipelineAssumptions.normalisation(List.of(new MinMax(1, 100, ConstantColumn.MISSING),
                new ZScore(10, 2, SdType.SAMPLE, ConstantColumn.MISSING)), PipelineConfig.coinrExample());
    }

    /**
     * Noisy weights over every framework node, noise {@link #NOISE} on levels 2 and 3.
     *
     * @param framework the framework whose weights are perturbed
     * @param seed      the seed of the pool of noisy weights
     * @return the assumption
     */
    public static PipelineAssumption<double[]> weights(Framework framework, long seed) {
        return PipelineAssumptions.noisyWeights(framework, new double[]{0, 0, NOISE, NOISE}, NOISY_WEIGHT_SETS, seed);
    }

    /**
     * Arithmetic or geometric mean (COINr's example).
     *
     * @return the assumption
     */
    public static PipelineAssumption<AggregationSpec> aggregation() {
        return PipelineAssumptions.aggregation(List.of(AggregationSpec.arithmetic(),
                new AggregationSpec(AggregationMethod.GEOMETRIC, 1, ZeroValues.FAIL)), PipelineConfig.coinrExample());
    }

    /**
     * All four, in COINr's order (Winmax, Normalisation, Weights, Aggregation).
     *
     * @param framework the framework whose weights are perturbed
     * @param seed      the seed of the pool of noisy weights
     * @return the assumptions
     */
    public static List<PipelineAssumption<?>> all(Framework framework, long seed) {
        return List.of(winmax(), normalisation(), weights(framework, seed), aggregation());
    }
}
