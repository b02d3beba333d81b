package org.tongchou.engine.disparity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongchou.engine.data.InvalidInputException;
import org.tongchou.engine.data.MissingPolicy;
import org.tongchou.engine.data.MissingValueException;

class DisparityEdgeCasesTest {
    private final List<String> units = List.of("a", "b", "c");

    @Test
    void equalValuesHaveNoDisparity() {
        Disparity d = new Disparity(MissingPolicy.FAIL);
        double[] x = {5, 5, 5};
        assertThat(d.gini("x", units, x, null, GiniCorrection.NONE)).as("definition: equal values, Gini 0").isEqualTo(0.0);
        assertThat(d.theil("x", units, x, null, TheilIndex.T)).as("definition: equal values, Theil T 0").isCloseTo(0.0, within(1e-15));
        assertThat(d.coefficientOfVariation("x", units, x, null, Variance.SAMPLE)).as("definition: CV 0").isEqualTo(0.0);
    }

    @Test
    void zerosAreFineForTheilTButNotForTheilL() {
        Disparity d = new Disparity(MissingPolicy.FAIL);
        double[] x = {0, 0, 3};
        // all income with one of three units: T = ln 3, Gini = (n-1)/n = 2/3
        assertThat(d.theil("x", units, x, null, TheilIndex.T)).as("maximal concentration, Theil T = ln n").isCloseTo(Math.log(3), within(1e-15));
        assertThat(d.gini("x", units, x, null, GiniCorrection.NONE)).as("maximal concentration, Gini (n-1)/n").isCloseTo(2.0 / 3, within(1e-15));
        assertThat(d.gini("x", units, x, null, GiniCorrection.SMALL_SAMPLE)).as("corrected Gini reaches 1").isCloseTo(1.0, within(1e-15));
        assertThatThrownBy(() -> d.theil("x", units, x, null, TheilIndex.L)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("infinite");
    }

    @Test
    void missingPolicies() {
        double[] x = {1, Double.NaN, 3};
        assertThatThrownBy(() -> new Disparity(MissingPolicy.FAIL).gini("income", units, x, null, GiniCorrection.NONE))
                .isInstanceOf(MissingValueException.class).hasMessageContaining("'b'").hasMessageContaining("income");
        assertThat(new Disparity(MissingPolicy.SKIP).gini("x", units, x, null, GiniCorrection.NONE))
                .as("SKIP: Gini of {1, 3} = |1-3|*2/(2*4*2)").isCloseTo(0.25, within(1e-15));
        assertThat(new Disparity(MissingPolicy.PROPAGATE).gini("x", units, x, null, GiniCorrection.NONE)).isNaN();
    }

    @Test
    void refusesEmptyNegativeAndAmbiguousOptions() {
        Disparity d = new Disparity(MissingPolicy.FAIL);
        assertThatThrownBy(() -> d.gini("x", List.of(), new double[0], null, GiniCorrection.NONE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no values");
        assertThatThrownBy(() -> d.theil("x", units, new double[] {1, -2, 3}, null, TheilIndex.T))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'b'");
        assertThatThrownBy(() -> d.gini("x", units, new double[] {1, 2, 3}, new double[] {1, 1, 2}, GiniCorrection.SMALL_SAMPLE))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> d.coefficientOfVariation("x", units, new double[] {1, 2, 3}, new double[] {1, 1, 2}, Variance.SAMPLE))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> d.theilDecomposition("x", units, new double[] {0, 0, 0}, null,
                new org.tongchou.engine.data.Grouping("g", List.of("A", "A", "B")), TheilIndex.T))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("total is 0");
    }
}
