package org.tongchou.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.tongchou.app.demo.DemoQuantity.*;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Internal consistency of the synthetic demo data; needs nothing outside the repository. */
class DemoDataGeneratorTest {
    final Map<Integer, List<DemoTown>> layout = DemoLayouts.zhangjiagang();
    final DemoDataset data = new DemoDataGenerator().generate(layout);

    @Test
    void sameSeedSameData() {
        assertThat(new DemoDataGenerator().generate(layout).values()).isEqualTo(data.values());
        assertThat(new DemoDataGenerator(1).generate(layout).values()).isNotEqualTo(data.values());
    }

    @Test
    void everyUnitHasEveryQuantityEveryYear() {
        int expected = layout.values().stream().mapToInt(List::size).sum() * DemoQuantity.values().length;
        assertThat(data.values()).hasSize(expected);
        assertThat(data.values()).allSatisfy(v -> assertThat(Double.isFinite(v.value())).isTrue());
    }

    @Test
    void townsAddUpToTheCityTotals() {
        for (int y = 2016; y <= 2025; y++) {
            assertThat(data.total(RESIDENT_POPULATION, y)).as("population %d, CityFacts", y)
                    .isCloseTo(CityFacts.population(y), within(CityFacts.population(y) * 1e-4));
            assertThat(data.total(URBAN_POPULATION, y) / data.total(RESIDENT_POPULATION, y) * 100)
                    .as("urbanisation %d, CityFacts", y).isCloseTo(CityFacts.urbanisation(y), within(0.05));
            assertThat(data.total(GDP, y)).as("GDP %d, CityFacts", y).isCloseTo(CityFacts.gdp(y), within(0.5));
            assertThat(data.total(BUDGET_REVENUE, y)).as("budget %d", y).isCloseTo(CityFacts.budgetRevenue(y), within(0.5));
        }
    }

    @Test
    void ratiosAreInPlausibleRanges() {
        for (Map.Entry<Integer, List<DemoTown>> e : layout.entrySet()) {
            for (DemoTown t : e.getValue()) {
                int y = e.getKey();
                double pop = data.value(t.code(), RESIDENT_POPULATION, y).orElseThrow();
                double urban = data.value(t.code(), URBAN_POPULATION, y).orElseThrow();
                assertThat(urban).as("urban ≤ resident, %s %d", t.name(), y).isLessThanOrEqualTo(pop);
                assertThat(data.value(t.code(), PARK_ENTERPRISES, y).orElseThrow())
                        .isLessThanOrEqualTo(data.value(t.code(), INDUSTRIAL_ENTERPRISES, y).orElseThrow());
                assertThat(data.value(t.code(), COMMUNITY_HOUSEHOLDS, y).orElseThrow())
                        .isLessThanOrEqualTo(data.value(t.code(), RURAL_HOUSEHOLDS, y).orElseThrow());
                assertThat(data.value(t.code(), SCALE_OPERATED_FARMLAND, y).orElseThrow())
                        .isLessThanOrEqualTo(data.value(t.code(), FARMLAND_AREA, y).orElseThrow());
                assertThat(data.value(t.code(), INDUSTRIAL_INVESTMENT, y).orElseThrow())
                        .isLessThanOrEqualTo(data.value(t.code(), FIXED_ASSET_INVESTMENT, y).orElseThrow());
                double ratio = data.value(t.code(), URBAN_DISPOSABLE_INCOME, y).orElseThrow()
                        / data.value(t.code(), RURAL_DISPOSABLE_INCOME, y).orElseThrow();
                assertThat(ratio).as("urban-rural income ratio %s %d", t.name(), y).isBetween(1.3, 2.2);
                assertThat(data.value(t.code(), UNEMPLOYMENT_RATE, y).orElseThrow()).isBetween(0.8, 4.5);
            }
        }
    }

    @Test
    void yangsheIsTheLargestTownAndTownsDiffer() {
        for (int y : List.of(2016, 2020, 2025)) {
            int year = y;
            DemoTown largest = layout.get(y).stream()
                    .max(Comparator.comparingDouble(t -> data.value(t.code(), GDP, year).orElseThrow())).orElseThrow();
            assertThat(largest.name()).as("largest GDP %d", y).isEqualTo("杨舍镇");
        }
        double yangshe = data.value("320582100", GDP, 2020).orElseThrow() / data.value("320582100", RESIDENT_POPULATION, 2020).orElseThrow();
        double nanfeng = data.value("320582106", GDP, 2020).orElseThrow() / data.value("320582106", RESIDENT_POPULATION, 2020).orElseThrow();
        assertThat(yangshe / nanfeng).as("GDP per capita 杨舍 vs 南丰").isGreaterThan(1.1);
    }

    @Test
    void jingangTownIsTheSumOfItsLaterParts() {
        // the generator models 金港镇 as its three successors throughout, so its 2020 GDP equals the parts
        // generated for 2020 under the 2023 layout
        Map<Integer, List<DemoTown>> both = Map.of(2020, DemoLayouts.LIST_2023);
        DemoDataset parts = new DemoDataGenerator().generate(both);
        double sum = parts.value("320582001", GDP, 2020).orElseThrow() + parts.value("320582002", GDP, 2020).orElseThrow()
                + parts.value("320582003", GDP, 2020).orElseThrow();
        assertThat(data.value("320582102", GDP, 2020).orElseThrow())
                .as("金港镇 2020 = Σ parts (the other units are the same in both layouts but for the farms)")
                .isCloseTo(sum, within(sum * 0.01));
    }

    @Test
    void partTakenOverByAnExistingUnitMovesWithTheSplit() {
        // the real split: 4 of 金港镇's village-level units went to 双山岛旅游度假区 (share 0.08)
        DemoSplit real = new DemoSplit(java.util.Map.of("320582001", 0.48, "320582002", 0.22, "320582003", 0.22,
                "320582407", 0.08), java.util.Set.of("320582407"));
        DemoDataset d = new DemoDataGenerator().generate(layout, real);
        for (int y = 2016; y <= 2025; y++) {
            assertThat(d.total(RESIDENT_POPULATION, y)).as("population %d", y)
                    .isCloseTo(CityFacts.population(y), within(CityFacts.population(y) * 1e-4));
        }
        double before = d.value("320582407", RESIDENT_POPULATION, 2020).orElseThrow();
        double after = d.value("320582407", RESIDENT_POPULATION, 2021).orElseThrow();
        double jingang2020 = d.value("320582102", RESIDENT_POPULATION, 2020).orElseThrow();
        assertThat(after - before).as("双山岛 gains about 8 %% of 金港镇").isCloseTo(0.08 * jingang2020, within(0.02 * jingang2020));
        assertThat(d.value("320582102", LAND_AREA, 2020).orElseThrow()).as("金港镇 135 km²").isCloseTo(135.0, within(0.01));
    }
}
