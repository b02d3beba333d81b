package org.tongchou.app.demo;

import static org.tongchou.app.demo.DemoQuantity.*;

import java.util.List;
import java.util.Optional;

/**
 * Which generated quantity feeds which raw indicator of the default framework
 * (app/src/main/resources/frameworks/default.yml), and the factor from the generator's unit to the
 * indicator's (亿元 → 万元 × 10,000; hectares → 亩 × 15). Derived indicators are not fed: they are
 * computed from their formulas.
 */
final class DemoIndicatorMapping {
    private static final double YI_TO_WAN = 10_000;
    private static final double HECTARE_TO_MU = 15;

    /** One raw indicator fed from a quantity. */
    record Feed(String indicatorCode, DemoQuantity quantity, double factor) {
    }

    static final List<Feed> FEEDS = List.of(
            new Feed("park_enterprises", PARK_ENTERPRISES, 1),
            new Feed("industrial_enterprises", INDUSTRIAL_ENTERPRISES, 1),
            new Feed("urban_resident_population", URBAN_POPULATION, 1),
            new Feed("resident_population", RESIDENT_POPULATION, 1),
            new Feed("community_households", COMMUNITY_HOUSEHOLDS, 1),
            new Feed("rural_households", RURAL_HOUSEHOLDS, 1),
            new Feed("gdp", GDP, YI_TO_WAN),
            new Feed("budget_revenue", BUDGET_REVENUE, YI_TO_WAN),
            new Feed("industrial_output_above_scale", INDUSTRIAL_OUTPUT_ABOVE_SCALE, YI_TO_WAN),
            new Feed("fixed_asset_investment", FIXED_ASSET_INVESTMENT, YI_TO_WAN),
            new Feed("industrial_investment", INDUSTRIAL_INVESTMENT, YI_TO_WAN),
            new Feed("new_projects_over_100m", NEW_PROJECTS_OVER_100M, 1),
            new Feed("foreign_investment_used", FOREIGN_INVESTMENT_USED, 1),
            new Feed("services_value_added", SERVICES_VALUE_ADDED, YI_TO_WAN),
            new Feed("built_up_area", BUILT_UP_AREA, 1),
            new Feed("standard_factory_area", STANDARD_FACTORY_FLOOR_AREA, 1),
            new Feed("tap_water_coverage", TAP_WATER_COVERAGE, 1),
            new Feed("gas_coverage", GAS_COVERAGE, 1),
            new Feed("green_area", GREEN_AREA, 1),
            new Feed("construction_land", CONSTRUCTION_LAND_AREA, 1),
            new Feed("reclaimed_land", RECLAIMED_LAND, HECTARE_TO_MU),
            new Feed("village_collective_income", VILLAGE_COLLECTIVE_INCOME, 1),
            new Feed("villages", VILLAGE_COMMITTEES, 1),
            new Feed("farmland", FARMLAND_AREA, HECTARE_TO_MU),
            new Feed("scale_farmland", SCALE_OPERATED_FARMLAND, HECTARE_TO_MU),
            new Feed("urban_disposable_income", URBAN_DISPOSABLE_INCOME, 1),
            new Feed("rural_disposable_income", RURAL_DISPOSABLE_INCOME, 1),
            new Feed("pension_coverage", PENSION_COVERAGE, 1),
            new Feed("medical_coverage", MEDICAL_COVERAGE, 1),
            new Feed("registered_unemployment_rate", UNEMPLOYMENT_RATE, 1),
            new Feed("target_completion_rate", TARGET_COMPLETION_RATE, 1),
            new Feed("commitments_due", COMMITMENTS_DUE, 1),
            new Feed("commitments_done_on_time", COMMITMENTS_DONE_ON_TIME, 1),
            new Feed("satisfaction_score", SATISFACTION_SCORE, 1));

    private DemoIndicatorMapping() {
    }

    static Optional<Feed> feed(String indicatorCode) {
        return FEEDS.stream().filter(f -> f.indicatorCode().equals(indicatorCode)).findFirst();
    }
}
