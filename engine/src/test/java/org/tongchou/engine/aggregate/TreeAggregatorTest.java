package org.tongchou.engine.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.InvalidValueException;
import org.tongchou.engine.data.Direction;
import org.tongchou.engine.framework.Framework;
import org.tongchou.engine.framework.FrameworkNode;

class TreeAggregatorTest {
    static FrameworkNode n(String code, int level, String parent, double w) {
        return new FrameworkNode(code, code, level, parent, w, Direction.POSITIVE, null, Double.NaN);
    }

    // Index ← P1 (a w1, b w3), P2 (c w1); P1 weight 2, P2 weight 1
    static final Framework TREE = new Framework(List.of(n("a", 1, "P1", 1), n("b", 1, "P1", 3), n("c", 1, "P2", 1),
            n("P1", 2, "Index", 2), n("P2", 2, "Index", 1), n("Index", 3, null, 1)));

    static Dataset data(double[] a, double[] b, double[] c) {
        return new Dataset(List.of("u1", "u2"), List.of("a", "b", "c"), new double[][] {a, b, c});
    }

    static double[] col(Dataset d, String code) {
        return d.column(code);
    }

    @Test
    void arithmeticGeometricHarmonicByDefinition() {
        Dataset d = data(new double[] {10, 4}, new double[] {50, 1}, new double[] {20, 2});
        Dataset ar = new TreeAggregator(TREE, AggregationSpec.arithmetic()).aggregate(d);
        assertThat(col(ar, "P1")[0]).as("(1·10 + 3·50)/4").isCloseTo(40, within(1e-12));
        assertThat(col(ar, "Index")[0]).as("(2·40 + 1·20)/3").isCloseTo(100 / 3.0, within(1e-12));
        Dataset ge = new TreeAggregator(TREE, new AggregationSpec(AggregationMethod.GEOMETRIC, 1, ZeroValues.FAIL)).aggregate(d);
        assertThat(col(ge, "P1")[1]).as("(4^1·1^3)^(1/4)").isCloseTo(Math.pow(4, 0.25), within(1e-12));
        Dataset ha = new TreeAggregator(TREE, new AggregationSpec(AggregationMethod.HARMONIC, 1, ZeroValues.FAIL)).aggregate(d);
        assertThat(col(ha, "P1")[1]).as("4/(1/4 + 3/1)").isCloseTo(4 / 3.25, within(1e-12));
        assertThat(ar.indicators()).containsExactly("a", "b", "c", "P1", "P2", "Index");
    }

    @Test
    void missingChildrenRenormaliseOrMakeMissing() {
        Dataset d = data(new double[] {10, Double.NaN}, new double[] {Double.NaN, Double.NaN}, new double[] {20, 2});
        Dataset ar = new TreeAggregator(TREE, AggregationSpec.arithmetic()).aggregate(d);
        assertThat(col(ar, "P1")[0]).as("COINr a_amean: weights over present children").isEqualTo(10);
        assertThat(col(ar, "P1")[1]).as("no child present").isNaN();
        assertThat(col(ar, "Index")[1]).as("P1 missing: Index from P2 alone").isEqualTo(2);
        Dataset strict = new TreeAggregator(TREE, new AggregationSpec(AggregationMethod.ARITHMETIC, 2, ZeroValues.FAIL)).aggregate(d);
        assertThat(col(strict, "P1")[0]).as("only 1 of 2 children, threshold 2").isNaN();
        assertThat(col(strict, "Index")[0]).as("P1 missing and P2 alone is below threshold 2").isNaN();
    }

    @Test
    void zerosInGeometricMean() {
        Dataset d = data(new double[] {0, 1}, new double[] {5, 1}, new double[] {1, 1});
        assertThatThrownBy(() -> new TreeAggregator(TREE, new AggregationSpec(AggregationMethod.GEOMETRIC, 1, ZeroValues.FAIL)).aggregate(d))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("unit 'u1', indicator 'a': value 0.0 leaves the GEOMETRIC mean of 'P1' undefined");
        Dataset z = new TreeAggregator(TREE, new AggregationSpec(AggregationMethod.GEOMETRIC, 1, ZeroValues.LIMIT_ZERO)).aggregate(d);
        assertThat(col(z, "P1")[0]).as("limit of the geometric mean with a zero").isEqualTo(0);
        Dataset neg = data(new double[] {-1, 1}, new double[] {5, 1}, new double[] {1, 1});
        assertThatThrownBy(() -> new TreeAggregator(TREE, new AggregationSpec(AggregationMethod.HARMONIC, 1, ZeroValues.LIMIT_ZERO)).aggregate(neg))
                .hasMessageContaining("value -1.0 is negative; the HARMONIC mean of 'P1' needs values > 0");
    }

    @Test
    void frameworkErrorsAreReportedTogether() {
        assertThatThrownBy(() -> new Framework(List.of(n("a", 1, "P9", 1), n("b", 1, "Index", -1), n("Index", 3, null, 1), n("P1", 2, "Index", 1))))
                .hasMessageContaining("names parent 'P9'")
                .hasMessageContaining("weight -1.0")
                .hasMessageContaining("at level 1 has parent 'Index' at level 3")
                .hasMessageContaining("aggregate 'P1' has no children");
    }
}
