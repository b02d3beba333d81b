package org.tongchou.app.explorer;

import java.util.List;
import org.tongchou.app.indicators.Indicator;
import org.tongchou.app.series.SeriesPoint;

/**
 * One indicator for the towns the user may read, one column per year, every town on today's boundaries.
 *
 * @param indicator the indicator shown
 * @param years     the year labels, oldest first
 * @param rows      one row per town, in code order
 * @param synthetic whether any value of these towns in these years comes from the synthetic demo data
 */
record ExplorerTable(Indicator indicator, List<String> years, List<Row> rows, boolean synthetic) {

    ExplorerTable {
        years = List.copyOf(years);
        rows = List.copyOf(rows);
    }

    /** A town and its points, one per year (same order as {@link ExplorerTable#years()}). */
    record Row(String code, String name, List<SeriesPoint> points) {
        Row {
            points = List.copyOf(points);
        }
    }
}
