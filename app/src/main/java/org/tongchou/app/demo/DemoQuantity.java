package org.tongchou.app.demo;

/**
 * The quantities the demo generator produces for every township unit and year; each raw indicator of
 * the default framework is fed from one of them ({@link DemoIndicatorMapping}). {@code additive}
 * quantities add up over units (a town made of parts is the sum of its parts); the others are means
 * or rates, combined over parts weighted by resident population.
 */
enum DemoQuantity {
    RESIDENT_POPULATION("persons", true),
    URBAN_POPULATION("persons", true),
    LAND_AREA("km²", true),
    GDP("100 million CNY", true),
    BUDGET_REVENUE("100 million CNY", true),
    INDUSTRIAL_OUTPUT_ABOVE_SCALE("100 million CNY", true),
    SERVICES_VALUE_ADDED("100 million CNY", true),
    INDUSTRIAL_ENTERPRISES("enterprises", true),
    PARK_ENTERPRISES("enterprises", true),
    RURAL_HOUSEHOLDS("households", true),
    COMMUNITY_HOUSEHOLDS("households", true),
    FIXED_ASSET_INVESTMENT("100 million CNY", true),
    INDUSTRIAL_INVESTMENT("100 million CNY", true),
    NEW_PROJECTS_OVER_100M("projects", true),
    FOREIGN_INVESTMENT_USED("10 thousand USD", true),
    BUILT_UP_AREA("km²", true),
    STANDARD_FACTORY_FLOOR_AREA("10 thousand m²", true),
    CONSTRUCTION_LAND_AREA("km²", true),
    RECLAIMED_LAND("hectares", true),
    VILLAGE_COLLECTIVE_INCOME("10 thousand CNY", true),
    VILLAGE_COMMITTEES("villages", true),
    FARMLAND_AREA("hectares", true),
    SCALE_OPERATED_FARMLAND("hectares", true),
    TAP_WATER_COVERAGE("%", false),
    GAS_COVERAGE("%", false),
    GREEN_AREA("km²", true),
    URBAN_DISPOSABLE_INCOME("CNY per person", false),
    RURAL_DISPOSABLE_INCOME("CNY per person", false),
    PENSION_COVERAGE("%", false),
    MEDICAL_COVERAGE("%", false),
    UNEMPLOYMENT_RATE("%", false),
    TARGET_COMPLETION_RATE("%", false),
    COMMITMENTS_DUE("commitments", true),
    COMMITMENTS_DONE_ON_TIME("commitments", true),
    SATISFACTION_SCORE("points (0-100)", false);

    final String unitOfMeasure;
    final boolean additive;

    DemoQuantity(String unitOfMeasure, boolean additive) {
        this.unitOfMeasure = unitOfMeasure;
        this.additive = additive;
    }
}
