package org.tongchou.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongchou.engine.aggregate.AggregationMethod;
import org.tongchou.engine.coupling.DevelopmentType;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.Grouping;
import org.tongchou.engine.data.MissingPolicy;
import org.tongchou.engine.disparity.Disparity;
import org.tongchou.engine.disparity.TheilIndex;
import org.tongchou.engine.normalise.ConstantColumn;
import org.tongchou.engine.normalise.MinMax;
import org.tongchou.engine.normalise.Normalisation;
import org.tongchou.engine.prepare.ImputationMethod;
import org.tongchou.engine.prepare.ImputationSpec;
import org.tongchou.engine.weights.EntropyWeights;
import org.tongchou.engine.weights.ZeroHandling;

/** The plan evaluator on the hand-worked mini city ({@link MiniPlan}): every figure worked out on paper. */
class PlanEvaluatorTest {
    static final double TOL = 1e-12;

    static double score(PlanResult r, String node, String unit) {
        return r.node(node).orElseThrow().scores()[r.units().indexOf(unit)];
    }

    @Test
    void equalWeightsGiveTheHandWorkedIndexRanksAndGaps() {
        PlanResult r = new PlanEvaluator(MiniPlan.equal()).evaluate(MiniPlan.data());
        assertThat(r.index().scores()).as("hand-worked index .25/⅓/.875").containsExactly(new double[] {0.25, 1.0 / 3, 0.875}, within(TOL));
        assertThat(r.index().ranks()).as("C first, A last").containsExactly(3, 2, 1);
        assertThat(score(r, "d2", "B")).as("hand-worked d2 of B: (⅓ + 0)/2").isCloseTo(1.0 / 6, within(TOL));
        assertThat(r.leader()).isEqualTo(2);
        assertThat(r.nodes()).extracting(PlanResult.ScoredNode::code).as("visible nodes in tree order, direct groups hidden")
                .containsExactly("index", "d1", "x1", "x2", "d2", "urate", "x3");
        assertThat(r.node("x1").orElseThrow().effective()).as("effective weight ½·1·½").isCloseTo(0.25, within(TOL));
        assertThat(r.node("x2").orElseThrow().parent()).as("indicator of a direct group hangs under its dimension").isEqualTo("d1");
        // gap of A to the leader C = .625: .25 (x1), .25 (x2), .25 (urate), −.125 (x3); d1 .5, d2 .125
        PlanResult.Gaps g = r.leaderGaps();
        assertThat(g.gap()[0]).as("gap A→C").isCloseTo(0.625, within(TOL));
        assertThat(g.contribution()[3][0]).as("x3's share of A's gap").isCloseTo(-0.125, within(TOL));
        assertThat(g.dimensionContribution()[0][0]).as("d1's share of A's gap").isCloseTo(0.5, within(TOL));
        assertThat(r.benchmarkGaps().gap()[0]).as("gap A→B = ⅓ − ¼").isCloseTo(1.0 / 12, within(TOL));
        assertThat(r.benchmark()).isEqualTo("B");
    }

    @Test
    void couplingObstaclesAndDisparityFollowTheirFormulas() {
        PlanResult r = new PlanEvaluator(MiniPlan.equal()).evaluate(MiniPlan.data());
        PlanResult.Coupling c = r.coupling();
        // U_urban = mean(urate, x1) = 0/(⅓+½)/2/1, U_rural = mean(x3, x2) = .5/.25/.75
        assertThat(c.scores()[0][2]).as("U_urban of C").isCloseTo(1.0, within(TOL));
        assertThat(c.scores()[1][2]).as("U_rural of C").isCloseTo(0.75, within(TOL));
        double cc = 2 * Math.sqrt(0.75) / 1.75;
        assertThat(c.coupling()[2]).as("C = 2√(U1U2)/(U1+U2)").isCloseTo(cc, within(TOL));
        assertThat(c.coordination()[2]).as("D = √(C·T)").isCloseTo(Math.sqrt(cc * 0.875), within(TOL));
        assertThat(c.types()[2]).isEqualTo(DevelopmentType.RURAL_LAGGING);
        assertThat(c.coupling()[0]).as("a zero subsystem gives C = 0").isCloseTo(0, within(TOL));
        double sum = 0;
        for (double[] row : r.obstacles().byIndicator()) sum += row[0];
        assertThat(sum).as("obstacle degrees of A sum to 1").isCloseTo(1, within(TOL));
        PlanResult.DisparityRow x1 = r.disparity().stream().filter(d -> d.subject().equals("x1")).findFirst().orElseThrow();
        assertThat(x1.cv()).as("CV of 10, 20, 30 (population)").isCloseTo(Math.sqrt(200.0 / 3) / 20, within(TOL));
        assertThat(x1.gini()).as("Gini of 10, 20, 30 = Σ|xi−xj|/(2n²μ)").isCloseTo(80.0 / (2 * 9 * 20), within(TOL));
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void entropyWeightsAreTheEnginesWithTheirIntermediateFigures() {
        PlanResult r = new PlanEvaluator(MiniPlan.equal().withIndicatorWeighting(IndicatorWeighting.ENTROPY)).evaluate(MiniPlan.data());
        double[][] d2 = {{50, 60, 80}, {7, 1, 4}};
        var norm = Normalisation.apply(new Dataset(MiniPlan.UNITS, List.of("urate", "x3"), d2), new double[] {1, 1},
                new MinMax(0, 1, ConstantColumn.MIDPOINT), MissingPolicy.FAIL);
        double[] w = EntropyWeights.compute(norm.columns(), ZeroHandling.ZERO_LOG_ZERO, 0);
        WeightingTable t = r.weightingOf("d2").get(0);
        assertThat(t.weights()).as("entropy weights of d2, engine EntropyWeights").containsExactly(w, within(TOL));
        WeightDerivation.Entropy e = (WeightDerivation.Entropy) t.derivation();
        // urate normalised 0, ⅓, 1: p = 0, ¼, ¾, e = −(¼ ln ¼ + ¾ ln ¾)/ln 3
        double eUrate = -(0.25 * Math.log(0.25) + 0.75 * Math.log(0.75)) / Math.log(3);
        assertThat(e.entropy()[0]).as("e_j of urate worked by hand").isCloseTo(eUrate, within(TOL));
        assertThat(e.divergence()[0]).as("d_j = 1 − e_j").isCloseTo(1 - eUrate, within(TOL));
        assertThat(w[0]).as("w_j = d_j/Σd").isCloseTo(e.divergence()[0] / (e.divergence()[0] + e.divergence()[1]), within(TOL));
        assertThat(score(r, "index", "B")).as("index of B with entropy weights in d2").isCloseTo(0.5 * 0.5 + 0.5 * (w[0] / 3), within(TOL));
        assertThat(r.weightingOf("index").get(0).derivation()).isInstanceOf(WeightDerivation.Equal.class);
    }

    @Test
    void criticTableHasSigmaConflictAndInformation() {
        PlanResult r = new PlanEvaluator(MiniPlan.equal().withIndicatorWeighting(IndicatorWeighting.CRITIC)).evaluate(MiniPlan.data());
        WeightingTable t = r.weightingOf("d2").get(0);
        WeightDerivation.Critic c = (WeightDerivation.Critic) t.derivation();
        // d2: urate normalises to 0, ⅓, 1 and x3 to 1, 0, ½; CRITIC rescales to [0, 1] (unchanged here)
        assertThat(c.sd()[0]).as("sample SD of 0, ⅓, 1 = √21/9").isCloseTo(Math.sqrt(21) / 9, within(TOL));
        assertThat(c.sd()[1]).as("sample SD of 1, 0, ½").isCloseTo(0.5, within(TOL));
        assertThat(c.conflict()[0]).as("with two indicators both conflicts are 1 − r").isCloseTo(c.conflict()[1], within(TOL));
        assertThat(c.information()[0]).as("C_j = σ_j Σ_k(1 − r_jk)").isCloseTo(c.sd()[0] * c.conflict()[0], within(TOL));
        assertThat(t.weights()[0]).as("w_j = C_j/ΣC").isCloseTo(c.information()[0] / (c.information()[0] + c.information()[1]), within(TOL));
        assertThat(Arrays.stream(t.weights()).sum()).isCloseTo(1, within(TOL));
    }

    @Test
    void ahpTableGivesPrioritiesLambdaCiRiCr() {
        PlanSpec spec = MiniPlan.equal().withGroupWeighting(GroupWeighting.AHP)
                .withMatrices(Map.of("index", new double[][] {{1, 3}, {1.0 / 3, 1}}));
        PlanResult r = new PlanEvaluator(spec).evaluate(MiniPlan.data());
        WeightDerivation.Ahp a = (WeightDerivation.Ahp) r.weightingOf("index").get(0).derivation();
        assertThat(a.result().priorities()).as("AHP of [[1,3],[⅓,1]] is exactly ¾, ¼").containsExactly(new double[] {0.75, 0.25}, within(1e-9));
        assertThat(a.result().lambdaMax()).as("λmax of a consistent 2×2 matrix").isCloseTo(2, within(1e-9));
        assertThat(a.randomIndex()).as("Saaty RI(2)").isZero();
        assertThat(score(r, "index", "B")).as("AHP 3:1 of d1 over d2").isCloseTo(0.75 * 0.5 + 0.25 / 6, within(1e-9));
    }

    @Test
    void aPlanThatCannotBeWeightedIsRefusedWithEveryProblem() {
        PlanSpec spec = MiniPlan.equal().withGroupWeighting(GroupWeighting.AHP).withIndicatorWeighting(IndicatorWeighting.AHP)
                .withMatrices(Map.of("index", new double[][] {{1, 3}, {1.0 / 3, 1}}, "d1", new double[][] {{1, 2, 1}, {0.5, 1, 1}, {1, 1, 1}}));
        assertThatThrownBy(() -> new PlanEvaluator(spec).evaluate(MiniPlan.data()))
                .isInstanceOf(PlanInputException.class)
                .hasMessageContaining("AHP matrix of node 'd1' is 3×3 but the node has 2 children")
                .hasMessageContaining("needs a pairwise matrix for node 'd2'");
        Dataset constant = new Dataset(MiniPlan.UNITS, List.of("x1", "x2", "urate", "x3"),
                new double[][] {{10, 20, 30}, {5, 5, 5}, {50, 60, 80}, {7, 1, 4}});
        assertThatThrownBy(() -> new PlanEvaluator(MiniPlan.equal().withIndicatorWeighting(IndicatorWeighting.CRITIC)).evaluate(constant))
                .isInstanceOf(PlanInputException.class).hasMessageContaining("CRITIC weights of 'd1': indicator 'x2' takes one value");
    }

    @Test
    void missingValuesAreRefusedNamingEveryCellUnlessThePlanImputes() {
        Dataset holes = new Dataset(MiniPlan.UNITS, List.of("x1", "x2", "urate", "x3"),
                new double[][] {{10, Double.NaN, 30}, {5, 3, 1}, {50, 60, 80}, {Double.NaN, 1, 4}});
        assertThatThrownBy(() -> new PlanEvaluator(MiniPlan.equal()).evaluate(holes))
                .isInstanceOf(PlanInputException.class)
                .hasMessageContaining("unit 'B' has no value of 'x1'").hasMessageContaining("unit 'A' has no value of 'x3'");
        PlanResult r = new PlanEvaluator(MiniPlan.equal().withImputation(ImputationSpec.of(ImputationMethod.MEAN))).evaluate(holes);
        assertThat(r.node("x1").orElseThrow().raw()[1]).as("x1 of B imputed by the mean of 10 and 30").isEqualTo(20);
        assertThat(r.notes()).extracting(PlanNote::kind).contains(NoteKind.IMPUTED);
        assertThat(r.notes().get(0).args()).containsExactly("2", "MEAN");
    }

    @Test
    void figuresThatCannotBeComputedAreNotedWithTheirReason() {
        Dataset negative = new Dataset(MiniPlan.UNITS, List.of("x1", "x2", "urate", "x3"),
                new double[][] {{-10, 0, 10}, {5, 3, 1}, {50, 60, 80}, {7, 1, 4}});
        PlanSpec spec = MiniPlan.equal().withBenchmark("Z").withAggregation(AggregationMethod.GEOMETRIC);
        PlanResult r = new PlanEvaluator(spec).evaluate(negative);
        PlanResult.DisparityRow x1 = r.disparity().stream().filter(d -> d.subject().equals("x1")).findFirst().orElseThrow();
        assertThat(x1.gini()).isNaN();
        assertThat(x1.theil()).isNaN();
        assertThat(x1.cv()).as("CV of a zero mean").isNaN();
        assertThat(r.notes()).extracting(PlanNote::kind).containsExactly(NoteKind.BENCHMARK_NOT_EVALUATED, NoteKind.GAPS_NOT_DECOMPOSED,
                NoteKind.CV_UNDEFINED, NoteKind.INEQUALITY_NEGATIVE_VALUE);
        assertThat(r.notes().get(3).args()).as("names the subject, unit and value").containsExactly("x1", "A", "-10.0");
        assertThat(r.leaderGaps().decomposed()).isFalse();
        assertThat(r.leaderGaps().gap()[r.leader()]).isZero();

        Dataset noRural = new Dataset(MiniPlan.UNITS, List.of("x1", "x2", "urate"), new double[][] {{10, 20, 30}, {5, 3, 1}, {50, 60, 80}});
        PlanSpec noX3 = MiniPlan.equal().withCoupling(MiniPlan.coupling(CouplingSpec.SubsystemWeighting.ENTROPY));
        assertThatThrownBy(() -> new PlanEvaluator(noX3).evaluate(noRural)).isInstanceOf(PlanInputException.class)
                .hasMessageContaining("indicator 'x3' is not in the data");
    }

    @Test
    void groupingsGiveRanksWithinGroupsAndTheTheilDecomposition() {
        Dataset data = MiniPlan.data();
        Grouping region = new Grouping("region", List.of("north", "south", "north"));
        Dataset grouped = new Dataset(data.units(), data.indicators(), data.columns(), List.of(region));
        PlanResult r = new PlanEvaluator(MiniPlan.equal()).evaluate(grouped);
        PlanResult.GroupRanks ranks = r.groupRanks().stream().filter(g -> g.node().equals("index")).findFirst().orElseThrow();
        assertThat(ranks.ranks()).as("A 2nd and C 1st in the north, B alone in the south").containsExactly(2, 1, 1);
        PlanResult.DisparityRow x1 = r.disparity().stream().filter(d -> d.subject().equals("x1")).findFirst().orElseThrow();
        var t = x1.byGroup().get(0).decomposition();
        var direct = new Disparity(MissingPolicy.SKIP).theilDecomposition("x1", data.units(), data.column("x1"), null, region, TheilIndex.T);
        assertThat(t.between()).as("between part equals Disparity's").isCloseTo(direct.between(), within(TOL));
        assertThat(t.between() + t.within()).as("between + within = total").isCloseTo(x1.theil(), within(TOL));
    }
}
