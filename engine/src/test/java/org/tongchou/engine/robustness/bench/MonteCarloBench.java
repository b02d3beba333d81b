package org.tongchou.engine.robustness.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.framework.Framework;
import org.tongchou.engine.framework.FrameworkCsv;
import org.tongchou.engine.io.DatasetCsv;
import org.tongchou.engine.pipeline.CompositePipeline;
import org.tongchou.engine.pipeline.PipelineConfig;
import org.tongchou.engine.robustness.CoinrExampleAssumptions;
import org.tongchou.engine.robustness.MonteCarlo;
import org.tongchou.engine.robustness.PipelineModel;
import org.tongchou.engine.robustness.StageReuse;
import org.tongchou.engine.robustness.UncertaintyResult;
import org.tongchou.engine.testing.ReferenceData;

/**
 * Harness (run by {@code scripts/bench-engine.sh --montecarlo}, never by the test suite): wall time of a Monte
 * Carlo uncertainty analysis of COINr's example index over COINr's four assumptions, every replication
 * regenerating the whole pipeline (denominate, impute, screen, treat, normalise, aggregate) and
 * ranking; then the same with {@link StageReuse#REUSE_NORMALISED} (only aggregation per replication).
 * Reports wall time and process CPU time (the machine may be shared). Runs warm-up rounds, then {@code rounds} timed rounds per thread count, and prints the
 * median and every round.
 *
 * <p>Arguments: replications, rounds, thread counts (comma separated); defaults 10000, 5, "1,2". The
 * reference data are found by {@link ReferenceData} (TONGCHOU_REFERENCE or ../shared/reference).
 *
 * <p>Figures are absolute (seconds, milliseconds per regeneration). No ratio to COINr is printed: a ratio to a
 * peer means something only when the peer ran in the same session on the same machine, and R with COINr is not
 * installed here; COINr's published 0.208 s per regeneration (v0) came from another machine and run.
 */
public final class MonteCarloBench {
    private MonteCarloBench() {
    }

    public static void main(String[] args) {
        Path dir = ReferenceData.root().orElseThrow(() -> new IllegalStateException(
                "reference data not found: set TONGCHOU_REFERENCE or put ../shared/reference beside the repository"))
                .resolve("coinr-asem");
        int replications = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int[] threads = Arrays.stream((args.length > 2 ? args[2] : "1,2").split(",")).mapToInt(Integer::parseInt).toArray();
        Framework framework = FrameworkCsv.read(dir.resolve("input_ASEM_iMeta.csv"));
        Dataset data = DatasetCsv.read(dir.resolve("input_ASEM_iData.csv"), "uCode",
                new LinkedHashSet<>(List.of("GDP_group", "GDPpc_group", "Pop_group", "EurAsia_group")), Set.of("uName"));
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("load average %.1f; COINr example: %d units x %d indicators, %d replications, %d timed rounds, JVM %s, %d processors%n",
                os.getSystemLoadAverage(), data.unitCount(), framework.indicatorCount(), replications, rounds,
                Runtime.version(), Runtime.getRuntime().availableProcessors());
        for (StageReuse reuse : StageReuse.values()) {
          PipelineModel model = new PipelineModel(new CompositePipeline(framework, data), PipelineConfig.coinrExample(),
                  CoinrExampleAssumptions.all(framework, 1), reuse);
          for (int t : threads) {
            MonteCarlo mc = new MonteCarlo(data.units(), model.assumptions(), model, t);
            for (int w = 0; w < 3; w++) mc.uncertainty(replications, 100 + w); // warm-up (JIT)
            double[] seconds = new double[rounds];
            double[] cpu = new double[rounds];
            long checksum = 0;
            for (int r = 0; r < rounds; r++) {
                long c0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                UncertaintyResult res = mc.uncertainty(replications, r);
                seconds[r] = (System.nanoTime() - t0) / 1e9;
                cpu[r] = (os.getProcessCpuTime() - c0) / 1e9;
                checksum += (long) res.statistics().get(0).mean();
            }
            double[] sorted = seconds.clone();
            Arrays.sort(sorted);
            double median = sorted[rounds / 2];
            double[] cpuSorted = cpu.clone();
            Arrays.sort(cpuSorted);
            System.out.printf("%s threads=%d: wall median %.3f s for %d replications = %.4f ms per regeneration; "
                            + "process CPU median %.3f s; wall rounds %s; checksum %d%n",
                    reuse, t, median, replications, median * 1000 / replications,
                    cpuSorted[rounds / 2],
                    Arrays.toString(Arrays.stream(seconds).map(s -> Math.round(s * 1000) / 1000.0).toArray()), checksum);
          }
        }
    }
}
