package org.tongchou.app.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongchou.app.indicators.FrameworkService;
import org.tongchou.app.indicators.IndicatorCatalog;

/** The entry checks on the shipped default framework, without a database. */
class EntryChecksTest {
    private final IndicatorCatalog catalog = FrameworkService.shippedDefault().validate();
    private final EntryChecks checks = new EntryChecks(catalog);

    @Test
    void outlierBoundsAreStrictFiveTimesAndAFifth() {
        assertThat(EntryChecks.outlier(500, 100.0)).as("exactly five times is no outlier").isFalse();
        assertThat(EntryChecks.outlier(500.01, 100.0)).isTrue();
        assertThat(EntryChecks.outlier(20, 100.0)).as("exactly a fifth is no outlier").isFalse();
        assertThat(EntryChecks.outlier(19.99, 100.0)).isTrue();
        assertThat(EntryChecks.outlier(1e9, null)).as("no history, no outlier").isFalse();
        assertThat(EntryChecks.outlier(5, 0.0)).as("last year zero is not compared").isFalse();
    }

    @Test
    void numbersNeedADecimalPoint() {
        assertThat(EntryChecks.parse(" 12.5 ")).isEqualTo(12.5);
        assertThat(EntryChecks.parse("")).isNull();
        assertThatThrownBy(() -> EntryChecks.parse("12,5")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> EntryChecks.parse("1e999")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void partAboveWholeIsReportedOnlyWhenBothAreKnown() {
        assertThat(checks.errors(catalog.get("park_enterprises"), 120, Map.of())).as("whole unknown").isEmpty();
        assertThat(checks.errors(catalog.get("park_enterprises"), 120, Map.of("industrial_enterprises", 100.0)))
                .extracting(EntryProblem::a).containsExactly("park_concentration_rate");
        assertThat(checks.errors(catalog.get("park_enterprises"), 100, Map.of("industrial_enterprises", 100.0))).as("equal is fine").isEmpty();
        assertThat(checks.errors(catalog.get("park_enterprises"), 0, Map.of("industrial_enterprises", 0.0))).as("0/0 says nothing").isEmpty();
    }
}
