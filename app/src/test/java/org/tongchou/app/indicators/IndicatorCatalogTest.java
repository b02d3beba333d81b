package org.tongchou.app.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndicatorCatalogTest {
    static Indicator raw(String code) {
        return new Indicator(code, code, code, "", null, null, 0.0, null, Aggregation.SUM, null, null, null);
    }

    static Indicator derived(String code, String formula) {
        return new Indicator(code, code, code, "%", null, null, null, null, Aggregation.RECOMPUTE, null, formula, null);
    }

    @Test
    void unknownNamesAreRefusedNamingTheIndicatorAndTheName() {
        assertThatThrownBy(() -> IndicatorCatalog.of(List.of(raw("a"), derived("r", "a / nobody * 100"))))
                .isInstanceOf(IndicatorDefinitionException.class)
                .hasMessageContaining("indicator 'r': formula uses unknown indicator 'nobody'");
    }

    @Test
    void cyclesAreRefusedWithTheirPath() {
        assertThatThrownBy(() -> IndicatorCatalog.of(List.of(raw("a"), derived("x", "y + a"), derived("y", "z * 2"), derived("z", "x - 1"))))
                .isInstanceOf(IndicatorDefinitionException.class)
                .hasMessageContaining("cycle: x → y → z → x");
        assertThatThrownBy(() -> IndicatorCatalog.of(List.of(derived("s", "s + 1"))))
                .hasMessageContaining("cycle: s → s");
    }

    @Test
    void ordersAndComputesDerivedIndicatorsOnColumns() {
        IndicatorCatalog c = IndicatorCatalog.of(List.of(derived("ratio", "share / 100"), derived("share", "a / b * 100"), raw("a"), raw("b")));
        assertThat(c.evaluationOrder().indexOf("share")).isLessThan(c.evaluationOrder().indexOf("ratio"));
        assertThat(c.rawInputs("ratio")).containsExactly("a", "b");
        Map<String, double[]> out = c.computeDerived(Map.of("a", new double[] {1, 3}, "b", new double[] {4, 0}), 2);
        assertThat(out.get("share")).containsExactly(25, Double.NaN);
        assertThat(out.get("ratio")[0]).isEqualTo(0.25);
    }

    @Test
    void weightIndicatorMustExist() {
        Indicator w = new Indicator("inc", "inc", "inc", "", null, null, null, null, Aggregation.WEIGHTED_MEAN, "pop", null, null);
        assertThatThrownBy(() -> IndicatorCatalog.of(List.of(w))).hasMessageContaining("weight indicator 'pop' is unknown");
    }
}
