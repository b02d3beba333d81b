package org.tongchou.app.evaluation;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.plan.PlanEvaluator;
import org.tongchou.engine.plan.PlanRobustness;
import org.tongchou.engine.plan.PlanSpec;
import org.tongchou.engine.plan.RobustnessResult;
import org.tongchou.engine.plan.RobustnessSpec;

/**
 * The robustness analysis of a run: the engine's {@code PlanRobustness} (its Monte Carlo over the plan)
 * with the reasonable alternatives of the plan's own choices ({@code RobustnessSpec.defaults}: normalisation
 * min-max, shifted min-max, percentile rank; indicator weighting equal, entropy, CRITIC; dimension and
 * group weighting equal and the framework's; arithmetic and geometric aggregation; ±25 % noise on dimension
 * and group weights), {@code tongchou.evaluation.robustness.replications} independent replications
 * (default 1,000) and the seed {@code tongchou.evaluation.robustness.seed} (default 20260101), stored
 * with the run so that anyone can repeat it.
 */
@Component
class RobustnessAnalysis {
    private final int replications;
    private final long seed;

    RobustnessAnalysis(@Value("${tongchou.evaluation.robustness.replications:1000}") int replications,
                       @Value("${tongchou.evaluation.robustness.seed:20260101}") long seed) {
        this.replications = replications;
        this.seed = seed;
    }

    /** The figures and the notes on alternatives left out. */
    record Outcome(RunRobustness robustness, List<RunNote> notes) {
    }

    /** The alternatives, replications and seed a run of {@code plan} is analysed with. */
    RobustnessSpec spec(PlanSpec plan) {
        return RobustnessSpec.defaults(plan, replications, seed, Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
    }

    Outcome compute(PlanSpec plan, Dataset data) {
        RobustnessResult r = PlanRobustness.run(new PlanEvaluator(plan), data, spec(plan));
        return new Outcome(RunRobustness.of(r), r.notes().stream().map(EvaluationRunner::note).toList());
    }
}
