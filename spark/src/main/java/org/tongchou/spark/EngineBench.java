package org.tongchou.spark;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Row;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.plan.PlanEvaluator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tongchou spark bench-engine}: the in-process engine on the same synthetic panel as the Spark
 * benchmark (docs/benchmarks.md "Spark"), for the side-by-side: the panel is generated in memory (not
 * timed), each (period, area) becomes the engine's table as the Spark job builds it ({@link AreaEvaluation#dataset})
 * and the engine's {@link PlanEvaluator} evaluates it on one thread; prints the median of the runs.
 */
@Command(name = "bench-engine", mixinStandardHelpOptions = true,
        description = "Times the in-process engine (one thread) on the synthetic panel, for comparison with `evaluate` on Spark.")
final class EngineBench implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Option(names = "--level", defaultValue = "TOWNSHIP", paramLabel = "LEVEL", description = "TOWNSHIP or VILLAGE")
    SyntheticNation.Level level;
    @Option(names = "--from", defaultValue = "2025", paramLabel = "YEAR")
    int from;
    @Option(names = "--to", defaultValue = "2025", paramLabel = "YEAR")
    int to;
    @Option(names = "--sample", defaultValue = "1", paramLabel = "K")
    int sample;
    @Option(names = "--seed", defaultValue = "20261207", paramLabel = "N")
    long seed;
    @Option(names = "--per", paramLabel = "COLUMN", description = "province, prefecture or county: one evaluation per area")
    String per;
    @Option(names = "--runs", defaultValue = "3", paramLabel = "N")
    int runs;

    @Override
    public Integer call() {
        SyntheticNation n = new SyntheticNation(level, from, to, sample, seed);
        PlanSource plan = SyntheticNation.plan();
        PlanEvaluator evaluator = plan.evaluator();
        List<String> groupings = plan.groups();
        Map<String, List<Row>> groups = new TreeMap<>();
        for (long k = 0; k < n.units(); k++) {
            for (Row r : n.rowsOf(k * sample)) {
                String area = per == null ? SparkEvaluation.NATION : r.getAs(per);
                groups.computeIfAbsent(r.getString(0) + AreaEvaluation.KEY_SEPARATOR + area, x -> new ArrayList<>()).add(r);
            }
        }
        double[] build = new double[runs];
        double[] eval = new double[runs];
        long unitEvaluations = 0;
        for (int run = 0; run < runs; run++) {
            unitEvaluations = 0;
            for (List<Row> rows : groups.values()) {
                long t0 = System.nanoTime();
                Dataset d = AreaEvaluation.dataset(rows.iterator(), groupings);
                long t1 = System.nanoTime();
                evaluator.evaluate(d);
                long t2 = System.nanoTime();
                build[run] += (t1 - t0) / 1e9;
                eval[run] += (t2 - t1) / 1e9;
                unitEvaluations += d.unitCount();
            }
        }
        Arrays.sort(build);
        Arrays.sort(eval);
        double b = build[runs / 2];
        double e = eval[runs / 2];
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "in-process engine, 1 thread: %,d unit evaluations (%,d values, %,d evaluations): table %.2f s + evaluation %.2f s "
                        + "= %.2f s (median of %d) = %,.0f values/s%n",
                unitEvaluations, n.values(), groups.size(), b, e, b + e, runs, n.values() / (b + e));
        o.flush();
        return 0;
    }
}
