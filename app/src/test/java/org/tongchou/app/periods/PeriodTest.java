package org.tongchou.app.periods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void parsesEveryKindAndPrintsItBack() {
        assertThat(Period.parse("2024")).isEqualTo(Period.year(2024));
        assertThat(Period.parse("2024H1")).isEqualTo(Period.half(2024, 1));
        assertThat(Period.parse("2024q3")).isEqualTo(Period.quarter(2024, 3));
        assertThat(Period.parse(" 2024M07 ")).isEqualTo(Period.month(2024, 7));
        assertThat(Period.month(2024, 7).code()).isEqualTo("2024M07");
        assertThat(Period.month(2024, 12).code()).isEqualTo("2024M12");
        assertThat(Period.quarter(2024, 3).code()).isEqualTo("2024Q3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "24", "2024M7", "2024M13", "2024M00", "2024Q5", "2024Q0", "2024H3", "2024X1", "2024-07", "20241", "abcd", "2024Q12"})
    void refusesAnythingElseNamingTheText(String text) {
        assertThatThrownBy(() -> Period.parse(text)).isInstanceOf(InvalidPeriodException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @Test
    void datesAndContainment() {
        Period q3 = Period.parse("2024Q3");
        assertThat(q3.start()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(q3.end()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(q3.endExclusive()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(Period.parse("2024H2").start()).isEqualTo(LocalDate.of(2024, 7, 1));
        Period m7 = Period.parse("2024M07");
        assertThat(q3.contains(m7)).isTrue();
        assertThat(Period.year(2024).contains(m7)).isTrue();
        assertThat(Period.half(2024, 2).contains(q3)).isTrue();
        assertThat(Period.half(2024, 1).contains(m7)).isFalse();
        assertThat(m7.contains(q3)).isFalse();
        assertThat(Period.year(2023).contains(m7)).isFalse();
        assertThat(m7.within(PeriodType.QUARTER)).isEqualTo(q3);
        assertThat(m7.within(PeriodType.YEAR)).isEqualTo(Period.year(2024));
        assertThat(q3.split(PeriodType.MONTH)).extracting(Period::code).containsExactly("2024M07", "2024M08", "2024M09");
        assertThat(Period.year(2024).compareTo(Period.month(2024, 1))).isNegative();
        assertThat(q3.overlaps(LocalDate.of(2024, 9, 30), null)).isTrue();
        assertThat(q3.overlaps(LocalDate.of(2024, 10, 1), null)).isFalse();
        assertThat(q3.overlaps(null, LocalDate.of(2024, 7, 1))).isFalse();
    }
}
