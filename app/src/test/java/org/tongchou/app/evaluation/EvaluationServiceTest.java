package org.tongchou.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tongchou.app.data.ValueStatus;
import org.tongchou.app.data.ValueWrite;
import org.tongchou.app.periods.Period;
import org.tongchou.app.support.H2Test;
import org.tongchou.app.support.PostgresTest;
import org.tongchou.engine.data.Direction;
import org.tongchou.engine.data.MissingPolicy;
import org.tongchou.engine.normalise.Normalisation;
import org.tongchou.engine.normalise.ConstantColumn;
import org.tongchou.engine.normalise.MinMax;
import org.tongchou.engine.weights.EntropyWeights;
import org.tongchou.engine.weights.ZeroHandling;

class EvaluationServiceTest {
    static final double TOL = 1e-12;

    abstract static class Contract extends FixtureCityTest {

        @Test
        void equalWeightsReproduceTheHandWorkedIndex() {
            f.year2024();
            evaluation.save(f.plan(IndicatorWeighting.EQUAL, GroupWeighting.EQUAL));
            RunInfo run = evaluation.run("mini-equal", Period.year(2024), "analyst");
            RunResult r = results.result(run);
            // min-max: x1 0/.5/1; x2 (less is better) 0/.5/1; urate 50/60/80 → 0/⅓/1; x3 7/1/4 → 1/0/.5
            // d1 = 0/.5/1, d2 = .5/⅙/.75, index = .25/⅓/.875
            Map<String, RunResult.UnitResult> u = byCode(r);
            assertThat(u.get(EvaluationFixture.A).score()).as("hand-worked index of A").isCloseTo(0.25, within(TOL));
            assertThat(u.get(EvaluationFixture.B).score()).as("hand-worked index of B").isCloseTo(1.0 / 3, within(TOL));
            assertThat(u.get(EvaluationFixture.C).score()).as("hand-worked index of C").isCloseTo(0.875, within(TOL));
            assertThat(u.get(EvaluationFixture.C).rank()).isEqualTo(1);
            assertThat(u.get(EvaluationFixture.A).rank()).isEqualTo(3);
            assertThat(r.leaderCode()).isEqualTo(EvaluationFixture.C);
            assertThat(score(r, EvaluationFixture.B, "d2")).as("hand-worked d2 of B").isCloseTo(1.0 / 6, within(TOL));
            assertThat(raw(r, EvaluationFixture.C, "urate")).as("urate derived by formula").isCloseTo(80, within(TOL));
            // gap of A to the leader C = .625, by indicator: .25 (x1), .25 (x2), .25 (urate), −.125 (x3)
            assertThat(u.get(EvaluationFixture.A).gapLeader()).as("gap A→C").isCloseTo(0.625, within(TOL));
            assertThat(gap(r, EvaluationFixture.A, RunResult.Reference.LEADER, "x3")).as("x3 contribution").isCloseTo(-0.125, within(TOL));
            assertThat(gap(r, EvaluationFixture.A, RunResult.Reference.LEADER, "d1")).as("d1 contribution").isCloseTo(0.5, within(TOL));
            // benchmark B: gap of A = ⅓ − ¼
            assertThat(u.get(EvaluationFixture.A).gapBenchmark()).as("gap A→B").isCloseTo(1.0 / 12, within(TOL));
            // coupling: U_urban = mean(urate, x1) = 0/(⅓+½)/2/1, U_rural = mean(x3, x2) = .5/.25/.75
            RunResult.UnitResult c = u.get(EvaluationFixture.C);
            assertThat(c.uUrban()).isCloseTo(1.0, within(TOL));
            assertThat(c.uRural()).isCloseTo(0.75, within(TOL));
            double cc = 2 * Math.sqrt(0.75) / 1.75;
            assertThat(c.coupling()).as("C = 2√(U1U2)/(U1+U2)").isCloseTo(cc, within(TOL));
            assertThat(c.coordination()).as("D = √(C·T)").isCloseTo(Math.sqrt(cc * 0.875), within(TOL));
            assertThat(c.devType()).isEqualTo("RURAL_LAGGING");
            assertThat(u.get(EvaluationFixture.A).coupling()).as("a zero subsystem gives C = 0").isCloseTo(0, within(TOL));
            // disparity of x1 = 10/20/30: CV (population) = √(200/3)/20
            RunResult.DisparityRow x1 = r.disparities().stream().filter(d -> d.subject().equals("x1")).findFirst().orElseThrow();
            assertThat(x1.cv()).as("CV of 10, 20, 30").isCloseTo(Math.sqrt(200.0 / 3) / 20, within(TOL));
            assertThat(x1.gini()).as("Gini of 10, 20, 30 = Σ|xi−xj|/(2n²μ)").isCloseTo(80.0 / (2 * 9 * 20), within(TOL));
            // obstacle degrees of a unit sum to 1
            double sum = r.obstacles().stream().filter(o -> o.unit().equals(EvaluationFixture.A) && o.kind() == RunResult.ItemKind.INDICATOR)
                    .mapToDouble(RunResult.ObstacleItem::degree).sum();
            assertThat(sum).isCloseTo(1, within(1e-12));
            assertThat(run.dataVersion()).hasSize(16);
            assertThat(run.valueCount()).as("5 raw indicators × 3 towns").isEqualTo(15);
        }

        @Test
        void entropyWeightsAreTheEnginesOnTheNormalisedGroup() {
            f.year2024();
            evaluation.save(f.plan(IndicatorWeighting.ENTROPY, GroupWeighting.EQUAL));
            RunResult r = results.result(evaluation.run("mini-entropy", Period.year(2024), "analyst"));
            double[][] d2 = {{50, 60, 80}, {7, 1, 4}};
            var norm = Normalisation.apply(new org.tongchou.engine.data.Dataset(List.of("a", "b", "c"), List.of("urate", "x3"), d2),
                    new double[] {1, 1}, new MinMax(0, 1, ConstantColumn.MIDPOINT), MissingPolicy.FAIL);
            double[] w = EntropyWeights.compute(norm.columns(), ZeroHandling.ZERO_LOG_ZERO, 0);
            double wUrate = r.weights().stream().filter(x -> x.code().equals("urate")).findFirst().orElseThrow().weight();
            assertThat(wUrate).as("entropy weight of urate within d2, engine EntropyWeights").isCloseTo(w[0], within(TOL));
            double expectedB = 0.5 * 0.5 + 0.5 * (w[0] / 3 + w[1] * 0);
            assertThat(byCode(r).get(EvaluationFixture.B).score()).as("index of B with entropy weights in d2").isCloseTo(expectedB, within(TOL));
            assertThat(Direction.NEGATIVE.sign()).isEqualTo(-1);
        }

        @Test
        void rankChangeComesFromThePreviousPeriodsRun() {
            f.year2023();
            f.year2024();
            evaluation.save(f.plan(IndicatorWeighting.EQUAL, GroupWeighting.EQUAL));
            evaluation.run("mini-equal", Period.year(2023), "analyst");
            RunResult r = results.result(evaluation.run("mini-equal", Period.year(2024), "analyst"));
            Map<String, RunResult.UnitResult> u = byCode(r);
            assertThat(u.get(EvaluationFixture.A).previousRank()).isEqualTo(1);
            assertThat(u.get(EvaluationFixture.A).rankChange()).as("A fell from 1st to 3rd").isEqualTo(-2);
            assertThat(u.get(EvaluationFixture.C).rankChange()).as("C climbed from 2nd to 1st").isEqualTo(1);
        }

        @Test
        void onlyApprovedValuesCountAndEveryMissingOneIsNamed() {
            f.year2024();
            values.reopen(f.a, "x1", Period.year(2024), "analyst", "check");
            values.reopen(f.b, "x3", Period.year(2024), "analyst", "check");
            evaluation.save(f.plan(IndicatorWeighting.EQUAL, GroupWeighting.EQUAL));
            assertThatThrownBy(() -> evaluation.run("mini-equal", Period.year(2024), "analyst"))
                    .isInstanceOf(IncompleteDataException.class)
                    .hasMessageContaining("甲镇/x1").hasMessageContaining("乙镇/x3");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM eval_run").query(Long.class).single()).isZero();
        }

        @Test
        void onTodaysBoundariesASplitTownsHistoryIsApportionedAndRatiosRecomputed() {
            f.year2023();
            f.splitC(jdbc, 2024);
            EvaluationPlan asReported = f.plan(IndicatorWeighting.EQUAL, GroupWeighting.EQUAL);
            evaluation.save(asReported);
            evaluation.save(new EvaluationPlan(0, "mini-today", "Mini today", "mini", List.of(), PlanNormalisation.MIN_MAX,
                    IndicatorWeighting.EQUAL, GroupWeighting.EQUAL, PlanAggregation.ARITHMETIC, EvaluationFixture.CITY,
                    EvaluationFixture.B, Map.of(), PlanBoundaries.CURRENT));
            assertThat(evaluation.plan("mini-today")).map(EvaluationPlan::boundaries).contains(PlanBoundaries.CURRENT);

            RunResult then = results.result(evaluation.run("mini-equal", Period.year(2023), "analyst"));
            assertThat(byCode(then).keySet()).as("as reported: the towns of 2023")
                    .containsExactlyInAnyOrder(EvaluationFixture.A, EvaluationFixture.B, EvaluationFixture.C);

            RunInfo info = evaluation.run("mini-today", Period.year(2023), "analyst");
            RunResult today = results.result(info);
            assertThat(byCode(today).keySet()).as("today's boundaries: C's successors instead of C")
                    .containsExactlyInAnyOrder(EvaluationFixture.A, EvaluationFixture.B, EvaluationFixture.C1, EvaluationFixture.C2);
            // C had x1 = 20, pop 100, urb 60 in 2023: C1 gets ¼ of the sums, and its ratio is recomputed, not shared
            assertThat(raw(today, EvaluationFixture.C1, "x1")).as("¼ of C's x1").isCloseTo(5.0, within(TOL));
            assertThat(raw(today, EvaluationFixture.C2, "x1")).as("¾ of C's x1").isCloseTo(15.0, within(TOL));
            assertThat(raw(today, EvaluationFixture.C1, "urate")).as("urb/pop recomputed from apportioned parts")
                    .isCloseTo(60.0, within(TOL));
            assertThat(raw(today, EvaluationFixture.A, "x1")).as("A unchanged: observed").isCloseTo(40.0, within(TOL));
            assertThat(info.notes()).anySatisfy(n -> assertThat(n).contains("丙一街道").contains("APPORTIONED_FROM")
                    .contains("× 0.25"));
        }

        @Test
        void publishingMakesARunVisibleToReaders() {
            f.year2024();
            evaluation.save(f.plan(IndicatorWeighting.EQUAL, GroupWeighting.EQUAL));
            RunInfo run = evaluation.run("mini-equal", Period.year(2024), "analyst");
            assertThat(results.latest("mini-equal", false)).isEmpty();
            assertThat(results.latest("mini-equal", true)).isPresent();
            RunInfo pub = evaluation.publish(run.id(), "analyst");
            assertThat(pub.published()).isTrue();
            assertThat(pub.publishedBy()).isEqualTo("analyst");
            assertThat(results.latest("mini-equal", false)).map(RunInfo::id).contains(run.id());
        }

        @Test
        void ahpWeightsNeedAMatrixPerNodeAndUseTheEnginesPriorities() {
            f.year2024();
            EvaluationPlan p = new EvaluationPlan(0, "mini-ahp", "AHP", "mini", List.of(), PlanNormalisation.MIN_MAX,
                    IndicatorWeighting.AHP, GroupWeighting.AHP, PlanAggregation.ARITHMETIC, EvaluationFixture.CITY, null,
                    Map.of("index", new PairwiseMatrix("index", new double[][] {{1, 3}, {1.0 / 3, 1}}),
                            "d1", new PairwiseMatrix("d1", new double[][] {{1, 1}, {1, 1}})));
            evaluation.save(p);
            assertThatThrownBy(() -> evaluation.run("mini-ahp", Period.year(2024), "analyst"))
                    .isInstanceOf(PlanException.class).hasMessageContaining("'d2'");
            assertThatThrownBy(() -> evaluation.save(new EvaluationPlan(0, "mini-bad", "AHP", "mini", List.of(), PlanNormalisation.MIN_MAX,
                    IndicatorWeighting.AHP, GroupWeighting.AHP, PlanAggregation.ARITHMETIC, EvaluationFixture.CITY, null,
                    Map.of("index", new PairwiseMatrix("index", new double[][] {{1, 3, 1}, {1.0 / 3, 1, 1}, {1, 1, 1}})))))
                    .isInstanceOf(PlanException.class).hasMessageContaining("3×3");
            evaluation.save(new EvaluationPlan(p.id(), p.code(), p.name(), p.frameworkCode(), p.indicators(), p.normalisation(),
                    p.indicatorWeighting(), p.groupWeighting(), p.aggregation(), p.areaCode(), null,
                    Map.of("index", p.matrices().get("index"), "d1", p.matrices().get("d1"),
                            "d2", new PairwiseMatrix("d2", new double[][] {{1, 1}, {1, 1}}))));
            RunResult r = results.result(evaluation.run("mini-ahp", Period.year(2024), "analyst"));
            // index = ¾ d1 + ¼ d2 (AHP of [[1,3],[⅓,1]] is exactly ¾, ¼)
            assertThat(byCode(r).get(EvaluationFixture.B).score()).as("AHP 3:1 of d1 over d2")
                    .isCloseTo(0.75 * 0.5 + 0.25 / 6, within(1e-9));
        }

        @Test
        void draftValuesDoNotEnterARun() {
            f.year2024();
            values.reopen(f.a, "x1", Period.year(2024), "analyst", "check");
            values.write(new ValueWrite(f.a, "x1", Period.year(2024), 999, ValueStatus.DRAFT, null, null), "town", null);
            values.transition(f.a, "x1", Period.year(2024), ValueStatus.SUBMITTED, "town", null);
            evaluation.save(f.plan(IndicatorWeighting.EQUAL, GroupWeighting.EQUAL));
            assertThatThrownBy(() -> evaluation.run("mini-equal", Period.year(2024), "analyst")).isInstanceOf(IncompleteDataException.class);
        }

        static Map<String, RunResult.UnitResult> byCode(RunResult r) {
            return r.units().stream().collect(java.util.stream.Collectors.toMap(RunResult.UnitResult::code, x -> x));
        }

        static double score(RunResult r, String unit, String node) {
            return r.scores().stream().filter(s -> s.unit().equals(unit) && s.node().equals(node)).findFirst().orElseThrow().score();
        }

        static double raw(RunResult r, String unit, String node) {
            return r.scores().stream().filter(s -> s.unit().equals(unit) && s.node().equals(node)).findFirst().orElseThrow().raw();
        }

        static double gap(RunResult r, String unit, RunResult.Reference ref, String code) {
            return r.gaps().stream().filter(g -> g.unit().equals(unit) && g.reference() == ref && g.code().equals(code))
                    .findFirst().orElseThrow().contribution();
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
