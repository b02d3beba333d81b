package org.tongchou.app.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongchou.app.units.ChangeKind;
import org.tongchou.app.units.ProposedChange;
import org.tongchou.app.units.UnitLevel;

/** A proposed change laid over a stored history, in memory: series as they would be after it. */
class ProposedBoundaryHistoryTest {
    private static final LocalDate DAY = LocalDate.of(2022, 1, 1);
    private final InMemoryHistory h = new InMemoryHistory();
    private HistoricUnit a;
    private HistoricUnit b;

    @BeforeEach
    void history() {
        h.indicator(new SeriesIndicator("pop", SeriesAggregation.SUM, null, Set.of(), null));
        h.indicator(new SeriesIndicator("urban", SeriesAggregation.SUM, null, Set.of(), null));
        h.indicator(new SeriesIndicator("rate", SeriesAggregation.RECOMPUTE, null, Set.of("pop", "urban"),
                in -> in.get("urban") / in.get("pop") * 100));
        a = h.unit("990101001", "甲镇", LocalDate.of(2015, 1, 1), null);
        b = h.unit("990101002", "乙镇", LocalDate.of(2015, 1, 1), null);
        for (int y = 2019; y <= 2021; y++) {
            h.value(a, "pop", y, 10_000);
            h.value(a, "urban", y, 6_000);
            h.value(b, "pop", y, 5_000);
            h.value(b, "urban", y, 1_000);
        }
    }

    private ComparableSeries series(ProposedChange change, String indicator, String code) {
        ProposedBoundaryHistory over = new ProposedBoundaryHistory(h, change);
        List<SeriesPeriod> years = IntStream.rangeClosed(2019, 2022).mapToObj(SeriesPeriod::year).toList();
        HistoricUnit unit = over.unitByCode(code, DAY).orElseThrow();
        return new SeriesCalculator(over, h, h).compute(indicator, unit, years, ReferenceDay.PERIOD_END);
    }

    private static ProposedChange.Successor successor(String code, String name, Map<String, Double> shares) {
        return new ProposedChange.Successor(code, name, UnitLevel.TOWNSHIP, "990101", false, shares);
    }

    @Test
    void splitSuccessorsGetTheirShareAndRatiosAreRecomputed() {
        ProposedChange split = new ProposedChange(ChangeKind.SPLIT, DAY, "n", List.of(new ProposedChange.Predecessor("990101001", "甲镇")),
                List.of(successor("990101011", "甲东", Map.of("990101001", 0.6)), successor("990101012", "甲西", Map.of("990101001", 0.4))));
        ComparableSeries east = series(split, "pop", "990101011");
        assertThat(east.points().get(0).value()).isEqualTo(6_000.0);
        assertThat(east.points().get(0).method()).isEqualTo(SeriesMethod.APPORTIONED_FROM);
        assertThat(east.points().get(0).derivation()).isEqualTo("APPORTIONED_FROM 990101001 甲镇 × 0.6");
        assertThat(east.points().get(3).method()).as("no values yet for the new unit").isEqualTo(SeriesMethod.MISSING);
        ComparableSeries rate = series(split, "rate", "990101012");
        assertThat(rate.points().get(2).value()).isEqualTo(60.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(rate.points().get(2).method()).isEqualTo(SeriesMethod.RECOMPUTED_FROM_COMPONENTS);
        // the stored history itself is untouched
        assertThat(h.unit(a.id()).validTo()).isNull();
        assertThat(h.linksOutOf(a.id())).isEmpty();
    }

    @Test
    void mergeSumsThePredecessorsAndTheRateIsWeightedByItsComponents() {
        ProposedChange merge = new ProposedChange(ChangeKind.MERGE, DAY, "n",
                List.of(new ProposedChange.Predecessor("990101001", "甲镇"), new ProposedChange.Predecessor("990101002", "乙镇")),
                List.of(successor("990101021", "甲乙镇", Map.of())));
        ComparableSeries pop = series(merge, "pop", "990101021");
        assertThat(pop.points().get(1).value()).isEqualTo(15_000.0);
        assertThat(pop.points().get(1).method()).isEqualTo(SeriesMethod.SUM_OF_PREDECESSORS);
        ComparableSeries rate = series(merge, "rate", "990101021");
        assertThat(rate.points().get(1).value()).as("7,000 of 15,000, not the mean of 60 and 20")
                .isEqualTo(7_000.0 / 15_000 * 100, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void anExistingTownThatAbsorbsAnotherCarriesItsHistoryToo() {
        ProposedChange absorb = new ProposedChange(ChangeKind.MERGE, DAY, "n", List.of(new ProposedChange.Predecessor("990101001", "甲镇")),
                List.of(new ProposedChange.Successor("990101002", "乙镇", UnitLevel.TOWNSHIP, null, true, Map.of("990101001", 1.0))));
        ComparableSeries pop = series(absorb, "pop", "990101002");
        assertThat(pop.points().get(1).value()).as("乙镇 on its boundaries after absorbing 甲镇").isEqualTo(15_000.0);
    }

    @Test
    void aRenameKeepingTheCodeIsTheSameHistory() {
        ProposedChange rename = new ProposedChange(ChangeKind.RENAME, DAY, "n", List.of(new ProposedChange.Predecessor("990101001", "甲镇")),
                List.of(successor("990101001", "甲街道", Map.of())));
        ComparableSeries pop = series(rename, "pop", "990101001");
        assertThat(pop.unitName()).isEqualTo("甲街道");
        assertThat(pop.points().get(2).value()).isEqualTo(10_000.0);
    }
}
