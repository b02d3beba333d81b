package org.tongchou.engine.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.tongchou.engine.plan.PlanRobustness;
import org.tongchou.engine.plan.RobustnessSpec;

/**
 * A documented harness beside {@link PlanBenchmark}: the same three tasks (a city evaluated, its
 * robustness with 1,000 replications on one thread, the whole township level of the country evaluated),
 * each run repeatedly, reporting the median CPU time of the calling thread (fine-grained; the whole cost of
 * a task that runs in the caller), the median <em>process CPU time</em> (all threads of the JVM, 10 ms
 * steps: the Monte Carlo runs on its own pool, and the JIT and the collector count too) and the median wall
 * time. On a machine shared with other processes the CPU times are the fair figures of what a task costs.
 * Usage (through {@code scripts/bench-engine.sh --plan-cpu [warmup runs]}).
 */
public final class PlanCpuTime {
    private PlanCpuTime() {
    }

    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        PlanBenchmark b = new PlanBenchmark();
        b.setUp();
        RobustnessSpec oneThread = b.robustnessSpec(1);
        System.out.println("task,thread_cpu_median_ms,process_cpu_median_ms,wall_median_ms,runs");
        measure("evaluate city (12 towns x 31 indicators)", warmup * 20, runs * 20, b::evaluateCity);
        measure("robustness city, 1000 replications, 1 thread", warmup, runs, () -> PlanRobustness.run(b.cityEvaluator(), b.cityData(), oneThread));
        measure("evaluate nation (41352 units x 30 indicators)", warmup, runs, b::evaluateNation);
    }

    private static void measure(String what, int warmup, int runs, Supplier<?> task) {
        com.sun.management.OperatingSystemMXBean mx =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        java.lang.management.ThreadMXBean tx = ManagementFactory.getThreadMXBean();
        Object sink = null;
        for (int r = 0; r < warmup; r++) sink = task.get();
        double[] cpu = new double[runs];
        double[] thread = new double[runs];
        double[] wall = new double[runs];
        for (int r = 0; r < runs; r++) {
            long c0 = mx.getProcessCpuTime();
            long t0 = tx.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            sink = task.get();
            thread[r] = (tx.getCurrentThreadCpuTime() - t0) / 1e6;
            cpu[r] = (mx.getProcessCpuTime() - c0) / 1e6;
            wall[r] = (System.nanoTime() - w0) / 1e6;
        }
        System.out.printf(Locale.ROOT, "%s,%.2f,%.0f,%.2f,%d%n", what, median(thread), median(cpu), median(wall), runs);
        if (sink == null) System.out.println();
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
