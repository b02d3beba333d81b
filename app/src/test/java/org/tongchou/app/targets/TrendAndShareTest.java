package org.tongchou.app.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The two ways of proposing targets from figures, against values computed by hand (shown in each label). */
class TrendAndShareTest {

    @Test
    void linearTrendIsTheLeastSquaresLineReadAtTheTargetYear() {
        // points (2021, 10), (2022, 12), (2023, 15), (2024, 17): x̄ = 2022.5, ȳ = 13.5, Sxy = 12, Sxx = 5, b = 2.4,
        // a = 13.5 − 2.4 · 2022.5, at 2025: 13.5 + 2.4 · 2.5 = 19.5 (hand computation)
        TrendProposer.Proposal p = TrendProposer.propose(List.of(new TrendProposer.Point(2022, 12), new TrendProposer.Point(2021, 10),
                new TrendProposer.Point(2024, 17), new TrendProposer.Point(2023, 15)), 2025, TrendProposer.Method.LINEAR);
        assertThat(p.value()).as("hand computation: 13.5 + 2.4 × 2.5").isCloseTo(19.5, within(1e-9));
        assertThat(p.basis()).contains("least squares").contains("2021: 10");
    }

    @Test
    void growthCarriesTheAverageCompoundGrowthOn() {
        // 100 in 2021, 121 in 2023: g = (121/100)^(1/2) − 1 = 10 %; 2025 = 121 · 1.1² = 146.41 (hand computation)
        TrendProposer.Proposal p = TrendProposer.propose(List.of(new TrendProposer.Point(2021, 100), new TrendProposer.Point(2022, 90),
                new TrendProposer.Point(2023, 121)), 2025, TrendProposer.Method.GROWTH);
        assertThat(p.value()).as("hand computation: 121 × 1.1²").isCloseTo(146.41, within(1e-9));
    }

    @Test
    void tooLittleHistoryOrNonPositiveValuesAreRefusedWithTheReason() {
        assertThat(TrendProposer.propose(List.of(new TrendProposer.Point(2024, 5)), 2025, TrendProposer.Method.LINEAR).problem())
                .contains("at least two years");
        assertThat(TrendProposer.propose(List.of(new TrendProposer.Point(2022, 5), new TrendProposer.Point(2025, 7)), 2025,
                TrendProposer.Method.LINEAR).problem()).as("the target year itself is not history").contains("found 1");
        assertThat(TrendProposer.propose(List.of(new TrendProposer.Point(2022, 0), new TrendProposer.Point(2024, 7)), 2025,
                TrendProposer.Method.GROWTH).problem()).contains("positive");
    }

    @Test
    void aCityTargetIsSharedByBaseValuesInWholeCentsThatAddUp() {
        Map<String, Double> base = new LinkedHashMap<>();
        base.put("a", 1.0);
        base.put("b", 1.0);
        base.put("c", 1.0);
        CityShare.Result r = CityShare.share(100, base);
        // 10,000 cents in thirds: 3,333 each, the one cent left goes to the first of the equal remainders (hand computation)
        assertThat(r.targets()).containsExactly(Map.entry("a", 33.34), Map.entry("b", 33.33), Map.entry("c", 33.33));
        base.put("c", 2.0);
        r = CityShare.share(1000, base);
        assertThat(r.targets().values().stream().mapToDouble(Double::doubleValue).sum()).as("adds up to the city target").isCloseTo(1000, within(1e-9));
        assertThat(r.targets().get("c")).as("1000 × 2/4").isEqualTo(500.0);
    }

    @Test
    void aMissingNegativeOrAllZeroBaseIsRefusedNamingTheTowns() {
        Map<String, Double> base = new LinkedHashMap<>();
        base.put("杨舍镇", null);
        base.put("塘桥镇", -1.0);
        assertThat(CityShare.share(10, base).problems()).containsExactly("杨舍镇 has no approved base value", "塘桥镇 has a negative base value -1.0");
        assertThat(CityShare.share(10, Map.of("x", 0.0)).problems()).containsExactly("the base values add up to zero: no proportion to share by");
    }
}
