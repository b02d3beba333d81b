package org.tongchou.engine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.tongchou.engine.pipeline.CoinrExample;
import org.tongchou.engine.pipeline.CompositePipeline;
import org.tongchou.engine.pipeline.PipelineConfig;

/**
 * A harness beside the JMH benchmark: thread CPU time (not wall time) per COINr-example regeneration,
 * so the figure stays meaningful on a shared, loaded machine where wall-clock JMH scores inflate.
 * Runs {@code rounds} rounds of {@code perRound} regenerations after a warm-up and prints the median,
 * min and max CPU microseconds per regeneration. Run: {@code scripts/bench-engine.sh --cpu-time}.
 */
public final class CoinrPipelineCpuTime {
    private CoinrPipelineCpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        CompositePipeline p = new CompositePipeline(CoinrExample.framework(), CoinrExample.data());
        PipelineConfig config = PipelineConfig.coinrExample();
        double[] index = new double[p.units().size()];
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double sink = 0;
        for (int i = 0; i < 20_000; i++) {
            p.runIndex(config, index);
            sink += index[0];
        }
        double[] us = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < perRound; i++) {
                p.runIndex(config, index);
                sink += index[i % index.length];
            }
            us[r] = (mx.getCurrentThreadCpuTime() - t0) / 1e3 / perRound;
        }
        Arrays.sort(us);
        System.out.printf("COINr example regeneration, thread CPU time: median %.1f us, min %.1f us, max %.1f us "
                + "(%d rounds x %d runs; checksum %.3f)%n", us[rounds / 2], us[0], us[rounds - 1], rounds, perRound, sink);
    }
}
