package org.tongchou.engine.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.framework.Framework;
import org.tongchou.engine.framework.FrameworkCsv;
import org.tongchou.engine.io.CsvTable;
import org.tongchou.engine.io.DatasetCsv;
import org.tongchou.engine.plan.PlanEvaluator;
import org.tongchou.engine.plan.PlanFile;
import org.tongchou.engine.plan.PlanNote;
import org.tongchou.engine.plan.PlanResult;
import org.tongchou.engine.plan.PlanRobustness;
import org.tongchou.engine.plan.PlanSpec;
import org.tongchou.engine.plan.RobustnessResult;
import org.tongchou.engine.plan.RobustnessSpec;
import org.tongchou.engine.robustness.SensitivityIndex;
import org.tongchou.engine.robustness.UnitRankStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code evaluate-plan}: a whole plan evaluation ({@code org.tongchou.engine.plan}) from a plan file; writes
 * every unit's index and dimension scores with their ranks (and ranks within each grouping), optionally the
 * weights of every node and the robustness of the ranking. Everything is computed before the first file is
 * written; notes go to standard error.
 */
@Command(name = "evaluate-plan", mixinStandardHelpOptions = true,
        description = {"Evaluate a plan (normalise, weight, aggregate, rank) from a plan file (see docs/methods.md).",
                "Output: id, index, index_rank[, index_rank_in_<grouping>], then each dimension's score and rank."})
final class EvaluatePlanCommand extends EngineCommand {
    @Option(names = "--plan", required = true, paramLabel = "PLAN.properties", description = "Plan file.")
    Path planFile;
    @Option(names = {"-o", "--output"}, paramLabel = "SCORES.csv", description = "Scores and ranks (default: standard output).")
    Path output;
    @Option(names = "--weights", paramLabel = "WEIGHTS.csv", description = "Also write every node's relative and effective weight and method.")
    Path weights;
    @Option(names = "--robustness", paramLabel = "INTERVALS.csv",
            description = "Also run the Monte Carlo robustness analysis and write every unit's rank interval (nominal, mean, median, 5th and 95th percentile).")
    Path robustness;
    @Option(names = "--sensitivity", paramLabel = "INDICES.csv", description = "With --robustness: write the sensitivity indices too.")
    Path sensitivity;
    @Option(names = "--replications", defaultValue = "1000", paramLabel = "N",
            description = "Independent replications of the robustness analysis (even, >= 4; default: ${DEFAULT-VALUE}).")
    int replications;
    @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED", description = "Seed of the robustness analysis (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    protected void checkOptions() {
        requireOption(replications >= 4 && replications % 2 == 0, "--replications", replications, "must be even and at least 4");
        requireUsage(sensitivity == null || robustness != null, "--sensitivity needs --robustness");
    }

    @Override
    protected void run() {
        PlanFile pf = PlanFile.read(planFile);
        Framework f = FrameworkCsv.read(pf.framework());
        String id = pf.idColumn() != null ? pf.idColumn() : CsvTable.read(pf.data()).header().get(0);
        Dataset data = DatasetCsv.read(pf.data(), id, pf.groups(), pf.ignore());
        PlanSpec plan = pf.spec(f);
        PlanEvaluator evaluator = new PlanEvaluator(plan);
        PlanResult r = evaluator.evaluate(data);
        RobustnessResult rob = robustness == null ? null : PlanRobustness.run(evaluator, data,
                RobustnessSpec.defaults(plan, replications, seed, Runtime.getRuntime().availableProcessors()));
        // everything is computed before the first file is written
        Map<Path, OutputTable> files = new LinkedHashMap<>();
        if (weights != null) files.put(weights, PlanTables.weights(r));
        if (rob != null) {
            files.put(robustness, intervals(rob, id));
            if (sensitivity != null) files.put(sensitivity, sensitivity(rob));
        }
        OutputTable scores = PlanTables.scores(r, id);
        files.forEach((file, t) -> writeCsv(file, t.header(), t.rows()));
        writeCsv(output, scores.header(), scores.rows());
        for (PlanNote n : r.notes()) err().println("note: " + n.message());
        if (rob != null) for (PlanNote n : rob.notes()) err().println("note: " + n.message());
        err().printf("%d units, %d indicators evaluated%s%n", r.units().size(), plan.tree().indicatorCodes().size(),
                rob == null ? "" : "; robustness from " + rob.replications() + " replications (" + rob.modelRuns() + " model runs), seed " + seed);
        err().flush();
    }

    private static OutputTable intervals(RobustnessResult rob, String id) {
        List<List<String>> rows = new ArrayList<>();
        for (UnitRankStatistics s : rob.intervals()) {
            rows.add(List.of(s.unit(), OutputTable.num(s.nominal()), OutputTable.num(s.mean()), OutputTable.num(s.median()),
                    OutputTable.num(s.q5()), OutputTable.num(s.q95())));
        }
        return new OutputTable(List.of(id, "nominal_rank", "mean_rank", "median_rank", "q05_rank", "q95_rank"), rows);
    }

    private static OutputTable sensitivity(RobustnessResult rob) {
        List<List<String>> rows = new ArrayList<>();
        for (int k = 0; k < rob.sensitivity().size(); k++) {
            SensitivityIndex s = rob.sensitivity().get(k);
            rows.add(List.of(s.input(), String.join(" ", rob.assumptions().get(k).alternatives()), OutputTable.num(s.si()),
                    OutputTable.num(s.sti())));
        }
        return new OutputTable(List.of("assumption", "alternatives", "first_order", "total"), rows);
    }
}
