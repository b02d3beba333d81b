package org.tongchou.app.data;

import java.util.List;
import org.tongchou.app.periods.Period;

/**
 * What to export.
 *
 * @param layout     LONG (one value per row) or WIDE (one row per unit and period, one column per indicator)
 * @param indicators indicator codes; empty = every indicator that has values
 * @param unitCode   a unit whose subtree to export (every unit whose code lies under its code prefix, past
 *                   versions included); null = all units
 * @param periods    periods; empty = all
 */
record ExportOptions(ImportLayout layout, List<String> indicators, String unitCode, List<Period> periods) {
    public ExportOptions {
        layout = layout == null ? ImportLayout.LONG : layout;
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        periods = periods == null ? List.of() : List.copyOf(periods);
    }
}
