package org.tongchou.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tongchou.engine.aggregate.AggregationMethod;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.Direction;
import org.tongchou.engine.data.Grouping;
import org.tongchou.engine.normalise.ConstantColumn;
import org.tongchou.engine.normalise.MinMax;
import org.tongchou.engine.rank.Ranker;

/**
 * The plan at the size of the country's township level: 41,352 units in 31 provinces, 30 indicators in
 * 6 dimensions, entropy weights. Checks that every figure is there and consistent (national ranks are a
 * permutation, ranks within provinces equal ranking each province alone, Theil between + within = total);
 * speed is measured by the benchmark (docs/benchmarks.md), not here.
 */
public class PlanNationalScaleTest {
    static final int UNITS = 41_352;
    static final int PROVINCES = 31;

    /** 41,352 synthetic units in 31 provinces, 30 indicators and a population column. */
    public static Dataset nation(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<String> units = new ArrayList<>(UNITS);
        List<String> province = new ArrayList<>(UNITS);
        for (int i = 0; i < UNITS; i++) {
            units.add(String.format("%09d", 110000000 + i));
            province.add("P" + (i % PROVINCES));
        }
        List<String> codes = new ArrayList<>();
        double[][] cols = new double[31][UNITS];
        for (int j = 0; j < 30; j++) {
            codes.add("i" + j);
            for (int i = 0; i < UNITS; i++) cols[j][i] = 1 + rng.nextDouble() * 100 * (1 + i % PROVINCES);
        }
        codes.add("pop");
        for (int i = 0; i < UNITS; i++) cols[30][i] = 1000 + rng.nextInt(100_000);
        return new Dataset(units, codes, cols, List.of(new Grouping("province", province)));
    }

    /** 6 dimensions of 5 indicators (the fifth less-is-better). */
    public static PlanTree tree() {
        List<PlanTree.Dimension> dims = new ArrayList<>();
        for (int d = 0; d < 6; d++) {
            List<PlanTree.Leaf> leaves = new ArrayList<>();
            for (int j = 0; j < 5; j++) leaves.add(new PlanTree.Leaf("i" + (d * 5 + j), j == 4 ? Direction.NEGATIVE : Direction.POSITIVE, 1));
            dims.add(new PlanTree.Dimension("d" + d, 1, List.of(PlanTree.Group.direct("d" + d, leaves))));
        }
        return new PlanTree("index", dims);
    }

    @Test
    void theWholeCountryIsEvaluatedWithRanksWithinProvincesAndTheilDecomposition() {
        Dataset data = nation(7);
        PlanSpec spec = PlanSpec.of(tree(), new MinMax(0, 1, ConstantColumn.MIDPOINT), IndicatorWeighting.ENTROPY,
                GroupWeighting.EQUAL, AggregationMethod.ARITHMETIC).withDisparity(DisparitySpec.weightedBy("pop"));
        PlanResult r = new PlanEvaluator(spec).evaluate(data);
        double[] ranks = r.index().ranks();
        assertThat(ranks).hasSize(UNITS);
        assertThat(java.util.Arrays.stream(ranks).max().orElseThrow()).as("the last national rank").isEqualTo(UNITS);

        int[] codes = data.groupings().get(0).codes();
        List<String> p0 = new ArrayList<>();
        List<Double> s0 = new ArrayList<>();
        for (int i = 0; i < UNITS; i++) {
            if (codes[i] == 0) {
                p0.add(data.units().get(i));
                s0.add(r.index().scores()[i]);
            }
        }
        double[] alone = Ranker.standard().rank(p0, s0.stream().mapToDouble(Double::doubleValue).toArray());
        double[] within = r.groupRanks().stream().filter(g -> g.node().equals("index")).findFirst().orElseThrow().ranks();
        int k = 0;
        for (int i = 0; i < UNITS; i++) if (codes[i] == 0) assertThat(within[i]).as("rank in province P0").isEqualTo(alone[k++]);

        PlanResult.DisparityRow index = r.disparity().get(0);
        var t = index.byGroup().get(0).decomposition();
        assertThat(t.between() + t.within()).as("population-weighted Theil: between + within = total")
                .isCloseTo(index.theil(), within(1e-12));
        assertThat(t.groups()).hasSize(PROVINCES);
    }
}
