package org.tongchou.app.demo;

import static org.tongchou.app.demo.DemoQuantity.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates the synthetic demo data of Zhangjiagang: for every year and every township unit valid in
 * that year, one value of every {@link DemoQuantity}.
 *
 * <p>City totals that are published ({@link CityFacts}: resident population, urbanisation, GDP, public
 * budget revenue) are split over the units valid in the year in proportion to each unit's weight —
 * its 2016 size ({@link TownProfile}) times its own trend times noise — so the towns add up to the
 * city figure (up to rounding). Everything else follows from the unit's profile, the city trend and
 * noise. Noise is {@link DeterministicNoise} with a fixed seed: the same input gives the same data.
 *
 * <p>金港镇 is generated as its three 2021 successors (金港街道, 后塍街道, 德积街道) and, in the years it
 * exists, reported as their sum (additive quantities) or their population-weighted mean (rates and
 * means). So the demo history of the successors is exactly the apportioned history of 金港镇 with
 * the population shares of {@link TownProfiles}, which the comparable-series test relies on.
 */
final class DemoDataGenerator {
    static final long SEED = 20_040_317L;

    private final DeterministicNoise noise;

    DemoDataGenerator(long seed) {
        this.noise = new DeterministicNoise(seed);
    }

    DemoDataGenerator() {
        this(SEED);
    }

    /** Generates with the split of 金港镇 as the units feature proposes it from the lists (streets only). */
    DemoDataset generate(Map<Integer, List<DemoTown>> townsByYear) {
        return generate(townsByYear, DemoSplit.STREETS_ONLY);
    }

    DemoDataset generate(Map<Integer, List<DemoTown>> townsByYear, DemoSplit split) {
        List<DemoValue> out = new ArrayList<>();
        List<TownProfile> parts = TownProfiles.jingangParts(split);
        townsByYear.forEach((year, towns) -> generateYear(year, towns, split, parts, out));
        return new DemoDataset(out);
    }

    /** A territory generated on its own: a unit, or one of the parts of 金港镇. */
    private record Territory(TownProfile profile, int villageCommittees) {
    }

    private void generateYear(int year, List<DemoTown> towns, DemoSplit split, List<TownProfile> parts,
            List<DemoValue> out) {
        Map<String, TownProfile> partByCode = new LinkedHashMap<>();
        parts.forEach(p -> partByCode.put(p.code(), p));
        boolean beforeSplit = towns.stream().anyMatch(t -> t.code().equals(TownProfiles.JINGANG_TOWN));
        List<Territory> territories = new ArrayList<>();
        Map<String, List<String>> territoriesOfUnit = new LinkedHashMap<>();
        for (DemoTown t : towns) {
            List<String> codes = new ArrayList<>();
            if (t.code().equals(TownProfiles.JINGANG_TOWN)) {
                int assigned = 0;
                for (int i = 0; i < parts.size(); i++) {
                    TownProfile p = parts.get(i);
                    int vc = i < parts.size() - 1 ? (int) Math.round(t.villageCommittees() * p.population2016()
                            / parts.stream().mapToDouble(TownProfile::population2016).sum()) : t.villageCommittees() - assigned;
                    assigned += vc;
                    territories.add(new Territory(p, vc));
                    codes.add(p.code());
                }
            } else if (split.isNewSuccessor(t.code())) {
                territories.add(new Territory(partByCode.get(t.code()), t.villageCommittees()));
                codes.add(t.code());
            } else {
                TownProfile own = TownProfiles.forCode(t.code()).orElseGet(() -> TownProfiles.generic(t.code(), t.name()));
                territories.add(new Territory(own, t.villageCommittees()));
                codes.add(t.code());
                TownProfile transfer = partByCode.get(TownProfiles.transferCode(t.code()));
                if (transfer != null && !beforeSplit) {
                    territories.add(new Territory(transfer, 0));
                    codes.add(transfer.code());
                }
            }
            territoriesOfUnit.put(t.code(), codes);
        }
        Map<String, Map<DemoQuantity, Double>> values = new LinkedHashMap<>();
        for (Territory t : territories) values.put(t.profile().code(), new EnumMap<>(DemoQuantity.class));
        distributeCityTotals(year, territories, values);
        for (Territory t : territories) deriveTheRest(year, t, values.get(t.profile().code()));
        territoriesOfUnit.forEach((unit, codes) -> {
            Map<DemoQuantity, Double> v = codes.size() == 1 ? values.get(codes.get(0))
                    : combine(codes.stream().map(values::get).toList());
            v.forEach((q, x) -> out.add(new DemoValue(unit, q, year, x)));
        });
    }

    private void distributeCityTotals(int year, List<Territory> territories, Map<String, Map<DemoQuantity, Double>> values) {
        int t = year - CityFacts.FIRST_YEAR;
        Map<String, Double> popWeight = new LinkedHashMap<>();
        Map<String, Double> gdpWeight = new LinkedHashMap<>();
        for (Territory ter : territories) {
            TownProfile p = ter.profile();
            popWeight.put(p.code(), p.population2016() * Math.pow(1 + p.populationDrift(), t)
                    * Math.exp(0.01 * noise.normal(p.code(), RESIDENT_POPULATION, year)));
            // the better-run towns grow a little faster: the model town pulls ahead over the decade
            double growth = (p.performance() - 0.7) * 0.03;
            gdpWeight.put(p.code(), p.gdp2016() * Math.pow(1 + growth, t) * Math.exp(0.03 * noise.normal(p.code(), GDP, year)));
        }
        split(popWeight, CityFacts.population(year), RESIDENT_POPULATION, values, true);
        split(gdpWeight, CityFacts.gdp(year), GDP, values, false);

        Map<String, Double> urbanWeight = new LinkedHashMap<>();
        Map<String, Double> budgetWeight = new LinkedHashMap<>();
        for (Territory ter : territories) {
            TownProfile p = ter.profile();
            Map<DemoQuantity, Double> v = values.get(p.code());
            double rate = clamp(CityFacts.urbanisation(year) + p.urbanOffset()
                    + 0.8 * noise.normal(p.code(), URBAN_POPULATION, year), 15, 97);
            urbanWeight.put(p.code(), v.get(RESIDENT_POPULATION) * rate / 100);
            budgetWeight.put(p.code(), v.get(GDP) * (0.07 + 0.03 * p.servicesShare() / 50)
                    * Math.exp(0.04 * noise.normal(p.code(), BUDGET_REVENUE, year)));
        }
        double cityUrban = CityFacts.population(year) * CityFacts.urbanisation(year) / 100;
        split(urbanWeight, cityUrban, URBAN_POPULATION, values, true);
        split(budgetWeight, CityFacts.budgetRevenue(year), BUDGET_REVENUE, values, false);
    }

    /** Splits {@code total} in proportion to the weights; counts of persons are rounded to whole numbers. */
    private static void split(Map<String, Double> weights, double total, DemoQuantity q,
            Map<String, Map<DemoQuantity, Double>> values, boolean whole) {
        double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        weights.forEach((code, w) -> {
            double x = total * w / sum;
            values.get(code).put(q, whole ? Math.round(x) : round2(x));
        });
    }

    private void deriveTheRest(int year, Territory ter, Map<DemoQuantity, Double> v) {
        TownProfile p = ter.profile();
        String c = p.code();
        int t = year - CityFacts.FIRST_YEAR;
        double perf = p.performance();
        double pop = v.get(RESIDENT_POPULATION);
        double urban = Math.min(v.get(URBAN_POPULATION), pop);
        v.put(URBAN_POPULATION, urban);
        double urbanRate = pop == 0 ? 0 : urban / pop * 100;
        double gdp = v.get(GDP);

        v.put(LAND_AREA, p.areaKm2());
        v.put(INDUSTRIAL_OUTPUT_ABOVE_SCALE, round2(gdp * p.industryRatio() * (1 + 0.02 * t) * e(0.04, c, INDUSTRIAL_OUTPUT_ABOVE_SCALE, year)));
        v.put(SERVICES_VALUE_ADDED, round2(gdp * clamp(p.servicesShare() + 0.6 * t + n(c, SERVICES_VALUE_ADDED, year), 5, 85) / 100));
        double enterprises = Math.round(gdp * 5 * e(0.05, c, INDUSTRIAL_ENTERPRISES, year));
        v.put(INDUSTRIAL_ENTERPRISES, enterprises);
        double parkShare = clamp(p.parkShare2016() + 2.0 * t * (0.5 + perf) + n(c, PARK_ENTERPRISES, year), 0, 99.5);
        v.put(PARK_ENTERPRISES, (double) Math.round(enterprises * parkShare / 100));
        double ruralHouseholds = Math.round((pop - urban) / 2.6 + pop * 0.02);
        v.put(RURAL_HOUSEHOLDS, ruralHouseholds);
        double communityShare = clamp(p.communityShare2016() + 2.5 * t * (0.5 + perf) + n(c, COMMUNITY_HOUSEHOLDS, year), 0, 99);
        v.put(COMMUNITY_HOUSEHOLDS, (double) Math.round(ruralHouseholds * communityShare / 100));

        double fai = gdp * 0.32 * (1 + (perf - 0.7) * 0.5) * e(0.08, c, FIXED_ASSET_INVESTMENT, year);
        v.put(FIXED_ASSET_INVESTMENT, round2(fai));
        v.put(INDUSTRIAL_INVESTMENT, round2(fai * clamp(0.45 + 0.05 * n(c, INDUSTRIAL_INVESTMENT, year)
                + (p.industryRatio() - 1.5) * 0.1, 0.1, 0.8)));
        v.put(NEW_PROJECTS_OVER_100M, (double) Math.round(fai / 8 * e(0.2, c, NEW_PROJECTS_OVER_100M, year)));
        v.put(FOREIGN_INVESTMENT_USED, round2(gdp * 35 * e(0.15, c, FOREIGN_INVESTMENT_USED, year)));

        double builtUp = round2(p.areaKm2() * clamp(urbanRate / 100 * 0.45 + 0.05 + 0.004 * t, 0.05, 0.95));
        v.put(BUILT_UP_AREA, builtUp);
        v.put(STANDARD_FACTORY_FLOOR_AREA, round2(gdp * 0.25 * (1 + 0.03 * t) * (1 + (perf - 0.7))
                * e(0.1, c, STANDARD_FACTORY_FLOOR_AREA, year)));
        v.put(CONSTRUCTION_LAND_AREA, round2(p.areaKm2() * clamp(0.30 + urbanRate / 100 * 0.25 + 0.003 * t, 0.1, 0.9)));
        v.put(RECLAIMED_LAND, round2(p.areaKm2() * 0.4 * (0.5 + perf) * e(0.3, c, RECLAIMED_LAND, year)));
        v.put(VILLAGE_COMMITTEES, (double) ter.villageCommittees());
        v.put(VILLAGE_COLLECTIVE_INCOME, round2(ter.villageCommittees() * 900 * p.incomeFactor()
                * Math.pow(1.07, t) * e(0.08, c, VILLAGE_COLLECTIVE_INCOME, year)));
        double farmland = p.areaKm2() * 100 * clamp(0.55 - urbanRate / 100 * 0.45, 0.02, 0.6);
        v.put(FARMLAND_AREA, round2(farmland));
        v.put(SCALE_OPERATED_FARMLAND, round2(farmland * clamp(0.70 + 0.02 * t + 0.1 * (perf - 0.7)
                + 0.02 * n(c, SCALE_OPERATED_FARMLAND, year), 0, 0.98)));

        v.put(TAP_WATER_COVERAGE, round2(clamp(99.0 + 0.1 * t + 0.3 * n(c, TAP_WATER_COVERAGE, year), 90, 100)));
        v.put(GAS_COVERAGE, round2(clamp(85 + p.urbanOffset() * 0.5 + 1.2 * t + n(c, GAS_COVERAGE, year), 40, 100)));
        v.put(GREEN_AREA, round2(builtUp * clamp(38 + 0.4 * t + 1.5 * n(c, GREEN_AREA, year) + 3 * (perf - 0.7), 25, 50) / 100));
        double urbanIncome = CityFacts.urbanIncome(year) * p.incomeFactor() * e(0.015, c, URBAN_DISPOSABLE_INCOME, year);
        v.put(URBAN_DISPOSABLE_INCOME, (double) Math.round(urbanIncome));
        v.put(RURAL_DISPOSABLE_INCOME, (double) Math.round(CityFacts.urbanIncome(year) / CityFacts.incomeRatio(year)
                * Math.sqrt(p.incomeFactor()) * e(0.015, c, RURAL_DISPOSABLE_INCOME, year)));
        v.put(PENSION_COVERAGE, round2(clamp(96 + 0.3 * t + 0.5 * n(c, PENSION_COVERAGE, year), 85, 99.9)));
        v.put(MEDICAL_COVERAGE, round2(clamp(98 + 0.15 * t + 0.3 * n(c, MEDICAL_COVERAGE, year), 90, 99.9)));
        v.put(UNEMPLOYMENT_RATE, round2(clamp(2.2 - 0.05 * t - (perf - 0.7) + 0.15 * n(c, UNEMPLOYMENT_RATE, year), 0.8, 4.5)));
        v.put(TARGET_COMPLETION_RATE, round2(clamp(85 + 25 * (perf - 0.6) + 3 * n(c, TARGET_COMPLETION_RATE, year), 60, 115)));
        // commitments made at the yearly on-site meeting: more in bigger towns, kept on time by the better-run
        double due = Math.max(3, Math.round(6 + pop / 40_000 + n(c, COMMITMENTS_DUE, year)));
        v.put(COMMITMENTS_DUE, due);
        v.put(COMMITMENTS_DONE_ON_TIME, (double) Math.round(due
                * clamp(0.70 + 0.4 * (perf - 0.6) + 0.04 * n(c, COMMITMENTS_DONE_ON_TIME, year), 0.3, 1.0)));
        v.put(SATISFACTION_SCORE, round2(clamp(80 + 15 * (perf - 0.6) + 2 * n(c, SATISFACTION_SCORE, year), 60, 99)));
    }

    /** A unit made of several territories: sums of additive quantities, population-weighted means of the others. */
    private static Map<DemoQuantity, Double> combine(List<Map<DemoQuantity, Double>> parts) {
        Map<DemoQuantity, Double> out = new EnumMap<>(DemoQuantity.class);
        double pop = parts.stream().mapToDouble(m -> m.get(RESIDENT_POPULATION)).sum();
        for (DemoQuantity q : DemoQuantity.values()) {
            if (q.additive) {
                out.put(q, round2(parts.stream().mapToDouble(m -> m.get(q)).sum()));
            } else {
                out.put(q, round2(parts.stream().mapToDouble(m -> m.get(q) * m.get(RESIDENT_POPULATION)).sum() / pop));
            }
        }
        return out;
    }

    private double n(String code, DemoQuantity q, int year) {
        return noise.normal(code, q, year);
    }

    private double e(double sd, String code, DemoQuantity q, int year) {
        return Math.exp(sd * noise.normal(code, q, year));
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }

    private static double round2(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
