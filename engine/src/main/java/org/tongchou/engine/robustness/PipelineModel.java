package org.tongchou.engine.robustness;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.tongchou.engine.aggregate.AggregationSpec;
import org.tongchou.engine.aggregate.TreeAggregator;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.framework.Framework;
import org.tongchou.engine.pipeline.CompositePipeline;
import org.tongchou.engine.pipeline.PipelineConfig;

/**
 * The index scores of a {@link CompositePipeline} as a {@link ScoreModel}: every replication starts from
 * the base configuration, applies each assumption's value, and regenerates the pipeline
 * (denominate → impute → screen → treat → normalise → aggregate), or with
 * {@link StageReuse#REUSE_NORMALISED} only the aggregation. The pipeline reuses buffers and is not
 * thread-safe, so each thread works on its own copy.
 */
public final class PipelineModel implements ScoreModel {
    /** Most preparation configurations whose normalised indicators are kept under {@link StageReuse#REUSE_NORMALISED}. */
    public static final int MAX_REUSED_STAGES = 1024;

    private final PipelineConfig base;
    private final List<PipelineAssumption<?>> assumptions;
    private final ThreadLocal<CompositePipeline> perThread;
    private final int units;
    private final StageReuse reuse;
    private final Framework framework;
    private final List<String> unitCodes;
    private final ConcurrentHashMap<PipelineConfig, double[][]> normalised = new ConcurrentHashMap<>();

    /**
     * @param pipeline    the pipeline (copied per thread)
     * @param base        the nominal configuration
     * @param assumptions how each uncertain value changes the configuration
     * @param reuse       whether replications regenerate every stage or reuse normalised indicators
     */
    public PipelineModel(CompositePipeline pipeline, PipelineConfig base, List<PipelineAssumption<?>> assumptions,
                         StageReuse reuse) {
        this.base = base;
        this.assumptions = List.copyOf(assumptions);
        this.perThread = ThreadLocal.withInitial(pipeline::copy);
        this.units = pipeline.units().size();
        this.unitCodes = pipeline.units();
        this.framework = pipeline.framework();
        this.reuse = reuse;
    }

    /**
     * Regenerates every stage in every replication.
     *
     * @param pipeline    the pipeline (copied per thread)
     * @param base        the nominal configuration
     * @param assumptions how each uncertain value changes the configuration
     */
    public PipelineModel(CompositePipeline pipeline, PipelineConfig base, List<PipelineAssumption<?>> assumptions) {
        this(pipeline, base, assumptions, StageReuse.REGENERATE_ALL);
    }

    /**
     * The plain assumptions, in order, for {@link MonteCarlo}.
     *
     * @return the assumptions
     */
    public List<Assumption<?>> assumptions() {
        return assumptions.stream().<Assumption<?>>map(PipelineAssumption::assumption).toList();
    }

    @Override
    public double[] scores(Scenario scenario) {
        PipelineConfig config = base;
        for (PipelineAssumption<?> a : assumptions) config = a.apply(config, scenario);
        double[] index = new double[units];
        if (reuse == StageReuse.REUSE_NORMALISED) {
            double[][] indicators = preparedIndicators(config);
            if (indicators != null) {
                aggregateOnly(config, indicators, index);
                return index;
            }
        }
        perThread.get().runIndex(config, index);
        return index;
    }

    /** Normalised indicator rows for the preparation part of {@code config}, computed once; null past the cap. */
    private double[][] preparedIndicators(PipelineConfig config) {
        // The key drops what aggregation alone decides, so replications differing only there share it.
        PipelineConfig key = config.withWeights(null).withAggregation(AggregationSpec.arithmetic());
        double[][] cached = normalised.get(key);
        if (cached != null) return cached;
        if (normalised.size() >= MAX_REUSED_STAGES) return null;
        return normalised.computeIfAbsent(key, k -> {
            Dataset d = perThread.get().run(k).normalised();
            double[][] rows = new double[framework.indicatorCount()][];
            for (int j = 0; j < rows.length; j++) rows[j] = d.column(framework.node(j).code());
            return rows;
        });
    }

    private void aggregateOnly(PipelineConfig config, double[][] indicators, double[] index) {
        double[][] nodes = new double[framework.size()][];
        System.arraycopy(indicators, 0, nodes, 0, indicators.length); // read only by the aggregator
        for (int k = indicators.length; k < nodes.length; k++) nodes[k] = new double[units];
        double[] w = config.weights() != null ? config.weights() : framework.weights();
        new TreeAggregator(framework, config.aggregation()).aggregate(nodes, w, unitCodes);
        System.arraycopy(nodes[nodes.length - 1], 0, index, 0, units);
    }
}
