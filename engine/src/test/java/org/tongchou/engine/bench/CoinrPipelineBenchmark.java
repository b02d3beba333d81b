package org.tongchou.engine.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.tongchou.engine.pipeline.CoinrExample;
import org.tongchou.engine.pipeline.CompositePipeline;
import org.tongchou.engine.pipeline.PipelineConfig;
import org.tongchou.engine.pipeline.PipelineResult;

/**
 * One full regeneration of COINr's ASEM example (denominate, impute, screen, treat, normalise, aggregate;
 * 51 units × 49 indicators), single thread. {@code runIndex} is the Monte Carlo path (buffers reused);
 * {@code runWithStages} also copies every stage into datasets and builds the treatment report.
 * (COINr v0 reported 0.208 s per regeneration, 520.75 s for 2,500, on another machine: not a figure to divide by.)
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class CoinrPipelineBenchmark {
    private CompositePipeline pipeline;
    private PipelineConfig config;
    private double[] index;

    @Setup
    public void setUp() {
        pipeline = new CompositePipeline(CoinrExample.framework(), CoinrExample.data());
        config = PipelineConfig.coinrExample();
        index = new double[pipeline.units().size()];
    }

    @Benchmark
    public double[] runIndex() {
        pipeline.runIndex(config, index);
        return index;
    }

    @Benchmark
    public PipelineResult runWithStages() {
        return pipeline.run(config);
    }
}
