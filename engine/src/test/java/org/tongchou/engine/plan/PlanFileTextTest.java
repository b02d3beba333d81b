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
    void whatAPlanFileCannotSayIsRefusedWhole() {
        PlanSpec spec = MiniPlan.equal().withNormaliser(new ZScore(0, 1, org.tongchou.engine.normalise.SdType.SAMPLE, ConstantColumn.MIDPOINT));
        assertThatThrownBy(() -> PlanFileText.of(spec, List.of(), "framework.csv")).isInstanceOf(PlanInputException.class)
                .hasMessageContaining("normalisation").hasMessageContaining("coupling");
    }

    private static void assertSame(PlanSpec spec, Dataset data, List<String> groups) {
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
    }
}
