package org.tongchou.engine.coupling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongchou.engine.data.InvalidInputException;
import org.tongchou.engine.data.MissingPolicy;
import org.tongchou.engine.data.MissingValueException;

class CouplingCoordinationTest {
    private static final List<String> UNITS = List.of("A", "B", "C", "D", "E", "F");
    // R package mathmodels (github zhjx19/mathmodels), R/system_evaluation.R, example of coupling_degree()
    private static final double[][] U = {
            {0.0162, 0.1782, 0.5490, 0.6730, 0.0207, 0.9875},
            {0.2720, 0.6824, 0.0593, 0.4812, 0.8891, 0.5573},
            {0.2655, 0.3721, 0.5729, 0.9082, 0.2017, 0.8984}};

    @Test
    void threeSubsystemsReproduceMathmodelsExample() {
        CouplingResult r = new CouplingCoordination(MissingPolicy.FAIL)
                .compute(UNITS, List.of("s1", "s2", "s3"), U, new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3});
        assertThat(r.coupling()).as("mathmodels coupling_degree() example, coupling (3 decimals)")
                .containsExactly(new double[] {0.571, 0.867, 0.674, 0.967, 0.418, 0.971}, within(5e-4));
        assertThat(r.development()).as("mathmodels example, coord (T)")
                .containsExactly(new double[] {0.185, 0.411, 0.394, 0.687, 0.370, 0.814}, within(5e-4));
        assertThat(r.coordination()).as("mathmodels example, coupling_coord (D)")
                .containsExactly(new double[] {0.325, 0.597, 0.515, 0.815, 0.393, 0.889}, within(5e-4));
    }

    @Test
    void twoSubsystemsUseTheCorrectFormulaNotTheErroneousOne() {
        // Wang Shujia et al. 2021 (自然资源学报 36(3)): correct C = 2 sqrt(U1 U2)/(U1+U2) reaches 1 for equal
        // subsystems; the erroneous sqrt(U1 U2)/(U1+U2) would give 0.5.
        CouplingResult r = new CouplingCoordination(MissingPolicy.FAIL)
                .compute(List.of("eq", "uneq", "zero", "allzero"), List.of("urban", "rural"),
                        new double[][] {{0.6, 0.8, 0.5, 0}, {0.6, 0.2, 0, 0}}, new double[] {0.5, 0.5});
        assertThat(r.coupling()[0]).as("Wang et al. 2021: equal subsystems, C = 1").isEqualTo(1.0);
        assertThat(r.coupling()[1]).as("2 sqrt(.16)/1.0").isCloseTo(0.8, within(1e-15));
        assertThat(r.coordination()[1]).as("D = sqrt(0.8 * 0.5)").isCloseTo(Math.sqrt(0.4), within(1e-15));
        assertThat(r.coupling()[2]).as("one subsystem at 0: C = 0").isZero();
        assertThat(r.coordination()[3]).as("all at 0: D = 0 by convention").isZero();
    }

    @Test
    void bothWrittenFormsOfTheNSystemFormulaAgree() {
        // C = n (prod U)^(1/n) / sum U  ==  [prod U / ((sum U / n)^n)]^(1/n)  (Wang Shujia et al. 2021, eq. for n systems)
        CouplingResult r = new CouplingCoordination(MissingPolicy.FAIL)
                .compute(UNITS, List.of("s1", "s2", "s3"), U, new double[] {0.4, 0.3, 0.3});
        for (int i = 0; i < UNITS.size(); i++) {
            double prod = U[0][i] * U[1][i] * U[2][i];
            double mean = (U[0][i] + U[1][i] + U[2][i]) / 3;
            assertThat(r.coupling()[i]).as("second form, unit " + UNITS.get(i))
                    .isCloseTo(Math.pow(prod / Math.pow(mean, 3), 1.0 / 3), within(1e-12));
            assertThat(r.development()[i]).as("T = 0.4 U1 + 0.3 U2 + 0.3 U3").isCloseTo(0.4 * U[0][i] + 0.3 * U[1][i] + 0.3 * U[2][i], within(1e-15));
        }
    }

    @Test
    void tenLevelClassesWithConfigurableClosure() {
        CoordinationClasses lower = CoordinationClasses.chineseTenLevel(IntervalClosure.LOWER_CLOSED);
        CoordinationClasses upper = CoordinationClasses.chineseTenLevel(IntervalClosure.UPPER_CLOSED);
        assertThat(lower.classes().get(lower.classify(0.5)).labelZh()).as("[0.5, 0.6) 勉强协调").isEqualTo("勉强协调");
        assertThat(upper.classes().get(upper.classify(0.5)).labelZh()).as("(0.4, 0.5] 濒临失调").isEqualTo("濒临失调");
        assertThat(lower.classify(1.0)).as("last class closed at 1").isEqualTo(9);
        assertThat(upper.classify(0.0)).as("first class closed at 0").isEqualTo(0);
        assertThat(lower.classes().get(9).labelEn()).isEqualTo("High-quality coordination");
        assertThat(lower.classify(1.2)).isEqualTo(-1);
        assertThat(lower.classify(Double.NaN)).isEqualTo(-1);
        assertThatThrownBy(() -> new CoordinationClasses(List.of(new CoordinationClass(0, 0.5, "a", "a"),
                new CoordinationClass(0.6, 1, "b", "b")), IntervalClosure.LOWER_CLOSED))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("contiguous");
    }

    @Test
    void relativeDevelopmentType() {
        RelativeDevelopment ratio = new RelativeDevelopment(RelativeDevelopment.Comparison.RATIO, 0.1);
        assertThat(ratio.classify(0.5, 0.4)).as("U2/U1 = 0.8 < 0.9").isEqualTo(DevelopmentType.RURAL_LAGGING);
        assertThat(ratio.classify(0.5, 0.52)).as("U2/U1 = 1.04").isEqualTo(DevelopmentType.SYNCHRONOUS);
        assertThat(ratio.classify(0.4, 0.5)).as("U2/U1 = 1.25 > 1.1").isEqualTo(DevelopmentType.URBAN_LAGGING);
        RelativeDevelopment diff = new RelativeDevelopment(RelativeDevelopment.Comparison.DIFFERENCE, 0.05);
        assertThat(diff.classify(0.5, 0.46)).isEqualTo(DevelopmentType.SYNCHRONOUS);
        assertThat(diff.classify(0.5, 0.4)).isEqualTo(DevelopmentType.RURAL_LAGGING);
        assertThat(diff.classify(Double.NaN, 0.4)).isNull();
    }

    @Test
    void refusesBadInput() {
        CouplingCoordination cc = new CouplingCoordination(MissingPolicy.FAIL);
        assertThatThrownBy(() -> cc.compute(List.of("a"), List.of("u", "r"), new double[][] {{0.5}, {-0.1}}, new double[] {0.5, 0.5}))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'a'").hasMessageContaining("'r'");
        assertThatThrownBy(() -> cc.compute(List.of("a"), List.of("u", "r"), new double[][] {{0.5}, {0.1}}, new double[] {0.5, 0.6}))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("sum to");
        assertThatThrownBy(() -> cc.compute(List.of("a"), List.of("u", "r"), new double[][] {{0.5}, {Double.NaN}}, new double[] {0.5, 0.5}))
                .isInstanceOf(MissingValueException.class);
        CouplingResult r = new CouplingCoordination(MissingPolicy.PROPAGATE)
                .compute(List.of("a"), List.of("u", "r"), new double[][] {{0.5}, {Double.NaN}}, new double[] {0.5, 0.5});
        assertThat(r.coordination()[0]).isNaN();
    }
}
