package org.tongchou.app.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FormulaTest {
    private static double eval(String f, Map<String, Double> v) {
        return Formula.parse(f).evaluate(c -> v.getOrDefault(c, Double.NaN));
    }

    @Test
    void arithmeticWithPrecedenceParenthesesAndUnaryMinus() {
        assertThat(eval("1 + 2 * 3", Map.of())).isEqualTo(7);
        assertThat(eval("(1 + 2) * 3", Map.of())).isEqualTo(9);
        assertThat(eval("10 - 4 - 3", Map.of())).isEqualTo(3);
        assertThat(eval("8 / 4 / 2", Map.of())).isEqualTo(1);
        assertThat(eval("-2 * -3", Map.of())).isEqualTo(6);
        assertThat(eval("-(2 + 3)", Map.of())).isEqualTo(-5);
        assertThat(eval("6 × 7 ÷ 2", Map.of())).isEqualTo(21);
        assertThat(eval("1.5e2 + .5", Map.of())).isEqualTo(150.5);
        assertThat(eval("min(3, 1, 2) + max(1, 4) + abs(-2)", Map.of())).isEqualTo(7);
    }

    @Test
    void indicatorReferences() {
        Formula f = Formula.parse("park_enterprises / industrial_enterprises * 100");
        assertThat(f.references()).containsExactly("park_enterprises", "industrial_enterprises");
        assertThat(eval(f.text(), Map.of("park_enterprises", 45.0, "industrial_enterprises", 60.0))).isCloseTo(75.0, within(1e-12));
    }

    @Test
    void missingInputsAndDivisionByZeroGiveMissing() {
        assertThat(eval("a / b", Map.of("a", 1.0, "b", 0.0))).isNaN();
        assertThat(eval("a + b", Map.of("a", 1.0))).isNaN();
        assertThat(eval("max(a, b)", Map.of("a", 1.0))).isNaN();
    }

    @Test
    void vectorisedEvaluationMatchesScalar() {
        Formula f = Formula.parse("a / b * 100 - min(a, 1)");
        double[] a = {1, 2, 3, Double.NaN};
        double[] b = {2, 0, 4, 1};
        double[] r = f.evaluate(Map.of("a", a, "b", b)::get, 4);
        assertThat(r[0]).isEqualTo(49);
        assertThat(r[1]).isNaN();
        assertThat(r[2]).isEqualTo(74);
        assertThat(r[3]).isNaN();
        assertThat(a[0]).as("inputs untouched").isEqualTo(1);
    }

    @Test
    void syntaxErrorsNameTheFormulaAndPosition() {
        assertThatThrownBy(() -> Formula.parse("a + ")).isInstanceOf(FormulaException.class).hasMessageContaining("'a + '");
        assertThatThrownBy(() -> Formula.parse("(a + b")).hasMessageContaining("expected ')'");
        assertThatThrownBy(() -> Formula.parse("a $ b")).hasMessageContaining("position 3").hasMessageContaining("'$'");
        assertThatThrownBy(() -> Formula.parse("sqrt(a)")).hasMessageContaining("unknown function 'sqrt'");
        assertThatThrownBy(() -> Formula.parse("abs(a, b)")).hasMessageContaining("abs takes one argument");
        assertThatThrownBy(() -> Formula.parse("")).hasMessageContaining("is empty");
    }
}
