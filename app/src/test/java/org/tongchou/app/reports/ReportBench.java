package org.tongchou.app.reports;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.tongchou.app.demo.DemoCodeLists;
import org.tongchou.app.demo.DemoService;
import org.tongchou.app.evaluation.EvaluationResults;
import org.tongchou.app.evaluation.EvaluationService;
import org.tongchou.app.evaluation.RunInfo;
import org.tongchou.app.indicators.FrameworkService;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.periods.Period;
import org.tongchou.app.support.TestDatabase;
import org.tongchou.app.support.TestDatabaseConfig;

/**
 * Benchmark harness of the briefing pack on the demo city, run by {@code scripts/bench-reports.sh} (never by
 * the test suite: the class name matches no surefire pattern). Loads the demo into H2, then times, each as
 * the median of {@code bench.rounds} rounds after as many warm-up rounds: the model of the default plan's
 * published run for {@code bench.period}; the pack as PDF, DOCX and XLSX (Chinese); the bulletin as PDF; the
 * whole pack in all three formats from a fresh run (evaluation with its robustness of 1,000 replications,
 * publication, model, three documents archived). Prints RESULT lines, and the peak heap (all heap pools'
 * peak usage, reset after the demo is loaded) while the documents are made.
 *
 * <p>The run's robustness is computed in the run's thread ({@code background=false}): a server computes it on a
 * background thread after the run, but the pack's target (issue 11) is "robustness with 1,000 replications
 * included", so the fresh-run figure must contain it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "tongchou.evaluation.robustness.background=false")
@Import(TestDatabaseConfig.class)
class ReportBench {
    @Autowired
    DemoService demo;
    @Autowired
    EvaluationService evaluation;
    @Autowired
    EvaluationResults results;
    @Autowired
    ReportService reports;
    @Autowired
    FrameworkService frameworks;
    @Autowired
    IndicatorService indicators;
    @Autowired
    TestDatabase db;

    @Test
    void packOfTheDemoCity() {
        DemoCodeLists.assume();
        db.truncateAll();
        indicators.invalidate();
        frameworks.loadDefaultIfEmpty();
        demo.load(false);
        Period period = Period.parse(System.getProperty("bench.period", "2024"));
        int rounds = Integer.getInteger("bench.rounds", 5);
        RunInfo run = results.visibleRun("default", period, false).orElseThrow(() -> new IllegalStateException("no published run for " + period));
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        ReportModel m = reports.model(run.id(), zh, "bench");
        System.out.printf(Locale.ROOT, "RESULT demo city %s: run %d, %d towns, %d cores, max heap %d MB%n", period.code(), run.id(), m.towns().size(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.printf(Locale.ROOT, "RESULT sizes: PDF %d KB (%s), DOCX %d KB, XLSX %d KB%n",
                reports.write(m, ReportKind.PACK, ReportFormat.PDF).length / 1024, "pages counted by the tests",
                reports.write(m, ReportKind.PACK, ReportFormat.DOCX).length / 1024, reports.write(m, ReportKind.PACK, ReportFormat.XLSX).length / 1024);
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
        report("model (read the stored run)", rounds, () -> reports.model(run.id(), zh, "bench"));
        report("pack PDF", rounds, () -> reports.write(m, ReportKind.PACK, ReportFormat.PDF));
        report("pack DOCX", rounds, () -> reports.write(m, ReportKind.PACK, ReportFormat.DOCX));
        report("pack XLSX", rounds, () -> reports.write(m, ReportKind.PACK, ReportFormat.XLSX));
        report("bulletin PDF", rounds, () -> reports.write(m, ReportKind.BULLETIN, ReportFormat.PDF));
        report("pack in 3 formats from the stored run (model + PDF + DOCX + XLSX, archived)", rounds,
                () -> reports.produceAll(run.id(), ReportKind.PACK, java.util.List.of(ReportFormat.values()), zh, "bench"));
        report("pack in 3 formats from a fresh run (evaluate with 1,000 replications, publish, 3 documents)", rounds, () -> {
            RunInfo fresh = evaluation.run("default", period, "bench");
            evaluation.publish(fresh.id(), "bench");
            return reports.produceAll(fresh.id(), ReportKind.PACK, java.util.List.of(ReportFormat.values()), zh, "bench");
        });
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                System.out.printf(Locale.ROOT, "RESULT peak heap pool %s: %d MB%n", p.getName(), p.getPeakUsage().getUsed() / (1024 * 1024));
            }
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "RESULT heap in use after the runs (after GC): %d MB of at most %d MB; no OutOfMemoryError%n",
                (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024), rt.maxMemory() / (1024 * 1024));
    }

    /**
     * Wall time and the CPU time of all the JVM's threads (the machine is shared: CPU time says what the
     * work costs whatever the other builds take of the cores).
     */
    private static void report(String what, int rounds, Supplier<?> task) {
        for (int r = 0; r < rounds; r++) task.get();
        double[] ms = new double[rounds];
        double[] cpu = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long c0 = cpuNanos();
            long t0 = System.nanoTime();
            task.get();
            ms[r] = (System.nanoTime() - t0) / 1e6;
            cpu[r] = (cpuNanos() - c0) / 1e6;
        }
        System.out.printf(Locale.ROOT, "RESULT %s: median %.0f ms wall (min %.0f, max %.0f), median %.0f ms CPU, %d rounds%n", what,
                median(ms), Arrays.stream(ms).min().orElse(0), Arrays.stream(ms).max().orElse(0), median(cpu), rounds);
    }

    private static double median(double[] a) {
        double[] s = a.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static long cpuNanos() {
        java.lang.management.ThreadMXBean t = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long id : t.getAllThreadIds()) {
            long c = t.getThreadCpuTime(id);
            if (c > 0) sum += c;
        }
        return sum;
    }
}
