package org.tongchou.app.series;

import java.util.List;

/**
 * What a proposed change would do to history: for each key indicator, the comparable series of the
 * units that end (as stored now) beside the series of the units that follow them (as they would be
 * after the change, on the new boundaries). Periods are the same for all series.
 */
record ChangePreview(List<String> periods, List<IndicatorPreview> indicators) {
    public ChangePreview {
        periods = List.copyOf(periods);
        indicators = List.copyOf(indicators);
    }

    /** One indicator: series before the change and after it; {@code problems} when a series cannot be computed. */
    record IndicatorPreview(String code, String name, List<ComparableSeries> before, List<ComparableSeries> after,
                                   List<String> problems) {
        public IndicatorPreview {
            before = List.copyOf(before);
            after = List.copyOf(after);
            problems = List.copyOf(problems);
        }
    }
}
