package org.tongchou.app.targets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tongchou.app.data.DataValueService;
import org.tongchou.app.data.ValueStatus;
import org.tongchou.app.data.ValueTable;
import org.tongchou.app.indicators.IndicatorCatalog;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.periods.Period;

/**
 * Approved figures of units as targets and commitments are judged by: a raw indicator's approved
 * value, or a derived indicator computed by its formula from its inputs' approved values of the same
 * unit and period (never from unapproved ones). NaN = no approved figure.
 */
@Component
public class ApprovedFigures {
    private final DataValueService values;
    private final IndicatorService indicators;

    ApprovedFigures(DataValueService values, IndicatorService indicators) {
        this.values = values;
        this.indicators = indicators;
    }

    /** One indicator for the units and periods: {@code [period][unit]}, aligned with the arguments. */
    public double[][] figures(String indicator, long[] unitIds, List<Period> periods) {
        IndicatorCatalog catalog = indicators.catalog();
        catalog.get(indicator);
        List<String> raw = new ArrayList<>(catalog.rawInputs(indicator));
        if (raw.isEmpty()) raw.add(indicator);
        double[][] out = new double[periods.size()][];
        if (unitIds.length == 0) {
            Arrays.fill(out, new double[0]);
            return out;
        }
        ValueTable t = values.read(raw, unitIds, periods, Set.of(ValueStatus.APPROVED));
        for (int p = 0; p < periods.size(); p++) {
            Map<String, double[]> cols = t.columns(periods.get(p));
            out[p] = cols.containsKey(indicator) ? cols.get(indicator) : catalog.computeDerived(cols, unitIds.length).get(indicator);
            if (out[p] == null) {
                out[p] = new double[unitIds.length];
                Arrays.fill(out[p], Double.NaN);
            }
            for (int i = 0; i < out[p].length; i++) if (!Double.isFinite(out[p][i])) out[p][i] = Double.NaN;
        }
        return out;
    }

    /** One indicator of one unit in one period; NaN when there is no approved figure. */
    public double figure(String indicator, long unitId, Period period) {
        return figures(indicator, new long[] {unitId}, List.of(period))[0][0];
    }
}
