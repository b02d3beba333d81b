package org.tongchou.engine.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.InvalidInputException;
import org.tongchou.engine.data.MissingPolicy;
import org.tongchou.engine.data.MissingValueException;

class NormaliserTest {
    static double[] run(Normaliser n, double[] x, double sign) {
        double[] out = new double[x.length];
        n.normalise(x, sign, 0, "x", out);
        return out;
    }

    @Test
    void minMaxWithDirectionAndMissing() {
        double[] x = {2, 4, Double.NaN, 6};
        assertThat(run(new MinMax(0, 100, ConstantColumn.FAIL), x, 1))
                .as("OECD/JRC Handbook min-max: (x-min)/(max-min)·100").containsExactly(new double[] {0, 50, Double.NaN, 100}, within(1e-12));
        assertThat(run(new MinMax(0, 100, ConstantColumn.FAIL), x, -1))
                .as("COINr: direction -1 multiplies first, so the smallest is best").containsExactly(new double[] {100, 50, Double.NaN, 0}, within(1e-12));
        assertThat(run(new MinMax(0.0001, 1, ConstantColumn.FAIL), x, 1))
                .as("[0.0001, 1] variant").containsExactly(new double[] {0.0001, 0.50005, Double.NaN, 1}, within(1e-12));
        assertThat(run(new ShiftedMinMax(0.0001, ConstantColumn.FAIL), x, 1))
                .as("shifted [0,1] + 0.0001").containsExactly(new double[] {0.0001, 0.5001, Double.NaN, 1.0001}, within(1e-12));
    }

    @Test
    void constantColumnsFollowTheOption() {
        double[] c = {3, 3, 3};
        assertThatThrownBy(() -> run(new MinMax(0, 1, ConstantColumn.FAIL), c, 1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("indicator 'x' is constant");
        assertThat(run(new MinMax(0, 1, ConstantColumn.MISSING), c, 1)).containsOnly(Double.NaN);
        assertThat(run(new MinMax(0, 100, ConstantColumn.MIDPOINT), c, 1)).containsOnly(50.0);
        assertThat(run(new ZScore(0, 1, SdType.SAMPLE, ConstantColumn.MIDPOINT), c, 1)).containsOnly(0.0);
        assertThatThrownBy(() -> run(ZScore.standard(), c, 1)).hasMessageContaining("zero (or undefined");
        assertThat(run(new MinMax(0, 1, ConstantColumn.FAIL), new double[] {Double.NaN, Double.NaN}, 1))
                .as("no present value: stays missing").containsOnly(Double.NaN);
    }

    @Test
    void zScoreMatchesRScale() {
        // R: scale(1:5) = -1.2649111 -0.6324555 0 0.6324555 1.2649111 (sample SD)
        double[] z = run(ZScore.standard(), new double[] {1, 2, 3, 4, 5}, 1);
        assertThat(z).as("R scale(1:5)").containsExactly(new double[] {-1.2649111, -0.6324555, 0, 0.6324555, 1.2649111}, within(1e-7));
        // population SD: numpy (x - x.mean())/x.std() = -1.4142136 ... 1.4142136
        double[] p = run(new ZScore(0, 1, SdType.POPULATION, ConstantColumn.FAIL), new double[] {1, 2, 3, 4, 5}, 1);
        assertThat(p[0]).as("numpy std (ddof=0)").isCloseTo(-1.4142136, within(1e-7));
        double[] neg = run(new ZScore(10, 2, SdType.SAMPLE, ConstantColumn.FAIL), new double[] {1, 2, 3, 4, 5}, -1);
        assertThat(neg[0]).as("direction -1, mean 10 sd 2").isCloseTo(10 + 2 * 1.2649111, within(1e-6));
    }

    @Test
    void ranksAndPercentRanksMatchR() {
        double[] x = {10, 20, 20, 30};
        assertThat(run(new RankScore(TieMethod.AVERAGE), x, 1)).as("R rank(c(10,20,20,30))").containsExactly(1, 2.5, 2.5, 4);
        assertThat(run(new RankScore(TieMethod.MIN), x, 1)).as("R rank(ties='min')").containsExactly(1, 2, 2, 4);
        assertThat(run(new RankScore(TieMethod.MAX), x, -1)).as("R rank(-x, ties='max')").containsExactly(4, 3, 3, 1);
        assertThat(run(new PercentileRank(TieMethod.MIN, PercentileRank.Convention.ZERO_TO_ONE), x, 1))
                .as("dplyr::percent_rank(c(10,20,20,30))").containsExactly(new double[] {0, 1 / 3.0, 1 / 3.0, 1}, within(1e-12));
        assertThat(run(new PercentileRank(TieMethod.MAX, PercentileRank.Convention.SHARE_AT_OR_BELOW), x, 1))
                .as("dplyr::cume_dist(c(10,20,20,30))").containsExactly(new double[] {0.25, 0.75, 0.75, 1}, within(1e-12));
        assertThat(run(new RankScore(TieMethod.AVERAGE), new double[] {5, Double.NaN, 1}, 1))
                .as("R rank(na.last='keep')").containsExactly(2, Double.NaN, 1);
    }

    @Test
    void vectorGoalpostsAndTarget() {
        assertThat(run(new VectorNorm(VectorNorm.Negative.FAIL, ConstantColumn.FAIL), new double[] {3, 4}, 1))
                .as("x/‖x‖ (Hwang & Yoon 1981)").containsExactly(new double[] {0.6, 0.8}, within(1e-12));
        assertThat(run(new VectorNorm(VectorNorm.Negative.ONE_MINUS, ConstantColumn.FAIL), new double[] {3, 4}, -1))
                .containsExactly(new double[] {0.4, 0.2}, within(1e-12));
        assertThatThrownBy(() -> run(new VectorNorm(VectorNorm.Negative.FAIL, ConstantColumn.FAIL), new double[] {3, 4}, -1))
                .hasMessageContaining("less-is-better");
        // UNDP HDI health index: goalposts 20 and 85 years; life expectancy 72.6 → (72.6 - 20)/65 = 0.809231
        Goalposts g = new Goalposts(new double[] {20}, new double[] {85}, 1);
        assertThat(run(g, new double[] {72.6, 90, 10}, 1)).as("UNDP HDR technical notes: (x - min)/(max - min), capped")
                .containsExactly(new double[] {52.6 / 65, 1, 0}, within(1e-12));
        assertThat(run(g, new double[] {72.6}, -1)).containsExactly(new double[] {12.4 / 65}, within(1e-12));
        DistanceToTarget d = new DistanceToTarget(new double[] {8}, 100, true);
        assertThat(run(d, new double[] {2, 5, 8, 11}, 1)).as("COINr n_dist2targ, cap_max")
                .containsExactly(new double[] {0, 50, 100, 100}, within(1e-12));
        assertThat(run(new DistanceToTarget(new double[] {8}, 100, false), new double[] {2, 11}, 1))
                .containsExactly(new double[] {0, 150}, within(1e-12));
        assertThatThrownBy(() -> run(new DistanceToTarget(new double[] {2}, 1, true), new double[] {2, 5}, 1))
                .hasMessageContaining("equals the worst value");
    }

    @Test
    void datasetFormChecksMissingPolicy() {
        Dataset d = new Dataset(List.of("a", "b", "c"), List.of("x", "y"),
                new double[][] {{1, 2, 3}, {3, Double.NaN, 1}});
        assertThatThrownBy(() -> Normalisation.apply(d, new double[] {1, -1}, MinMax.coinr(), MissingPolicy.FAIL))
                .isInstanceOf(MissingValueException.class).hasMessageContaining("unit 'b', indicator 'y'");
        Dataset skip = Normalisation.apply(d, new double[] {1, -1}, MinMax.coinr(), MissingPolicy.SKIP);
        assertThat(skip.column("y")).containsExactly(0, Double.NaN, 100);
        Dataset prop = Normalisation.apply(d, new double[] {1, -1}, MinMax.coinr(), MissingPolicy.PROPAGATE);
        assertThat(prop.column("y")).containsOnly(Double.NaN);
        assertThat(prop.column("x")).containsExactly(0, 50, 100);
        assertThatThrownBy(() -> Normalisation.apply(d, new double[] {1}, MinMax.coinr(), MissingPolicy.SKIP))
                .hasMessageContaining("1 directions for 2 indicators");
    }
}
