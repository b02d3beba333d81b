package org.tongchou.app.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongchou.app.indicators.Aggregation;
import org.tongchou.app.indicators.Indicator;
import org.tongchou.app.indicators.IndicatorCatalog;

/**
 * The area's (city's) value of each indicator from its towns' values, by the indicator's own
 * aggregation rule: totals sum; ratios and per-capita values are recomputed by their formula from the
 * summed components (never averaged); rates without components are weighted by their weight indicator;
 * indicators that do not aggregate ({@code NONE}) have no city value (NaN). Computed when a run is made,
 * so that pages only read.
 */
final class CityValues {
    private CityValues() {
    }

    static Map<String, Double> of(IndicatorCatalog catalog, List<String> indicators, Map<String, double[]> all, int n) {
        Map<String, Double> memo = new HashMap<>();
        Map<String, Double> out = new HashMap<>();
        for (String code : indicators) out.put(code, value(catalog, code, all, n, memo));
        return out;
    }

    private static double value(IndicatorCatalog catalog, String code, Map<String, double[]> all, int n, Map<String, Double> memo) {
        Double known = memo.get(code);
        if (known != null) return known;
        Indicator ind = catalog.get(code);
        double v;
        if (ind.aggregation() == Aggregation.SUM) {
            v = sum(all.get(code), n);
        } else if (ind.aggregation() == Aggregation.RECOMPUTE && catalog.formula(code).isPresent()) {
            v = catalog.formula(code).get().evaluate(ref -> value(catalog, ref, all, n, memo));
        } else if (ind.aggregation() == Aggregation.WEIGHTED_MEAN && all.containsKey(ind.weightIndicator())) {
            double[] x = all.get(code);
            double[] w = all.get(ind.weightIndicator());
            double sw = 0;
            double swx = 0;
            for (int i = 0; i < n; i++) {
                sw += w[i];
                swx += w[i] * x[i];
            }
            v = swx / sw;
        } else {
            v = Double.NaN;
        }
        memo.put(code, v);
        return v;
    }

    private static double sum(double[] x, int n) {
        if (x == null) return Double.NaN;
        double s = 0;
        for (int i = 0; i < n; i++) s += x[i];
        return s;
    }
}
