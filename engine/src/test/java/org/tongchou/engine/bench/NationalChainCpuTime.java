package org.tongchou.engine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * A documented harness beside the JMH benchmark: runs the national chain of {@link NationalChainBenchmark}
 * repeatedly in one thread and reports the median <em>thread CPU time</em> per run (and the median wall time).
 * On a shared machine, wall time includes the time other processes hold the cores; CPU time counts only this
 * thread's work, so it is the fairer figure of what the chain costs. Usage (through scripts/bench-national.sh
 * {@code --cpu}): {@code NationalChainCpuTime [warmupRuns] [measuredRuns] [size ...]}.
 */
public final class NationalChainCpuTime {
    private NationalChainCpuTime() {
    }

    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        String[] sizes = args.length > 2 ? Arrays.copyOfRange(args, 2, args.length)
                : new String[] {"10338x40", "20676x40", "41352x40", "41352x80"};
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        System.out.println("size,cells,chain_cpu_median_ms,chain_wall_median_ms,analysis_cpu_median_ms,analysis_wall_median_ms");
        double sink = 0;
        for (String size : sizes) {
            NationalChainBenchmark b = new NationalChainBenchmark();
            b.size = size;
            b.setUp();
            for (int r = 0; r < warmup; r++) sink += b.runChain() + b.runAnalysisOnly();
            double[] cpu = new double[runs];
            double[] wall = new double[runs];
            double[] acpu = new double[runs];
            double[] awall = new double[runs];
            for (int r = 0; r < runs; r++) {
                long c0 = mx.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                sink += b.runChain();
                cpu[r] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
                wall[r] = (System.nanoTime() - w0) / 1e6;
                c0 = mx.getCurrentThreadCpuTime();
                w0 = System.nanoTime();
                sink += b.runAnalysisOnly();
                acpu[r] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
                awall[r] = (System.nanoTime() - w0) / 1e6;
            }
            String[] p = size.split("x");
            long cells = Long.parseLong(p[0]) * Long.parseLong(p[1]);
            System.out.printf(java.util.Locale.ROOT, "%s,%d,%.2f,%.2f,%.2f,%.2f%n", size, cells, median(cpu), median(wall), median(acpu), median(awall));
        }
        if (sink == 42.4242) System.out.println(); // keeps the results alive
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
