package org.tongchou.engine.obstacle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.InvalidInputException;
import org.tongchou.engine.data.MissingPolicy;
import org.tongchou.engine.rank.IndicatorDimensions;

class ObstacleDegreeTest {
    // R package mathmodels (github zhjx19/mathmodels), R/system_evaluation.R, example of obstacle_degree()
    private final Dataset data = new Dataset(List.of("A", "B", "C", "D", "E", "F"), List.of("s1", "s2", "s3"),
            new double[][] {
                    {0.0162, 0.1782, 0.5490, 0.6730, 0.0207, 0.9875},
                    {0.2720, 0.6824, 0.0593, 0.4812, 0.8891, 0.5573},
                    {0.2655, 0.3721, 0.5729, 0.9082, 0.2017, 0.8984}});

    @Test
    void weightedDeviationsReproduceMathmodelsExample() {
        ObstacleResult r = new ObstacleDegree(1, MissingPolicy.FAIL)
                .compute(data, new double[] {0.4, 0.3, 0.3}, IndicatorDimensions.flat(data.indicators()));
        double[][] expected = { // obstacle_degree(df, c(0.4, 0.3, 0.3)), unscaled (1 - x) w, printed to 3 significant digits
                {0.394, 0.329, 0.180, 0.131, 0.392, 0.00500},
                {0.218, 0.0953, 0.282, 0.156, 0.0333, 0.133},
                {0.220, 0.188, 0.128, 0.0275, 0.239, 0.0305}};
        for (int j = 0; j < 3; j++) {
            for (int i = 0; i < 6; i++) {
                assertThat(r.weightedDeviation()[j][i]).as("mathmodels obstacle_degree example, %s unit %d", data.indicators().get(j), i)
                        .isCloseTo(expected[j][i], within(Math.max(5e-4, expected[j][i] * 5e-3)));
            }
        }
        for (int i = 0; i < 6; i++) {
            double sum = 0;
            for (int j = 0; j < 3; j++) sum += r.byIndicator()[j][i];
            assertThat(sum).as("obstacle degrees are shares: sum to 1").isCloseTo(1.0, within(1e-12));
        }
        // unit A: (0.9838*0.4, 0.728*0.3, 0.7345*0.3) / total
        double a0 = 0.9838 * 0.4, a1 = 0.728 * 0.3, a2 = 0.7345 * 0.3;
        assertThat(r.byIndicator()[0][0]).as("O_A,s1 = F I / sum F I (hand computed)").isCloseTo(a0 / (a0 + a1 + a2), within(1e-12));
        assertThat(r.top(0, 2)).extracting(ObstacleResult.Factor::indicator).as("top-2 obstacles of A").containsExactly("s1", "s3");
    }

    @Test
    void dimensionsAggregateIndicatorDegreesAndFactorWeightsFollowTheTree() {
        IndicatorDimensions dims = new IndicatorDimensions(data.indicators(), List.of("econ", "econ", "social"));
        double[] f = ObstacleDegree.factorWeights(new double[] {1, 1, 1}, dims, new double[] {0.5, 0.5});
        assertThat(f).as("F_j = W_d * w_j / sum within d").containsExactly(new double[] {0.25, 0.25, 0.5}, within(1e-15));
        ObstacleResult r = new ObstacleDegree(1, MissingPolicy.FAIL).compute(data, f, dims);
        for (int i = 0; i < 6; i++) {
            assertThat(r.byDimension()[0][i]).as("econ = s1 + s2").isCloseTo(r.byIndicator()[0][i] + r.byIndicator()[1][i], within(1e-15));
        }
    }

    @Test
    void edgeCases() {
        Dataset ideal = new Dataset(List.of("u"), List.of("a", "b"), new double[][] {{1}, {1}});
        ObstacleResult r = new ObstacleDegree(1, MissingPolicy.FAIL).compute(ideal, new double[] {0.5, 0.5}, IndicatorDimensions.flat(ideal.indicators()));
        assertThat(r.byIndicator()[0][0]).as("at the ideal: no obstacle").isZero();
        Dataset outside = new Dataset(List.of("u"), List.of("a"), new double[][] {{40}});
        assertThatThrownBy(() -> new ObstacleDegree(1, MissingPolicy.FAIL).compute(outside, new double[] {1}, IndicatorDimensions.flat(outside.indicators())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'u'").hasMessageContaining("[0, 1.0]");
        assertThat(new ObstacleDegree(100, MissingPolicy.FAIL).compute(outside, new double[] {1}, IndicatorDimensions.flat(outside.indicators()))
                .weightedDeviation()[0][0]).as("ideal 100 for [0, 100] data").isEqualTo(60.0);
        Dataset missing = new Dataset(List.of("u", "v"), List.of("a", "b"), new double[][] {{0.5, Double.NaN}, {0.2, 0.4}});
        ObstacleResult skip = new ObstacleDegree(1, MissingPolicy.SKIP).compute(missing, new double[] {0.5, 0.5}, IndicatorDimensions.flat(missing.indicators()));
        assertThat(skip.byIndicator()[0][1]).isNaN();
        assertThat(skip.byIndicator()[1][1]).as("SKIP: shares over present indicators").isEqualTo(1.0);
    }
}
