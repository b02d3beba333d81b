package org.tongchou.app.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tongchou.app.indicators.Framework;
import org.tongchou.app.indicators.IndicatorCatalog;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.plan.PlanEvaluator;
import org.tongchou.engine.plan.PlanInputException;
import org.tongchou.engine.plan.PlanNote;
import org.tongchou.engine.plan.PlanResult;
import org.tongchou.engine.plan.PlanSpec;

/**
 * Runs a plan on one period's complete data with the engine's plan evaluation
 * ({@code org.tongchou.engine.plan.PlanEvaluator}), no database: maps the plan and the framework onto the
 * engine's {@link PlanSpec} ({@link EnginePlans}) and the engine's result onto what a run stores
 * ({@link RunResult}, {@link RunMethods}, {@link RunNote}s). Every formula and method choice is the
 * engine's (documented in docs/evaluation.md and docs/methods.md): ranks descending with ties at the
 * lowest rank; gaps and obstacles on effective weights, obstacle ideal 1; coupling of the framework's
 * {@code urban} and {@code rural} subsystems with T = ½U₁ + ½U₂, D = √(C·T), the 10-level classes closed
 * below, development type by U₂/U₁ ± 10 %; disparity CV (population variance), Gini (no small-sample
 * correction) and Theil T, unweighted.
 */
final class EvaluationRunner {
    private EvaluationRunner() {
    }

    /**
     * What one run computes: the stored results, the method tables, the notes, and the engine's spec and
     * data (for the robustness analysis of the same evaluation).
     */
    record Computed(RunResult result, RunMethods methods, List<RunNote> notes, PlanSpec spec, Dataset data, RunGroups groups) {
    }

    /**
     * @param raw           raw column of every indicator of the tree and of the coupling subsystems, aligned
     *                      with {@code towns}; the tree's must be complete (the service checks)
     * @param previousRanks overall rank by town code in the previous period's run of the plan (may be empty)
     * @throws PlanException when the plan's weights cannot be computed on these data (every problem listed)
     */
    static Computed run(EvaluationPlan plan, Framework framework, IndicatorCatalog catalog, PlanTree tree,
                        List<Town> towns, Map<String, double[]> raw, Map<String, Double> previousRanks) {
        PlanSpec spec = EnginePlans.spec(plan, framework, catalog, tree);
        Dataset data = EnginePlans.data(spec, towns, raw, plan.groupLevels());
        PlanResult r;
        try {
            r = new PlanEvaluator(spec).evaluate(data);
        } catch (PlanInputException e) {
            // the engine refuses a plan it cannot weight on these data (a missing AHP matrix, no variation for entropy ...)
            throw new PlanException(plan.code(), e.problems());
        }
        List<RunNote> notes = new ArrayList<>();
        if (spec.coupling() == null) {
            notes.add(new RunNote(RunNote.NO_SUBSYSTEMS, "", List.of(),
                    "the framework has no 'urban' and 'rural' subsystems: no coupling coordination"));
        }
        for (PlanNote n : r.notes()) notes.add(note(n));
        RunResult result = RunResults.of(r, towns, previousRanks, notes.stream().map(RunNote::message).toList());
        return new Computed(result, RunMethods.of(methodTables(r)), notes, spec, data, RunGroups.of(r, towns, plan.groupLevels()));
    }

    static RunNote note(PlanNote n) {
        return new RunNote(n.kind().name(), n.subject(), n.args(), n.message());
    }

    private static List<org.tongchou.engine.plan.WeightingTable> methodTables(PlanResult r) {
        List<org.tongchou.engine.plan.WeightingTable> all = new ArrayList<>(r.weighting());
        if (r.coupling() != null) all.addAll(r.coupling().weighting());
        return all;
    }
}
