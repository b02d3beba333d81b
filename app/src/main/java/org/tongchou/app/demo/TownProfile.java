package org.tongchou.app.demo;

/**
 * The fixed character of one township unit in the demo: its size in 2016 and how it differs from the
 * city average. Real where docs/demo.md cites a source (areas, the populations and GDP of a few
 * towns); otherwise a synthetic assumption chosen to be plausible.
 *
 * @param population2016   resident population 2016 before scaling to the city total
 * @param gdp2016          GDP 2016 in 100 million CNY before scaling to the city total
 * @param areaKm2          land area
 * @param populationDrift  yearly change of the town's share of the city population (relative)
 * @param urbanOffset      urbanisation rate minus the city's, percentage points
 * @param parkShare2016    share of industrial enterprises located in parks in 2016, %
 * @param communityShare2016 share of rural households living in planned communities in 2016, %
 * @param servicesShare    share of services in value added, %
 * @param industryRatio    output of industry above designated size ÷ GDP
 * @param incomeFactor     disposable income relative to the city's
 * @param performance      cadre performance in [0, 1] (target completion, commitments, satisfaction)
 */
record TownProfile(String code, String name, double population2016, double gdp2016, double areaKm2,
        double populationDrift, double urbanOffset, double parkShare2016, double communityShare2016,
        double servicesShare, double industryRatio, double incomeFactor, double performance) {

    /** This town's part with the given fraction of population, GDP and area (for the 2021 split of 金港镇). */
    TownProfile part(String partCode, String partName, double populationShare, double gdpShare, double areaKm2,
            double urbanOffsetDelta, double performanceDelta) {
        return new TownProfile(partCode, partName, population2016 * populationShare, gdp2016 * gdpShare, areaKm2,
                populationDrift, urbanOffset + urbanOffsetDelta, parkShare2016, communityShare2016, servicesShare,
                industryRatio, incomeFactor, Math.min(1, performance + performanceDelta));
    }
}
