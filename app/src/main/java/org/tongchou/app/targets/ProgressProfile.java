package org.tongchou.app.targets;

/**
 * What "time elapsed" (时序进度) means for a cumulative indicator: an explicit choice on the page and in
 * the API, never a silent default.
 */
public enum ProgressProfile {
    /** by month m, m / 12 of the year (a quarterly indicator: q / 4); the projection is the run rate C · 12 / m */
    LINEAR,
    /**
     * the share of the annual total a unit reached by the same point in its past years (mean over the
     * complete past years within the window); the projection is C / share
     */
    SEASONAL
}
