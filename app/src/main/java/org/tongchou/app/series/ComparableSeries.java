package org.tongchou.app.series;

import java.util.List;

/** A series of one indicator for one unit on that unit's boundaries, one point per period. */
public record ComparableSeries(String indicatorCode, String unitCode, String unitName, List<SeriesPoint> points) {
    public ComparableSeries {
        points = List.copyOf(points);
    }
}
