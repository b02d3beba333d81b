package org.tongchou.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongchou.engine.aggregate.AggregationMethod;
import org.tongchou.engine.aggregate.AggregationSpec;
import org.tongchou.engine.aggregate.ZeroValues;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.Direction;
import org.tongchou.engine.framework.Framework;
import org.tongchou.engine.framework.FrameworkNode;
import org.tongchou.engine.normalise.ConstantColumn;
import org.tongchou.engine.normalise.MinMax;
import org.tongchou.engine.prepare.ImputationMethod;
import org.tongchou.engine.prepare.ImputationSpec;

class PipelineOptionsTest {
    static final double NA = Double.NaN;

    static FrameworkNode n(String code, int level, String parent, Direction d) {
        return new FrameworkNode(code, code, level, parent, 1, d, null, NA);
    }

    static final Framework F = new Framework(List.of(n("x", 1, "I", Direction.POSITIVE), n("y", 1, "I", Direction.NEGATIVE),
            n("z", 1, "I", Direction.POSITIVE), n("I", 2, null, Direction.POSITIVE)));

    static Dataset data() {
        return new Dataset(List.of("a", "b", "c", "d"), List.of("x", "y", "z"),
                new double[][] {{1, 2, 3, NA}, {4, 3, 2, NA}, {5, 6, 7, 8}});
    }

    static PipelineConfig plain() {
        return new PipelineConfig(false, null, 0, null, new MinMax(0, 1, ConstantColumn.FAIL), AggregationSpec.arithmetic(), null);
    }

    @Test
    void screeningRemovesSparseUnitsFromEveryStatistic() {
        PipelineResult r = new CompositePipeline(F, data()).run(plain().withScreenThreshold(0.5));
        assertThat(r.screenedOut()).singleElement().satisfies(x -> {
            assertThat(x.unit()).isEqualTo("d");
            assertThat(x.availability()).isCloseTo(1 / 3.0, within(1e-12));
        });
        assertThat(r.index()[3]).isNaN();
        assertThat(r.ranks()[3]).as("missing score unranked").isZero();
        // z over a, b, c only: 5, 6, 7 → 0, 0.5, 1 (d's 8 would have shifted it)
        assertThat(r.normalised().column("z")).containsExactly(0, 0.5, 1, NA);
        assertThat(r.normalised().column("y")).as("direction -1").containsExactly(0, 0.5, 1, NA);
    }

    @Test
    void weightsOverrideImputationAndRanks() {
        CompositePipeline p = new CompositePipeline(F, data());
        double[] w = {1, 0, 0, 1}; // only x counts
        PipelineResult r = p.run(plain().withWeights(w).withImputation(ImputationSpec.of(ImputationMethod.MEAN)));
        assertThat(r.imputed().column("x")[3]).as("mean of 1, 2, 3").isEqualTo(2);
        assertThat(r.index()).containsExactly(0, 0.5, 1, 0.5);
        assertThat(r.ranks()).as("descending, ties share the lowest rank").containsExactly(4, 2, 1, 2);
        assertThatThrownBy(() -> p.run(plain().withWeights(new double[] {1, 1})))
                .hasMessageContaining("2 weights for 4 framework nodes");
    }

    @Test
    void aggregationMethodIsAValueToVary() {
        CompositePipeline p = new CompositePipeline(F, data());
        PipelineConfig geo = plain().withImputation(ImputationSpec.of(ImputationMethod.MEDIAN))
                .withAggregation(new AggregationSpec(AggregationMethod.GEOMETRIC, 1, ZeroValues.LIMIT_ZERO));
        double[] index = new double[4];
        p.runIndex(geo, index);
        assertThat(index[0]).as("unit a has min-max 0 on x: geometric mean 0").isZero();
        assertThatThrownBy(() -> p.runIndex(geo.withAggregation(new AggregationSpec(AggregationMethod.GEOMETRIC, 1, ZeroValues.FAIL)), index))
                .hasMessageContaining("unit 'a', indicator 'x': value 0.0 leaves the GEOMETRIC mean of 'I' undefined");
        assertThatThrownBy(() -> new CompositePipeline(F, data().select(List.of("x", "y"))))
                .hasMessageContaining("indicator 'z' is not in the data");
    }

    @Test
    void zeroDenominatorsMatterOnlyWhenDenominating() {
        Framework f = new Framework(List.of(new FrameworkNode("x", "x", 1, "I", 1, Direction.POSITIVE, "pop", NA),
                n("y", 1, "I", Direction.POSITIVE), n("I", 2, null, Direction.POSITIVE)));
        Dataset d = new Dataset(List.of("a", "b", "c"), List.of("x", "y", "pop"), new double[][] {{1, 2, 3}, {1, 5, 9}, {1, 0, 2}});
        CompositePipeline p = new CompositePipeline(f, d);
        assertThat(p.run(plain()).index()).as("undenominated run works").hasSize(3);
        assertThatThrownBy(() -> p.run(plain().withDenominate(true)))
                .hasMessageContaining("unit 'b': denominator 'pop' of 'x' is 0");
    }

    @Test
    void rankingTies() {
        assertThat(Ranking.descendingMin(new double[] {5, 7, 7, NA, 1})).containsExactly(3, 1, 1, 0, 4);
        assertThat(Ranking.descendingMin(new double[0])).isEmpty();
    }
}
