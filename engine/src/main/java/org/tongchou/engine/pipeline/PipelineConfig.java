package org.tongchou.engine.pipeline;

import org.tongchou.engine.aggregate.AggregationSpec;
import org.tongchou.engine.data.InvalidArgumentException;
import org.tongchou.engine.normalise.MinMax;
import org.tongchou.engine.normalise.Normaliser;
import org.tongchou.engine.prepare.ImputationMethod;
import org.tongchou.engine.prepare.ImputationSpec;
import org.tongchou.engine.prepare.OutlierTreatment;

/**
 * Every choice of a composite-indicator pipeline, as one immutable value: Monte Carlo and sensitivity
 * runs vary a choice with a {@code with...} copy.
 *
 * @param denominate      divide indicators by the denominator named in the framework
 * @param imputation      imputation, or null for none (missing values then flow on and aggregation
 *                        renormalises over present children)
 * @param screenThreshold minimum share of present indicator values a unit needs after imputation; 0 keeps all.
 *                        Screened-out units stay in the tables with missing scores (they are reported as removed)
 * @param treatment       outlier treatment, or null for none
 * @param normaliser      normalisation (directions come from the framework)
 * @param aggregation     aggregation over the framework tree
 * @param weights         weights of every framework node in {@code Framework.nodes()} order, or null to use the
 *                        framework's own weights
 */
public record PipelineConfig(boolean denominate, ImputationSpec imputation, double screenThreshold,
                             OutlierTreatment treatment, Normaliser normaliser, AggregationSpec aggregation,
                             double[] weights) {
    /**
     * Checks the components.
     *
     * @param denominate divide indicators by the denominator named in the framework
     * @param imputation imputation, or null for none (missing values then flow on and aggregation renormalises over
     *        present children)
     * @param screenThreshold minimum share of present indicator values a unit needs after imputation; 0 keeps all.
     *        Screened-out units stay in the tables with missing scores (they are reported as removed)
     * @param treatment outlier treatment, or null for none
     * @param normaliser normalisation (directions come from the framework)
     * @param aggregation aggregation over the framework tree
     * @param weights weights of every framework node in {@code Framework.nodes()} order, or null to use the
     *        framework's own weights
     * @throws InvalidArgumentException for a screening threshold outside [0, 1], LOCF imputation, or no normalisation
     *        or aggregation
     */
    public PipelineConfig {
        if (!(screenThreshold >= 0 && screenThreshold <= 1)) {
            throw new InvalidArgumentException("screenThreshold", screenThreshold, "must be in [0, 1]");
        }
        if (imputation != null && imputation.method() == ImputationMethod.LOCF) {
            throw new InvalidArgumentException("imputation", "LOCF", "LOCF needs panel data; the pipeline works on one period");
        }
        if (normaliser == null || aggregation == null) {
            throw new InvalidArgumentException(normaliser == null ? "normaliser" : "aggregation", "null",
                    "the pipeline needs a normalisation and an aggregation");
        }
    }

    /**
     * COINr's {@code build_example_coin()}: denominate; impute by the group mean of {@code EurAsia_group};
     * screen at 90 % availability; treat (winmax 5, |skew| 2, kurtosis 3.5, log_CT); min-max to [0, 100];
     * weighted arithmetic mean with the framework's weights.
     *
     * @return that configuration
     */
    public static PipelineConfig coinrExample() {
        return new PipelineConfig(true, ImputationSpec.byGroup(ImputationMethod.GROUP_MEAN, "EurAsia_group"), 0.9,
                OutlierTreatment.coinr(), MinMax.coinr(), AggregationSpec.arithmetic(), null);
    }

    /**
     * @param v the imputation, or null for none
     * @return a copy with it
     */
    public PipelineConfig withImputation(ImputationSpec v) {
        return new PipelineConfig(denominate, v, screenThreshold, treatment, normaliser, aggregation, weights);
    }

    /**
     * @param v the outlier treatment, or null for none
     * @return a copy with it
     */
    public PipelineConfig withTreatment(OutlierTreatment v) {
        return new PipelineConfig(denominate, imputation, screenThreshold, v, normaliser, aggregation, weights);
    }

    /**
     * @param v the normalisation
     * @return a copy with it
     */
    public PipelineConfig withNormaliser(Normaliser v) {
        return new PipelineConfig(denominate, imputation, screenThreshold, treatment, v, aggregation, weights);
    }

    /**
     * @param v the aggregation
     * @return a copy with it
     */
    public PipelineConfig withAggregation(AggregationSpec v) {
        return new PipelineConfig(denominate, imputation, screenThreshold, treatment, normaliser, v, weights);
    }

    /**
     * Node weights in {@code Framework.nodes()} order (not copied: callers own the array), or null.
     *
     * @param v the weights, or null for the framework's
     * @return a copy with them
     */
    public PipelineConfig withWeights(double[] v) {
        return new PipelineConfig(denominate, imputation, screenThreshold, treatment, normaliser, aggregation, v);
    }

    /**
     * @param v the screening threshold, in [0, 1]
     * @return a copy with it
     */
    public PipelineConfig withScreenThreshold(double v) {
        return new PipelineConfig(denominate, imputation, v, treatment, normaliser, aggregation, weights);
    }

    /**
     * @param v whether to denominate
     * @return a copy with it
     */
    public PipelineConfig withDenominate(boolean v) {
        return new PipelineConfig(v, imputation, screenThreshold, treatment, normaliser, aggregation, weights);
    }
}
