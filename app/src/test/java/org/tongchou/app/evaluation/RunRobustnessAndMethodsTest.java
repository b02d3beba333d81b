package org.tongchou.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongchou.app.indicators.Framework;
import org.tongchou.app.periods.Period;
import org.tongchou.app.support.H2Test;
import org.tongchou.app.support.PostgresTest;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.plan.PlanEvaluator;
import org.tongchou.engine.plan.PlanRobustness;
import org.tongchou.engine.plan.PlanScoreModel;
import org.tongchou.engine.plan.PlanSpec;
import org.tongchou.engine.plan.RobustnessSpec;
import org.tongchou.engine.robustness.SensitivityIndex;
import org.tongchou.engine.robustness.SensitivityRun;
import org.tongchou.engine.robustness.SensitivityTarget;
import org.tongchou.engine.robustness.UnitRankStatistics;
import org.tongchou.engine.robustness.VarianceEstimator;
import org.tongchou.engine.weights.EntropyWeights;
import org.tongchou.engine.weights.ZeroHandling;

/**
 * What a run stores beyond its results, on both databases: the robustness of its ranking (equal to the
 * engine's Monte Carlo run directly with the same seed), its method tables, and its notes.
 */
class RunRobustnessAndMethodsTest {
    abstract static class Contract extends FixtureCityTest {
        @Autowired
        RobustnessAnalysis analysis;

        @BeforeEach
        void setUp() {
            f.year2024();
        }

        /** The fixture's 2024 data as the engine reads them, towns in the run's order. */
        Dataset data(PlanSpec spec) {
            return new Dataset(List.of(EvaluationFixture.A, EvaluationFixture.B, EvaluationFixture.C), List.of("x1", "x2", "urate", "x3"),
                    new double[][] {{10, 20, 30}, {5, 3, 1}, {50, 60, 80}, {7, 1, 4}});
        }

        @Test
        void storedRobustnessEqualsTheEnginesMonteCarloRunDirectlyWithTheSameSeed() {
            EvaluationPlan plan = evaluation.save(f.plan(IndicatorWeighting.ENTROPY, GroupWeighting.EQUAL));
            RunInfo run = evaluation.run(plan.code(), Period.year(2024), "analyst");
            RunRobustness stored = results.robustness(run).orElseThrow();
            assertThat(stored.replications()).as("at least 1,000 replications").isGreaterThanOrEqualTo(1000);

            Framework fw = frameworks.find("mini").orElseThrow();
            PlanSpec spec = EnginePlans.spec(plan, fw, fw.validate(), PlanTree.of(fw, List.of()));
            RobustnessSpec rs = RobustnessSpec.defaults(spec, stored.replications(), stored.seed(), 1);
            PlanScoreModel model = new PlanScoreModel(new PlanEvaluator(spec), data(spec), rs);
            SensitivityRun direct = PlanRobustness.monteCarlo(model, rs).sensitivity(rs.replications() / 2, rs.seed(),
                    SensitivityTarget.MEAN_ABSOLUTE_RANK_CHANGE, VarianceEstimator.SAMPLE, Optional.empty());
            for (UnitRankStatistics s : direct.replications().statistics()) {
                RunRobustness.Interval i = stored.interval(s.unit()).orElseThrow();
                assertThat(List.of(i.nominal(), i.mean(), i.median(), i.q5(), i.q95())).as("stored interval of " + s.unit()
                        + " = MonteCarlo's with seed " + rs.seed()).containsExactly(s.nominal(), s.mean(), s.median(), s.q5(), s.q95());
            }
            assertThat(stored.sensitivity()).hasSameSizeAs(direct.indices().indices());
            for (int k = 0; k < stored.sensitivity().size(); k++) {
                SensitivityIndex e = direct.indices().indices().get(k);
                RunRobustness.Sensitivity s = stored.sensitivity().get(k);
                assertThat(s.assumption()).isEqualTo(e.input());
                assertThat(s.firstOrder()).as("S_i of " + e.input()).isEqualTo(e.si());
                assertThat(s.total()).as("ST_i of " + e.input()).isEqualTo(e.sti());
            }
            assertThat(stored.sensitivity().get(0).alternatives()).as("the plan's own normalisation first")
                    .containsExactly("MIN_MAX", "SHIFTED_MIN_MAX", "PERCENTILE_RANK");
            assertThat(stored.interval(EvaluationFixture.C).orElseThrow().nominal()).as("nominal rank = the run's rank").isEqualTo(1);
        }

        @Test
        void methodTablesHoldTheIntermediateFiguresOfEveryWeighting() {
            evaluation.save(f.plan(IndicatorWeighting.ENTROPY, GroupWeighting.EQUAL));
            RunInfo run = evaluation.run("mini-entropy", Period.year(2024), "analyst");
            RunMethods m = results.methods(run);
            RunMethods.Table d2 = m.tables().stream().filter(t -> t.node().equals("d2") && t.childKind().equals("INDICATORS")).findFirst().orElseThrow();
            assertThat(d2.method()).isEqualTo("ENTROPY");
            // urate 50/60/80 and x3 7/1/4 min-max normalised: 0, ⅓, 1 and 1, 0, ½
            EntropyWeights.Detail e = EntropyWeights.detailed(new double[][] {{0, 1.0 / 3, 1}, {1, 0, 0.5}}, ZeroHandling.ZERO_LOG_ZERO, 0);
            assertThat(d2.rows().get(0).entropy()).as("e_j of urate, engine EntropyWeights").isCloseTo(e.entropy()[0], within(1e-12));
            assertThat(d2.rows().get(1).divergence()).as("d_j of x3").isCloseTo(e.divergence()[1], within(1e-12));
            assertThat(d2.rows().get(0).weight()).as("w_j of urate").isCloseTo(e.weights()[0], within(1e-12));
            assertThat(m.tables()).extracting(RunMethods.Table::node).contains("index", "d1", "d2", "urban", "rural");

            EvaluationPlan ahp = new EvaluationPlan(0, "mini-ahp", "AHP", "mini", List.of(), PlanNormalisation.MIN_MAX, IndicatorWeighting.CRITIC,
                    GroupWeighting.AHP, PlanAggregation.ARITHMETIC, EvaluationFixture.CITY, null,
                    Map.of("index", new PairwiseMatrix("index", new double[][] {{1, 3}, {1.0 / 3, 1}})));
            evaluation.save(ahp);
            RunMethods am = results.methods(evaluation.run("mini-ahp", Period.year(2024), "analyst"));
            RunMethods.Table index = am.tables().stream().filter(t -> t.node().equals("index")).findFirst().orElseThrow();
            assertThat(index.ahp().matrix()[0][1]).as("the matrix as used").isEqualTo(3);
            assertThat(index.ahp().lambdaMax()).as("λmax of a consistent 2×2 matrix").isCloseTo(2, within(1e-9));
            assertThat(index.ahp().cr()).isZero();
            assertThat(index.rows().get(0).weight()).isCloseTo(0.75, within(1e-9));
            RunMethods.Table critic = am.tables().stream().filter(t -> t.node().equals("d2")).findFirst().orElseThrow();
            assertThat(critic.rows().get(1).sd()).as("σ of x3 normalised 1, 0, ½ (sample)").isCloseTo(0.5, within(1e-12));
            assertThat(critic.rows().get(0).information()).as("C_j = σ_j · conflict_j")
                    .isCloseTo(critic.rows().get(0).sd() * critic.rows().get(0).conflict(), within(1e-12));
        }

        @Test
        void notesAreStructuredAndARunWithoutRobustnessGetsItWhenPublished() {
            evaluation.save(new EvaluationPlan(0, "geo", "Geo", "mini", List.of(), PlanNormalisation.SHIFTED_MIN_MAX, IndicatorWeighting.EQUAL,
                    GroupWeighting.EQUAL, PlanAggregation.GEOMETRIC, EvaluationFixture.CITY, null, Map.of()));
            RunInfo run = evaluation.run("geo", Period.year(2024), "analyst");
            assertThat(results.notes(run)).extracting(RunNote::kind).contains("GAPS_NOT_DECOMPOSED");
            assertThat(run.notes()).as("the English line is kept for the command line").anySatisfy(n -> assertThat(n).contains("not decomposed"));

            // a run made before runs carried robustness: none stored
            jdbc.sql("DELETE FROM eval_robustness WHERE run_id = ?").param(run.id()).update();
            jdbc.sql("DELETE FROM eval_rank_interval WHERE run_id = ?").param(run.id()).update();
            jdbc.sql("DELETE FROM eval_sensitivity WHERE run_id = ?").param(run.id()).update();
            results.forget(run);
            assertThat(results.robustness(run)).isEmpty();
            RunInfo published = evaluation.publish(run.id(), "analyst");
            assertThat(results.robustness(published)).as("computed at publication from the stored inputs").isPresent();
            assertThat(results.robustness(published).orElseThrow().interval(EvaluationFixture.C)).isPresent();
        }
    }

    @Nested
    @H2Test
    class OnH2 extends Contract {
    }

    @Nested
    @PostgresTest
    class OnPostgres extends Contract {
    }
}
