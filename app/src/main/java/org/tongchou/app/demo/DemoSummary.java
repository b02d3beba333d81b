package org.tongchou.app.demo;

/**
 * What loading the demo city did.
 *
 * @param alreadyLoaded  the city and its data were there and nothing was done
 * @param unitsAdded     unit versions created (townships, villages, the successors of changes)
 * @param changeEvents   change events recorded between the 2016 and 2023 lists
 * @param townshipYears  township units × years that received values
 * @param valuesInserted values stored that were not there
 * @param valuesUnchanged values that were already there as generated
 * @param targets        2025 targets set
 * @param seconds        wall time
 */
public record DemoSummary(boolean alreadyLoaded, int unitsAdded, int changeEvents, int townshipYears, long valuesInserted,
        long valuesUnchanged, int targets, double seconds) {

    public String describe() {
        if (alreadyLoaded) return "demo city 张家港市 (320582) already loaded; nothing to do (use --reset to reload)";
        return String.format("demo city 张家港市 (320582): %,d unit versions, %,d change events; %,d township-years of synthetic data:"
                + " %,d values stored, %,d already there; %,d targets for %d (%.1f s)", unitsAdded, changeEvents, townshipYears,
                valuesInserted, valuesUnchanged, targets, DemoService.TARGET_YEAR, seconds);
    }
}
