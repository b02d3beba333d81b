package org.tongchou.engine.robustness;

import java.util.List;
import org.tongchou.engine.pipeline.CompositePipeline;
import org.tongchou.engine.pipeline.PipelineConfig;

/**
 * The index scores of a {@link CompositePipeline} as a {@link ScoreModel}: every replication starts from
 * the base configuration, applies each assumption's value, and regenerates the whole pipeline
 * (denominate → impute → screen → treat → normalise → aggregate). The pipeline reuses buffers and is
 * not thread-safe, so each thread works on its own copy.
 */
public final class PipelineModel implements ScoreModel {
    private final PipelineConfig base;
    private final List<PipelineAssumption<?>> assumptions;
    private final ThreadLocal<CompositePipeline> perThread;
    private final int units;

    public PipelineModel(CompositePipeline pipeline, PipelineConfig base, List<PipelineAssumption<?>> assumptions) {
        this.base = base;
        this.assumptions = List.copyOf(assumptions);
        this.perThread = ThreadLocal.withInitial(pipeline::copy);
        this.units = pipeline.units().size();
    }

    /** The plain assumptions, in order, for {@link MonteCarlo}. */
    public List<Assumption<?>> assumptions() {
        return assumptions.stream().<Assumption<?>>map(PipelineAssumption::assumption).toList();
    }

    @Override
    public double[] scores(Scenario scenario) {
        PipelineConfig config = base;
        for (PipelineAssumption<?> a : assumptions) config = a.apply(config, scenario);
        double[] index = new double[units];
        perThread.get().runIndex(config, index);
        return index;
    }
}
