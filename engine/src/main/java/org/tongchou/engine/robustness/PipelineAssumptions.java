package org.tongchou.engine.robustness;

import java.util.List;
import java.util.Optional;
import org.tongchou.engine.aggregate.AggregationSpec;
import org.tongchou.engine.data.InvalidArgumentException;
import org.tongchou.engine.framework.Framework;
import org.tongchou.engine.normalise.Normaliser;
import org.tongchou.engine.pipeline.PipelineConfig;
import org.tongchou.engine.prepare.ImputationSpec;
import org.tongchou.engine.prepare.OutlierTreatment;

/**
 * Ready-made uncertain assumptions of a composite pipeline, each a discrete uniform choice among
 * alternatives (or noisy weights), with the nominal value taken from the base configuration.
 */
public final class PipelineAssumptions {
    private PipelineAssumptions() {
    }

    /**
     * Imputation among alternatives; an empty alternative means no imputation.
     *
     * @param alternatives the imputations, at least one
     * @param base         the nominal configuration (its imputation is the nominal value)
     * @return the assumption
     */
    public static PipelineAssumption<Optional<ImputationSpec>> imputation(List<Optional<ImputationSpec>> alternatives,
                                                                          PipelineConfig base) {
        return new PipelineAssumption<>(new Choice<>("Imputation", alternatives, Optional.ofNullable(base.imputation())),
                (c, v) -> c.withImputation(v.orElse(null)));
    }

    /**
     * The maximum number of winsorised points, other treatment settings as in {@code base}.
     *
     * @param alternatives the winmax values, each ≥ 0
     * @param base         the nominal configuration, which must treat outliers
     * @return the assumption
     * @throws org.tongchou.engine.data.InvalidArgumentException when {@code base} has no outlier treatment
     */
    public static PipelineAssumption<Integer> winmax(List<Integer> alternatives, PipelineConfig base) {
        OutlierTreatment nominal = base.treatment();
        if (nominal == null) throw new InvalidArgumentException("base", "no outlier treatment", "winmax varies outlier treatment, so the base pipeline needs one");
        return new PipelineAssumption<>(new Choice<>("Winmax", alternatives, nominal.winMax()),
                (c, w) -> c.withTreatment(new OutlierTreatment(w, nominal.skewThreshold(), nominal.kurtThreshold(),
                        nominal.fallback())));
    }

    /**
     * Normalisation among alternatives.
     *
     * @param alternatives the normalisers, at least one
     * @param base         the nominal configuration
     * @return the assumption
     */
    public static PipelineAssumption<Normaliser> normalisation(List<Normaliser> alternatives, PipelineConfig base) {
        return new PipelineAssumption<>(new Choice<>("Normalisation", alternatives, base.normaliser()),
                PipelineConfig::withNormaliser);
    }

    /**
     * Aggregation among alternatives.
     *
     * @param alternatives the aggregations, at least one
     * @param base         the nominal configuration
     * @return the assumption
     */
    public static PipelineAssumption<AggregationSpec> aggregation(List<AggregationSpec> alternatives, PipelineConfig base) {
        return new PipelineAssumption<>(new Choice<>("Aggregation", alternatives, base.aggregation()),
                PipelineConfig::withAggregation);
    }

    /**
     * Noisy weights of the framework's nodes ({@link NoisyWeights}), nominal weights from the framework.
     *
     * @param framework    the framework
     * @param noiseByLevel δ for the nodes of level L at index L (index 0 unused; missing or 0 = fixed), each in [0, 1]
     * @param sets         the size of the pool of noisy weight sets, at least 1
     * @param seed         the seed of the pool
     * @return the assumption
     */
    public static PipelineAssumption<double[]> noisyWeights(Framework framework, double[] noiseByLevel, int sets, long seed) {
        double[] nominal = framework.weights();
        double[] noise = new double[nominal.length];
        for (int k = 0; k < noise.length; k++) {
            int level = framework.node(k).level();
            noise[k] = level < noiseByLevel.length ? noiseByLevel[level] : 0;
        }
        return new PipelineAssumption<>(new NoisyWeights("Weights", nominal, noise, sets, seed), PipelineConfig::withWeights);
    }
}
