package org.tongchou.app.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.plan.PlanFileText;
import org.tongchou.engine.plan.PlanInputException;
import org.tongchou.engine.plan.PlanSpec;

/**
 * Stored runs of one plan as the files another engine of the same plan reads, in the layout of the Spark
 * job (docs/spark.md): {@code plan.properties} and {@code framework.csv} (the engine's plan file, written by
 * {@link PlanFileText} from the spec the runs evaluated, without the coupling model, as the run's robustness
 * has it), {@code panel.csv} (the long-form panel: {@code period,unit,indicator,value}, every raw value the
 * runs ranked on) and {@code results.csv} ({@code period,unit,node,score,rank}: the stored overall and
 * dimension scores and ranks, which the other engine's must equal). Numbers are written exactly
 * ({@link Double#toString}); rows in period, unit and indicator order.
 *
 * @param plan      the plan file
 * @param framework its framework table
 * @param panel     the panel
 * @param results   the stored scores and ranks
 */
record RunInputFiles(String plan, String framework, String panel, String results) {
    static final String PLAN = "plan.properties";
    static final String FRAMEWORK = "framework.csv";
    static final String PANEL = "panel.csv";
    static final String RESULTS = "results.csv";

    /** One stored run: what it is, the spec and data it evaluated, what it stored. */
    record Run(RunInfo info, PlanSpec spec, Dataset data, RunResult result) {
    }

    /** @throws PlanException when the runs are of several plans, or their plan is one a plan file cannot say */
    static RunInputFiles of(List<Run> runs) {
        if (runs.isEmpty()) throw new PlanException("", List.of("no run given"));
        Run first = runs.get(0);
        PlanFileText text;
        try {
            text = PlanFileText.of(first.spec(), List.of(), FRAMEWORK);
        } catch (PlanInputException e) {
            throw new PlanException(first.info().planCode(), e.problems());
        }
        StringBuilder panel = new StringBuilder("period,unit,indicator,value\n");
        StringBuilder results = new StringBuilder("period,unit,node,score,rank\n");
        Set<String> periods = new HashSet<>();
        List<Run> sorted = new ArrayList<>(runs);
        sorted.sort(java.util.Comparator.comparing(r -> r.info().period().code()));
        for (Run r : sorted) {
            String period = r.info().period().code();
            if (!r.info().planCode().equals(first.info().planCode()) || !PlanFileText.of(r.spec(), List.of(), FRAMEWORK).equals(text)) {
                throw new PlanException(r.info().planCode(), List.of("run " + r.info().id() + " is not of the plan of run " + first.info().id()));
            }
            if (!periods.add(period)) throw new PlanException(r.info().planCode(), List.of("two runs of period " + period));
            Dataset d = r.data();
            List<String> units = d.units();
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < units.size(); i++) order.add(i);
            order.sort(java.util.Comparator.comparing(units::get));
            List<String> indicators = new ArrayList<>(d.indicators());
            indicators.sort(null);
            for (int i : order) {
                for (String ind : indicators) {
                    panel.append(period).append(',').append(units.get(i)).append(',').append(ind).append(',').append(d.column(ind)[i]).append('\n');
                }
            }
            Set<String> ranked = new HashSet<>(r.spec().tree().dimensionCodes());
            Set<String> runUnits = new HashSet<>(units);
            List<String> rows = new ArrayList<>();
            for (RunResult.UnitResult u : r.result().units()) {
                rows.add(period + "," + u.code() + "," + r.spec().tree().root() + "," + u.score() + "," + u.rank());
            }
            for (RunResult.NodeScore s : r.result().scores()) {
                if (ranked.contains(s.node()) && runUnits.contains(s.unit())) {
                    rows.add(period + "," + s.unit() + "," + s.node() + "," + s.score() + "," + s.rank());
                }
            }
            rows.sort(null);
            rows.forEach(x -> results.append(x).append('\n'));
        }
        return new RunInputFiles(text.plan(), text.framework(), panel.toString(), results.toString());
    }

    /** Writes the four files into {@code dir} (made if absent; files of the same names replaced). */
    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(PLAN), plan, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(FRAMEWORK), framework, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(PANEL), panel, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(RESULTS), results, StandardCharsets.UTF_8);
    }
}
