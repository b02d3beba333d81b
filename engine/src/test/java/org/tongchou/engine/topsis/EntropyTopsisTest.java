package org.tongchou.engine.topsis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.Direction;
import org.tongchou.engine.normalise.ConstantColumn;
import org.tongchou.engine.normalise.MinMax;
import org.tongchou.engine.weights.ZeroHandling;

class EntropyTopsisTest {
    @Test
    void matchesAnIndependentNumpyComputationOfTheTextbookSteps() {
        // Steps as in the usual 熵权TOPSIS: min-max into [0.0001, 1] with direction, p = z / sum z,
        // e = -sum p ln p / ln n, w = (1 - e) / sum (1 - e), TOPSIS on w * z. Expected values computed
        // independently with numpy 2.4.6 (script in docs/methods.md, section TOPSIS).
        Dataset d = Dataset.fromRows(List.of("u1", "u2", "u3", "u4"), List.of("a", "b", "cost"),
                new double[][] {{1, 10, 5}, {2, 30, 3}, {4, 20, 1}, {3, 25, 4}});
        EntropyTopsis.Result r = new EntropyTopsis(new MinMax(0.0001, 1, ConstantColumn.FAIL), ZeroHandling.ZERO_LOG_ZERO, 0,
                TopsisNormalisation.NONE).evaluate(d, new Direction[] {Direction.POSITIVE, Direction.POSITIVE, Direction.NEGATIVE});
        assertThat(r.weights()).as("entropy weights, numpy").containsExactly(
                new double[] {0.33149416, 0.28776615, 0.3807397}, within(1e-8));
        assertThat(r.topsis().closeness()).as("closeness, numpy").containsExactly(
                new double[] {0.0, 0.55398716, 0.78486862, 0.506826}, within(1e-8));
    }
}
