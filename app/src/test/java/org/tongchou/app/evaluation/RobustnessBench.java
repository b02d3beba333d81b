package org.tongchou.app.evaluation;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.tongchou.app.demo.DemoCodeLists;
import org.tongchou.app.demo.DemoService;
import org.tongchou.app.indicators.FrameworkService;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.periods.Period;
import org.tongchou.app.support.TestDatabase;
import org.tongchou.app.support.TestDatabaseConfig;
import org.tongchou.engine.plan.PlanEvaluator;
import org.tongchou.engine.plan.PlanRobustness;
import org.tongchou.engine.plan.RobustnessSpec;

/**
 * Benchmark harness of a run's robustness on the demo city, run by {@code scripts/bench-robustness.sh}
 * (never by the test suite: the class name matches no surefire pattern). Loads the demo into H2, reads the
 * inputs of the default plan for {@code bench.period} (default 2024), then times, each as the median of
 * {@code bench.rounds} rounds after as many warm-up rounds: the plan evaluation alone; the robustness
 * analysis with 1,000 replications as a run makes it (threads as configured); the same on one thread; and
 * a whole run as the analyst starts it (read, evaluate, robustness, store). Prints RESULT lines.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(TestDatabaseConfig.class)
class RobustnessBench {
    @Autowired
    DemoService demo;
    @Autowired
    EvaluationService evaluation;
    @Autowired
    RobustnessAnalysis robustness;
    @Autowired
    FrameworkService frameworks;
    @Autowired
    IndicatorService indicators;
    @Autowired
    TestDatabase db;

    @Test
    void robustnessOfTheDemoCity() {
        DemoCodeLists.assume();
        db.truncateAll();
        indicators.invalidate();
        frameworks.loadDefaultIfEmpty();
        demo.load(false);
        Period period = Period.parse(System.getProperty("bench.period", "2024"));
        int rounds = Integer.getInteger("bench.rounds", 10);
        EvaluationService.RunInputs in = evaluation.inputs("default", period);
        EvaluationRunner.Computed c = EvaluationRunner.run(in.plan(), in.framework(), in.catalog(), in.tree(), in.towns(), in.all(), in.previousRanks());
        RobustnessSpec spec = robustness.spec(c.spec());
        RobustnessSpec oneThread = new RobustnessSpec(spec.imputations(), spec.normalisations(), spec.indicatorWeightings(),
                spec.groupWeightings(), spec.aggregations(), spec.geometricFloor(), spec.weightNoise(), spec.noisePool(), spec.replications(), spec.seed(), 1);
        PlanEvaluator evaluator = new PlanEvaluator(c.spec());
        System.out.printf(Locale.ROOT, "RESULT demo city %s: %d towns, %d indicators, %d replications, %d model runs, %d threads, %d cores%n",
                period.code(), in.towns().size(), in.tree().indicators().size(), spec.replications(),
                robustness.compute(c.spec(), c.data()).robustness().modelRuns(), spec.parallelism(), Runtime.getRuntime().availableProcessors());
        RunRobustness rob = robustness.compute(c.spec(), c.data()).robustness();
        java.util.Set<String> unclear = RankIntervals.notClearlyAhead(rob);
        rob.intervals().stream().sorted(java.util.Comparator.comparingDouble(RunRobustness.Interval::nominal)).forEach(i ->
                System.out.printf(Locale.ROOT, "RESULT interval %s rank %.0f: 5th-95th %.0f-%.0f, median %.1f%s%n", i.unit(), i.nominal(),
                        i.q5(), i.q95(), i.median(), unclear.contains(i.unit()) ? ", not clearly ahead" : ""));
        rob.sensitivity().forEach(x -> System.out.printf(Locale.ROOT, "RESULT sensitivity %s: S_i %.3f, ST_i %.3f%n", x.assumption(),
                x.firstOrder(), x.total()));
        report("plan evaluation", rounds, () -> evaluator.evaluate(c.data()));
        report("robustness (as a run makes it)", rounds, () -> robustness.compute(c.spec(), c.data()));
        report("robustness, one thread", rounds, () -> PlanRobustness.run(evaluator, c.data(), oneThread));
        report("whole run (read, evaluate, robustness, store)", rounds, () -> evaluation.run("default", period, "bench"));
    }

    private static void report(String what, int rounds, Runnable task) {
        for (int r = 0; r < rounds; r++) task.run();
        double[] ms = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            task.run();
            ms[r] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        double median = rounds % 2 == 1 ? ms[rounds / 2] : (ms[rounds / 2 - 1] + ms[rounds / 2]) / 2;
        System.out.printf(Locale.ROOT, "RESULT %s: median %.1f ms (min %.1f, max %.1f, %d rounds)%n", what, median, ms[0], ms[rounds - 1], rounds);
    }
}
