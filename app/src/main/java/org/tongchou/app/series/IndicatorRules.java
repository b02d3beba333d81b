package org.tongchou.app.series;

/** Looks up indicators for the series algorithm. */
interface IndicatorRules {
    /** @throws UnknownSeriesInputException when there is no indicator with this code */
    SeriesIndicator indicator(String code);
}
