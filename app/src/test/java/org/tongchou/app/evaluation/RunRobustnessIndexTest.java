package org.tongchou.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link RunRobustness#interval} finds a unit's interval by an index built with the record, not by a scan of the list
 * (pages and documents ask it for every unit of a run: a scan each was quadratic, 5·10⁹ comparisons for the country's
 * 100,000 units). The list itself stays what it was: in its order, unmodifiable, equal to a plain list of the same
 * intervals, written to JSON as an array.
 */
class RunRobustnessIndexTest {
    private static RunRobustness.Interval interval(int k) {
        return new RunRobustness.Interval(String.format("33%010d", k), k + 1, k + 1.5, k + 1, k, k + 2);
    }

    @Test
    void everyUnitOfTheCountryIsFoundByTheIndex() {
        int n = 100_000;
        List<RunRobustness.Interval> list = new ArrayList<>(n);
        for (int k = 0; k < n; k++) list.add(interval(k));
        long start = System.nanoTime();
        RunRobustness r = new RunRobustness(7, 200, 1200, 0.5, list, List.of());
        for (int k = 0; k < n; k++) {
            String unit = String.format("33%010d", k);
            assertThat(r.interval(unit).orElseThrow().nominal()).isEqualTo(k + 1);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        // a scan per unit would compare 5·10⁹ codes: minutes, not the milliseconds of an index
        assertThat(ms).as("%d lookups in %d ms", n, ms).isLessThan(10_000);
        assertThat(r.interval("330000000000x")).isEmpty();
    }

    @Test
    void theListStaysInItsOrderUnmodifiableAndEqualToAPlainList() {
        List<RunRobustness.Interval> list = List.of(interval(2), interval(0), interval(1));
        RunRobustness r = new RunRobustness(7, 200, 1200, 0.5, list, List.of());
        assertThat(r.intervals()).containsExactlyElementsOf(list);
        assertThat(r.intervals()).isEqualTo(list);
        assertThat(r).isEqualTo(new RunRobustness(7, 200, 1200, 0.5, new ArrayList<>(list), List.of()));
        assertThatThrownBy(() -> r.intervals().add(interval(3))).isInstanceOf(UnsupportedOperationException.class);
        String json = JsonMapper.builder().build().writeValueAsString(r);
        assertThat(json).contains("\"intervals\":[{\"unit\":\"330000000002\"");
    }

    @Test
    void aUnitWithTwoIntervalsIsGivenTheFirstAsTheScanGaveIt() {
        RunRobustness.Interval first = new RunRobustness.Interval("330100000000", 1, 1, 1, 1, 1);
        RunRobustness.Interval second = new RunRobustness.Interval("330100000000", 9, 9, 9, 9, 9);
        RunRobustness r = new RunRobustness(1, 1, 1, 0, List.of(first, second), List.of());
        assertThat(r.interval("330100000000")).contains(first);
        RunRobustness copy = new RunRobustness(1, 1, 1, 0, r.intervals().subList(1, 2), List.of());
        assertThat(copy.interval("330100000000")).as("a copy of part of the list indexes its own intervals").contains(second);
    }
}
