package org.tongchou.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tongchou.engine.aggregate.AggregationMethod;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.Direction;
import org.tongchou.engine.data.Grouping;
import org.tongchou.engine.framework.FrameworkCsv;
import org.tongchou.engine.io.CsvTable;
import org.tongchou.engine.normalise.ConstantColumn;
import org.tongchou.engine.normalise.MinMax;
import org.tongchou.engine.normalise.ZScore;

/**
 * A plan written as a plan file and read back evaluates to the same figures, bit for bit (every score,
 * rank, weight and disparity measure equal, not close): a 3-level tree with a benchmark, and a 4-level tree
 * with AHP matrices, entropy weights, groupings and a weighted disparity. What a plan file cannot say is refused.
 */
class PlanFileTextTest {
    @Test
    void aThreeLevelPlanReadBackEvaluatesToTheSameFigures() {
        PlanSpec spec = MiniPlan.equal().withCoupling(null);
        assertSame(spec, MiniPlan.data(), List.of());
    }

    @Test
    void aFourLevelPlanWithAhpGroupsAndAWeightedDisparityReadBackEvaluatesToTheSameFigures() {
        fourLevels(false);
    }

    @Test
    void aTreeWithGroupsInOneDimensionAndDirectIndicatorsInAnotherReadsBackTheSame() {
        fourLevels(true);
    }

    private static void fourLevels(boolean mixed) {
        List<PlanTree.Dimension> dims = new ArrayList<>();
        for (int d = 0; d < 2; d++) {
            List<PlanTree.Group> groups = new ArrayList<>();
            for (int g = 0; g < 2; g++) {
                List<PlanTree.Leaf> leaves = new ArrayList<>();
                for (int k = 0; k < 3; k++) {
                    leaves.add(new PlanTree.Leaf("x" + d + g + k, k == 2 ? Direction.NEGATIVE : Direction.POSITIVE, 1 + k / 3.0));
                }
                groups.add(new PlanTree.Group("g" + d + g, 0.3 + g, false, leaves));
            }
            if (mixed && d == 1) {
                groups = List.of(PlanTree.Group.direct("d1", groups.stream().flatMap(g -> g.leaves().stream()).toList()));
            }
            dims.add(new PlanTree.Dimension("d" + d, 1 + d / 7.0, groups));
        }
        PlanSpec spec = PlanSpec.of(new PlanTree("index", dims), new MinMax(0.0001, 1, ConstantColumn.MIDPOINT), IndicatorWeighting.ENTROPY,
                        GroupWeighting.AHP, AggregationMethod.GEOMETRIC)
                .withMatrices(mixed ? Map.of("index", new double[][] {{1, 3}, {1 / 3.0, 1}}, "d0", new double[][] {{1, 1 / 5.0}, {5, 1}})
                        : Map.of("index", new double[][] {{1, 3}, {1 / 3.0, 1}}, "d0", new double[][] {{1, 1 / 5.0}, {5, 1}},
                        "d1", new double[][] {{1, 2}, {0.5, 1}}))
                .withDisparity(DisparitySpec.weightedBy("pop")).withObstacleIdeal(1);
        SplittableRandom rng = new SplittableRandom(7);
        List<String> units = new ArrayList<>();
        List<String> province = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            units.add(String.format("u%02d", i));
            province.add("p" + i % 3);
        }
        List<String> codes = new ArrayList<>(spec.tree().indicatorCodes());
        codes.add("pop");
        double[][] cols = new double[codes.size()][40];
        for (double[] c : cols) for (int i = 0; i < 40; i++) c[i] = 1 + rng.nextDouble() * 99;
        assertSame(spec, new Dataset(units, codes, cols, List.of(new Grouping("province", province))), List.of("province"));
    }

    @Test
    void aPlanWithACouplingModelReadsBackWithTheSameCouplingFigures() {
        for (CouplingSpec.SubsystemWeighting w : CouplingSpec.SubsystemWeighting.values()) {
            PlanSpec spec = MiniPlan.equal().withCoupling(MiniPlan.coupling(w));
            PlanFileText text = assertSame(spec, MiniPlan.data(), List.of());
            assertThat(text.plan()).contains("coupling.subsystems = urban, rural").contains("coupling.rural = x3, -x2")
                    .contains("coupling.weighting = " + w.name().toLowerCase(java.util.Locale.ROOT));
        }
        // weights other than 1 travel as code:weight
        PlanSpec weighted = MiniPlan.equal().withCoupling(CouplingSpec.urbanRural(
                new CouplingSpec.Subsystem("urban", List.of(new PlanTree.Leaf("urate", Direction.POSITIVE, 2.5), new PlanTree.Leaf("x1", Direction.POSITIVE, 1))),
                new CouplingSpec.Subsystem("rural", List.of(new PlanTree.Leaf("x3", Direction.POSITIVE, 1), new PlanTree.Leaf("x2", Direction.NEGATIVE, 0.5))),
                CouplingSpec.SubsystemWeighting.FIXED));
        assertThat(assertSame(weighted, MiniPlan.data(), List.of()).plan()).contains("coupling.urban = urate:2.5, x1").contains("-x2:0.5");
    }

    @Test
    void aCodeWithACommaOrAQuoteIsQuotedInTheFrameworkTable() {
        PlanTree tree = new PlanTree("index", List.of(new PlanTree.Dimension("d,1", 1, List.of(PlanTree.Group.direct("d,1", List.of(
                new PlanTree.Leaf("x1", Direction.POSITIVE, 1), new PlanTree.Leaf("x\"2", Direction.NEGATIVE, 1))))),
                new PlanTree.Dimension("d2", 1, List.of(PlanTree.Group.direct("d2", List.of(new PlanTree.Leaf("x3", Direction.POSITIVE, 1)))))));
        PlanSpec spec = PlanSpec.of(tree, new MinMax(0, 1, ConstantColumn.MIDPOINT), IndicatorWeighting.EQUAL, GroupWeighting.EQUAL,
                AggregationMethod.ARITHMETIC);
        PlanFileText text = assertSame(spec, new Dataset(List.of("a", "b", "c"), List.of("x1", "x\"2", "x3"),
                new double[][] {{1, 2, 3}, {3, 1, 2}, {2, 3, 1}}), List.of());
        assertThat(text.framework()).contains("\"d,1\",2,index").contains("\"x\"\"2\",1,\"d,1\",1.0,-1");
    }

    @Test
    void whatAPlanFileCannotSayIsRefusedWholeEveryProblemAtOnce() {
        CouplingSpec unequal = new CouplingSpec(MiniPlan.coupling(CouplingSpec.SubsystemWeighting.FIXED).subsystems(), new double[] {0.7, 0.3},
                CouplingSpec.SubsystemWeighting.FIXED, org.tongchou.engine.coupling.CoordinationClasses.chineseTenLevel(
                org.tongchou.engine.coupling.IntervalClosure.UPPER_CLOSED),
                new org.tongchou.engine.coupling.RelativeDevelopment(org.tongchou.engine.coupling.RelativeDevelopment.Comparison.DIFFERENCE, 0.1));
        PlanSpec spec = MiniPlan.equal().withNormaliser(new ZScore(0, 1, org.tongchou.engine.normalise.SdType.SAMPLE, ConstantColumn.MIDPOINT))
                .withCoupling(unequal);
        assertThatThrownBy(() -> PlanFileText.of(spec, List.of("province", "a,b"), "framework.csv")).isInstanceOf(PlanInputException.class)
                .satisfies(e -> assertThat(((PlanInputException) e).problems()).hasSize(5))
                .hasMessageContaining("normalisation").hasMessageContaining("T weights the subsystems [0.7, 0.3]")
                .hasMessageContaining("classes of D").hasMessageContaining("development by DIFFERENCE").hasMessageContaining("grouping 'a,b'");
        // a coupling indicator more-is-better that the framework has less-is-better: the file cannot say it
        PlanSpec contrary = MiniPlan.equal().withCoupling(CouplingSpec.urbanRural(
                new CouplingSpec.Subsystem("urban", List.of(new PlanTree.Leaf("x2", Direction.POSITIVE, 1))),
                new CouplingSpec.Subsystem("rural", List.of(new PlanTree.Leaf("x3", Direction.POSITIVE, 1))), CouplingSpec.SubsystemWeighting.FIXED));
        assertThatThrownBy(() -> PlanFileText.of(contrary, List.of(), "framework.csv")).isInstanceOf(PlanInputException.class)
                .hasMessageContaining("'x2' of 'urban' is more-is-better where the framework has it less-is-better");
    }

    private static PlanFileText assertSame(PlanSpec spec, Dataset data, List<String> groups) {
        PlanFileText text = PlanFileText.of(spec, groups, "framework.csv");
        Properties p = new Properties();
        try {
            p.load(new StringReader(text.plan()));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        PlanFile file = PlanFile.choices(p, "written");
        assertThat(file.groups()).containsExactlyElementsOf(groups);
        PlanSpec back = file.spec(FrameworkCsv.read(CsvTable.read(new StringReader(text.framework()), "framework")));
        PlanResult a = new PlanEvaluator(spec).evaluate(data);
        PlanResult b = new PlanEvaluator(back).evaluate(data);
        assertThat(back.tree()).as("the tree read back").isEqualTo(spec.tree());
        assertThat(b.nodes()).hasSameSizeAs(a.nodes());
        for (int n = 0; n < a.nodes().size(); n++) {
            PlanResult.ScoredNode x = a.nodes().get(n);
            PlanResult.ScoredNode y = b.nodes().get(n);
            assertThat(y.code()).isEqualTo(x.code());
            assertThat(y.scores()).as("scores of %s", x.code()).containsExactly(x.scores());
            assertThat(y.ranks()).as("ranks of %s", x.code()).containsExactly(x.ranks());
            assertThat(y.effective()).as("effective weight of %s", x.code()).isEqualTo(x.effective());
        }
        for (int d = 0; d < a.disparity().size(); d++) {
            assertThat(b.disparity().get(d).theil()).isEqualTo(a.disparity().get(d).theil());
            assertThat(b.disparity().get(d).gini()).isEqualTo(a.disparity().get(d).gini());
        }
        assertThat(b.coupling() == null).as("a coupling model read back").isEqualTo(a.coupling() == null);
        if (a.coupling() != null) {
            assertThat(b.coupling().subsystems()).isEqualTo(a.coupling().subsystems());
            for (int k = 0; k < a.coupling().scores().length; k++) {
                assertThat(b.coupling().scores()[k]).as("U of %s", a.coupling().subsystems().get(k)).containsExactly(a.coupling().scores()[k]);
            }
            assertThat(b.coupling().coupling()).containsExactly(a.coupling().coupling());
            assertThat(b.coupling().coordination()).containsExactly(a.coupling().coordination());
            assertThat(b.coupling().classIndex()).containsExactly(a.coupling().classIndex());
            assertThat(b.coupling().types()).containsExactly(a.coupling().types());
        }
        return text;
    }
}
