package org.tongchou.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What of a run names a unit outside a reader's area ({@link HiddenUnits}): codes of 12 digits or a township's 9 (not
 * part of a longer number), the names of the run's units outside the area; a note naming one is left out, the others stay.
 */
class HiddenUnitsTest {
    private final HiddenUnits hidden = new HiddenUnits(Set.of("330203001000", "330200000000"), Set.of("镇01060"));

    @Test
    void codesOfTwelveAndNineDigitsAreFoundButNotPartsOfLongerNumbers() {
        assertThat(HiddenUnits.codesIn("benchmark 330106001000 is not evaluated; 330203001 × 0.3; 12345678901234; 2023"))
                .containsExactlyInAnyOrder("330106001000", "330203001000");
    }

    @Test
    void aNoteNamingAUnitOutsideTheAreaByCodeOrNameIsLeftOut() {
        List<String> notes = List.of("benchmark 330106001000 is not among the evaluated units", "on today's boundaries, 镇01060 in 2023",
                "the framework has no 'urban' and 'rural' subsystems", "330203001 apportioned");
        assertThat(hidden.notes(notes)).containsExactly("the framework has no 'urban' and 'rural' subsystems", "330203001 apportioned");
        RunNote byArg = new RunNote("BENCHMARK_NOT_EVALUATED", "330106001000", List.of("330106001000"), "benchmark 330106001000 ...");
        RunNote own = new RunNote("OBSTACLES_OUT_OF_RANGE", "ar1", List.of("ar1", "330203001000", "1.2", "0"), "obstacles of 330203001000");
        assertThat(hidden.runNotes(List.of(byArg, own))).containsExactly(own);
        assertThat(hidden.shown("330106001000")).isNull();
        assertThat(hidden.shown("330203001000")).isEqualTo("330203001000");
        assertThat(hidden.shown(null)).isNull();
    }
}
