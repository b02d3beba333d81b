package org.tongchou.app.targets;

/** How a proposed target was made. */
enum TargetMethod {
    /** typed on the targets page or sent through the API */
    ENTERED,
    /** read from a CSV or XLSX file */
    IMPORTED,
    /** extrapolated from the unit's approved history ({@link TrendProposer}) */
    TREND,
    /** a city target shared out between the towns ({@link CityShare}) */
    SHARED
}
