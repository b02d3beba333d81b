package org.tongchou.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.robustness.Scenario;
import org.tongchou.engine.robustness.SensitivityRun;
import org.tongchou.engine.robustness.SensitivityTarget;
import org.tongchou.engine.robustness.UnitRankStatistics;
import org.tongchou.engine.robustness.VarianceEstimator;

/** Robustness of a plan's ranking by the engine's Monte Carlo, on a six-town city. */
class PlanRobustnessTest {
    static final List<String> TOWNS = List.of("A", "B", "C", "D", "E", "F");

    static Dataset city() {
        return new Dataset(TOWNS, List.of("x1", "x2", "urate", "x3"), new double[][] {
                {10, 20, 30, 25, 12, 18}, {5, 3, 1, 2, 4, 6}, {50, 60, 80, 70, 55, 58}, {7, 1, 4, 3, 6, 2}});
    }

    static PlanSpec plan() {
        return MiniPlan.equal().withIndicatorWeighting(IndicatorWeighting.ENTROPY);
    }

    @Test
    void intervalsAndIndicesComeFromTheEnginesMonteCarloAndRepeatWithTheSeed() {
        PlanEvaluator evaluator = new PlanEvaluator(plan());
        RobustnessSpec spec = RobustnessSpec.defaults(plan(), 1000, 42, 2);
        RobustnessResult r = PlanRobustness.run(evaluator, city(), spec);
        assertThat(r.replications()).isEqualTo(1000);
        assertThat(r.assumptions()).extracting(RobustnessResult.VariedAssumption::assumption).containsExactly(
                PlanAssumption.NORMALISATION, PlanAssumption.INDICATOR_WEIGHTING, PlanAssumption.GROUP_WEIGHTING,
                PlanAssumption.AGGREGATION, PlanAssumption.WEIGHT_NOISE);
        assertThat(r.modelRuns()).as("N(d + 2) = 500 · 7").isEqualTo(3500);
        assertThat(r.assumptions().get(0).alternatives()).containsExactly("MIN_MAX", "SHIFTED_MIN_MAX", "PERCENTILE_RANK");
        assertThat(r.assumptions().get(1).alternatives()).as("the plan's own first").containsExactly("ENTROPY", "EQUAL", "CRITIC");

        // the same analysis run directly on the engine's MonteCarlo
        PlanScoreModel model = new PlanScoreModel(evaluator, city(), spec);
        SensitivityRun direct = PlanRobustness.monteCarlo(model, spec).sensitivity(500, 42,
                SensitivityTarget.MEAN_ABSOLUTE_RANK_CHANGE, VarianceEstimator.SAMPLE, Optional.empty());
        assertThat(r.intervals()).as("intervals equal MonteCarlo's with the same seed").isEqualTo(direct.replications().statistics());
        assertThat(r.sensitivity()).isEqualTo(direct.indices().indices());

        PlanResult nominal = evaluator.evaluate(city());
        assertThat(model.scores(Scenario.nominal(model.assumptions()))).as("nominal scenario = the plan's own index, bit for bit")
                .containsExactly(nominal.index().scores());
        for (int i = 0; i < TOWNS.size(); i++) {
            UnitRankStatistics s = r.intervals().get(i);
            assertThat(s.nominal()).as("nominal rank of " + TOWNS.get(i)).isEqualTo(nominal.index().ranks()[i]);
            assertThat(s.q5()).isLessThanOrEqualTo(s.median());
            assertThat(s.median()).isLessThanOrEqualTo(s.q95());
        }
        assertThat(r.sensitivity()).allSatisfy(i -> assertThat(i.sti()).as("total index of " + i.input()).isGreaterThanOrEqualTo(-1e-9));

        RobustnessResult again = PlanRobustness.run(evaluator, city(), spec.withSeed(42));
        assertThat(again.intervals()).as("same seed, same intervals").isEqualTo(r.intervals());
        RobustnessResult oneThread = PlanRobustness.run(evaluator, city(), new RobustnessSpec(spec.imputations(), spec.normalisations(),
                spec.indicatorWeightings(), spec.groupWeightings(), spec.aggregations(), spec.geometricFloor(), spec.weightNoise(), spec.noisePool(),
                spec.replications(), spec.seed(), 1));
        assertThat(oneThread.intervals()).as("one thread or two, the same intervals").isEqualTo(r.intervals());
        assertThat(oneThread.sensitivity()).isEqualTo(r.sensitivity());
    }

    @Test
    void anAlternativeThatCannotBeEvaluatedIsLeftOutWithItsReason() {
        Dataset constant = new Dataset(TOWNS, List.of("x1", "x2", "urate", "x3"), new double[][] {
                {10, 20, 30, 25, 12, 18}, {5, 5, 5, 5, 5, 5}, {50, 60, 80, 70, 55, 58}, {7, 1, 4, 3, 6, 2}});
        PlanSpec equal = MiniPlan.equal();
        RobustnessResult r = PlanRobustness.run(new PlanEvaluator(equal), constant, RobustnessSpec.defaults(equal, 200, 1, 1));
        assertThat(r.assumptions().get(1).alternatives()).as("CRITIC left out: x2 is constant").containsExactly("EQUAL", "ENTROPY");
        // percentile ranks make the constant x2 all 0, so entropy weights fail with them: the rule drops the
        // first non-nominal alternative of a failing combination, here the normalisation
        assertThat(r.assumptions().get(0).alternatives()).containsExactly("MIN_MAX", "SHIFTED_MIN_MAX");
        assertThat(r.notes()).hasSize(2).allSatisfy(n -> assertThat(n.kind()).isEqualTo(NoteKind.ALTERNATIVE_LEFT_OUT));
        assertThat(r.notes().get(0).args().subList(0, 2)).containsExactly("INDICATOR_WEIGHTING", "CRITIC");
        assertThat(r.notes().get(0).args().get(2)).contains("'x2' takes one value");
        assertThat(r.notes().get(1).args().subList(0, 2)).containsExactly("NORMALISATION", "PERCENTILE_RANK");
    }

    @Test
    void aRankingThatNeverMovesHasDegenerateIntervals() {
        // A leads every indicator, F trails every one: no reasonable choice changes the order of the extremes
        Dataset ordered = new Dataset(TOWNS, List.of("x1", "x2", "urate", "x3"), new double[][] {
                {60, 50, 40, 30, 20, 10}, {1, 2, 3, 4, 5, 6}, {90, 80, 70, 60, 50, 40}, {6, 5, 4, 3, 2, 1}});
        RobustnessResult r = PlanRobustness.run(new PlanEvaluator(plan()), ordered, RobustnessSpec.defaults(plan(), 400, 3, 2));
        assertThat(r.intervals().get(0)).as("A always first").extracting(UnitRankStatistics::q5, UnitRankStatistics::q95).containsExactly(1.0, 1.0);
        assertThat(r.intervals().get(5).q5()).as("F always last").isEqualTo(6);
        assertThat(r.variance()).as("no rank ever changes: nothing to apportion").isCloseTo(0, within(1e-15));
    }
}
