package org.tongchou.engine.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tongchou.engine.data.InvalidInputException;

class EstimatorsTest {

    @Test
    void type7QuantilesMatchR() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        // R: quantile(1:10, c(0.05, 0.5, 0.95)) = 1.45 5.50 9.55
        assertThat(Quantiles.type7(x, 0.05)).as("R quantile(1:10, 0.05)").isCloseTo(1.45, within(1e-12));
        assertThat(Quantiles.type7(x, 0.5)).as("R quantile(1:10, 0.5)").isCloseTo(5.5, within(1e-12));
        assertThat(Quantiles.type7(x, 0.95)).as("R quantile(1:10, 0.95)").isCloseTo(9.55, within(1e-12));
        // R: quantile(c(3, NA, 1, 2, 2), 0.95, na.rm = TRUE) = 2.85
        assertThat(Quantiles.type7(new double[]{3, Double.NaN, 1, 2, 2}, 0.95)).as("R na.rm quantile")
                .isCloseTo(2.85, within(1e-12));
        assertThat(Quantiles.type7(new double[]{7}, 0.05)).as("one value").isEqualTo(7);
        assertThat(Quantiles.type7(new double[]{Double.NaN}, 0.5)).as("no value").isNaN();
        assertThatThrownBy(() -> Quantiles.type7(x, 1.5)).isInstanceOf(InvalidInputException.class).hasMessageContaining("1.5");
    }

    @Test
    void ranksAreDescendingWithTiesAtTheLowestRankAndMissingKept() {
        // R: rank(-c(3, 1, 3, NA, 2), ties.method = "min", na.last = "keep") = 1 4 1 NA 3
        double[] r = DescendingRanks.of(new double[]{3, 1, 3, Double.NaN, 2});
        assertThat(r[0]).isEqualTo(1);
        assertThat(r[1]).isEqualTo(4);
        assertThat(r[2]).isEqualTo(1);
        assertThat(r[3]).isNaN();
        assertThat(r[4]).isEqualTo(3);
    }

    /**
     * Ishigami-free check with an additive linear model y = x1 + 2 x2 + 3 x3 on U(0,1) inputs (COINr's
     * SA_estimate example): analytic S_i = ST_i = a_i² / Σ a_j² = 1/14, 4/14, 9/14.
     */
    @Test
    void additiveModelGivesAnalyticIndices() {
        int n = 20_000;
        SaltelliDesign design = SaltelliDesign.random(n, 3, new SplittableRandom(7));
        double[] y = new double[design.size()];
        for (int k = 0; k < y.length; k++) {
            double[] x = design.row(k);
            y[k] = x[0] + 2 * x[1] + 3 * x[2];
        }
        SensitivityResult r = SensitivityIndices.estimate(y, n, List.of("x1", "x2", "x3"), VarianceEstimator.SAMPLE,
                Optional.of(Bootstrap.percentile90(200, 1)));
        double[] analytic = {1 / 14.0, 4 / 14.0, 9 / 14.0};
        for (int i = 0; i < 3; i++) {
            SensitivityIndex s = r.indices().get(i);
            assertThat(s.si()).as("analytic first-order index of linear model, x" + (i + 1)).isCloseTo(analytic[i], within(0.03));
            assertThat(s.sti()).as("analytic total index of linear model, x" + (i + 1)).isCloseTo(analytic[i], within(0.03));
            assertThat(s.siLower()).isLessThanOrEqualTo(s.si());
            assertThat(s.siUpper()).isGreaterThanOrEqualTo(s.si());
        }
        assertThat(r.variance()).as("Var(x1 + 2x2 + 3x3) = 14/12").isCloseTo(14 / 12.0, within(0.03));
    }

    @Test
    void constantOutputGivesUndefinedIndices() {
        double[] y = new double[3 * 5];
        java.util.Arrays.fill(y, 2.0);
        SensitivityResult r = SensitivityIndices.estimate(y, 5, List.of("a"), VarianceEstimator.SAMPLE,
                Optional.of(Bootstrap.percentile90(10, 1)));
        assertThat(r.variance()).isZero();
        assertThat(r.indices().get(0).si()).isNaN();
        assertThat(r.indices().get(0).sti()).isNaN();
    }

    @Test
    void populationVarianceDiffersByTheFactorOfItsDivisor() {
        SaltelliDesign design = SaltelliDesign.random(10, 2, new SplittableRandom(3));
        double[] y = new double[design.size()];
        for (int k = 0; k < y.length; k++) y[k] = design.row(k)[0] * 3 + design.row(k)[1];
        double s = SensitivityIndices.estimate(y, 10, List.of("a", "b"), VarianceEstimator.SAMPLE, Optional.empty())
                .indices().get(0).sti();
        double p = SensitivityIndices.estimate(y, 10, List.of("a", "b"), VarianceEstimator.POPULATION, Optional.empty())
                .indices().get(0).sti();
        assertThat(p / s).as("(2N - 1) / 2N with N = 10").isCloseTo(20.0 / 19.0, within(1e-12));
    }

    @Test
    void badInputIsRefusedNamingTheProblem() {
        assertThatThrownBy(() -> SensitivityIndices.estimate(new double[7], 2, List.of("a"), VarianceEstimator.SAMPLE, Optional.empty()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("7 outputs").hasMessageContaining("N(d + 2) = 6");
        double[] y = new double[6];
        y[4] = Double.NaN;
        assertThatThrownBy(() -> SensitivityIndices.estimate(y, 2, List.of("a"), VarianceEstimator.SAMPLE, Optional.empty()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("replication 5")
                .hasMessageContaining("matrix A_B of input 'a', point 1");
        assertThatThrownBy(() -> SensitivityIndices.estimate(new double[3], 1, List.of("a"), VarianceEstimator.SAMPLE, Optional.empty()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("N >= 2");
    }

    @Test
    void designStructureIsCheckedWhenReadBack() {
        SaltelliDesign d = SaltelliDesign.random(4, 3, new SplittableRandom(11));
        double[][] rows = new double[d.size()][];
        for (int k = 0; k < rows.length; k++) rows[k] = d.row(k);
        assertThat(SaltelliDesign.of(rows, "test").n()).isEqualTo(4);
        rows[2 * 4 + 1][2] = 0.5; // block A_B^(1), point 2, column 3 should come from A
        assertThatThrownBy(() -> SaltelliDesign.of(rows, "design.csv")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("design.csv").hasMessageContaining("row 10").hasMessageContaining("from A");
    }
}
