package org.tongchou.engine.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.robustness.Assumption;
import org.tongchou.engine.robustness.MonteCarlo;
import org.tongchou.engine.robustness.ReplicationFailure;
import org.tongchou.engine.robustness.SensitivityRun;
import org.tongchou.engine.robustness.SensitivityTarget;
import org.tongchou.engine.robustness.VarianceEstimator;

/**
 * The robustness of a plan's ranking on one table of units, by the engine's {@code MonteCarlo} over a
 * {@link PlanScoreModel}: one sensitivity run on a Saltelli design of N = replications/2 points (Saisana,
 * Saltelli &amp; Tarantola 2005, as COINr's {@code get_sensitivity}). Its 2N independent rows (A and B) give
 * the rank intervals (5th and 95th percentile, median, R type 7), all N(d + 2) rows the first-order and
 * total sensitivity indices of the mean absolute rank change against the plan's own ranking (COINr's
 * target; variance with divisor n − 1 as COINr). Seeded: the design and the weight noise are drawn from
 * the seed before any evaluation, so equal seeds give equal results whatever the number of threads.
 */
public final class PlanRobustness {
    private PlanRobustness() {
    }

    /**
     * @param evaluator the plan
     * @param data      the data it is evaluated on
     * @param spec      alternatives, noise, replications, seed
     * @return intervals, sensitivity indices and the alternatives left out
     * @throws PlanInputException when the plan cannot be evaluated on the data
     * @throws org.tongchou.engine.data.InvalidInputException when no assumption has two alternatives
     */
    public static RobustnessResult run(PlanEvaluator evaluator, Dataset data, RobustnessSpec spec) {
        PlanScoreModel model = new PlanScoreModel(evaluator, data, spec);
        SensitivityRun run = monteCarlo(model, spec).sensitivity(spec.replications() / 2, spec.seed(),
                SensitivityTarget.MEAN_ABSOLUTE_RANK_CHANGE, VarianceEstimator.SAMPLE, Optional.empty());
        List<RobustnessResult.VariedAssumption> varied = new ArrayList<>();
        for (Assumption<?> a : model.assumptions()) {
            PlanAssumption pa = PlanAssumption.valueOf(a.name());
            varied.add(new RobustnessResult.VariedAssumption(pa, model.alternatives(pa)));
        }
        return new RobustnessResult(spec.seed(), spec.replications(), run.outputs().length, varied,
                run.replications().statistics(), run.indices().indices(), run.indices().variance(), model.notes());
    }

    /**
     * The engine's Monte Carlo over {@code model} with the spec's threads; a failing replication is an error.
     *
     * @param model the plan as a model of its alternatives
     * @param spec  replications, seed and threads
     * @return the Monte Carlo, ready to run
     */
    public static MonteCarlo monteCarlo(PlanScoreModel model, RobustnessSpec spec) {
        return new MonteCarlo(model.units(), model.assumptions(), model, spec.parallelism(), ReplicationFailure.FAIL);
    }
}
