package org.tongchou.app.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongchou.app.periods.Period;

/**
 * Values of several indicators for several units and periods, held as columns: for each indicator and
 * period one {@code double[]} aligned with {@link #unitIds()} (NaN = no value), ready for the evaluation
 * engine and for {@link org.tongchou.app.indicators.IndicatorCatalog#computeDerived}.
 */
public final class ValueTable {
    private final long[] unitIds;
    private final LongIntMap unitIndex;
    private final List<String> indicators;
    private final List<Period> periods;
    private final Map<String, Integer> indicatorIndex = new HashMap<>();
    private final Map<Period, Integer> periodIndex = new HashMap<>();
    private final double[][][] values; // [indicator][period][unit]
    private final java.util.Set<String> sources = new java.util.HashSet<>();

    ValueTable(long[] unitIds, List<String> indicators, List<Period> periods) {
        this.unitIds = unitIds.clone();
        this.unitIndex = new LongIntMap(unitIds.length);
        for (int i = unitIds.length - 1; i >= 0; i--) unitIndex.putIfAbsent(unitIds[i], i); // a repeated unit: its last position
        this.indicators = List.copyOf(indicators);
        this.periods = List.copyOf(periods);
        for (int i = 0; i < indicators.size(); i++) indicatorIndex.put(indicators.get(i), i);
        for (int i = 0; i < periods.size(); i++) periodIndex.put(periods.get(i), i);
        values = new double[indicators.size()][periods.size()][unitIds.length];
        for (double[][] a : values) for (double[] b : a) Arrays.fill(b, Double.NaN);
    }

    /** Sets the value of the indicator and period at these positions for the unit, if the table holds the unit. */
    void set(int indicator, int period, long unitId, double value) {
        int u = unitIndex.get(unitId);
        if (u >= 0) values[indicator][period][u] = value;
    }

    /** The position of an indicator of the table. */
    int indicatorIndex(String indicator) {
        return indicatorIndex.get(indicator);
    }

    /** The position of a period of the table. */
    int periodIndex(Period period) {
        return periodIndex.get(period);
    }

    void source(String source) {
        if (source != null) sources.add(source);
    }

    /** The distinct sources of the values read (e.g. to tell synthetic data apart); values without a source add none. */
    public java.util.Set<String> sources() {
        return java.util.Collections.unmodifiableSet(sources);
    }

    /** Unit ids in the order of every column. */
    public long[] unitIds() {
        return unitIds.clone();
    }

    public List<String> indicators() {
        return indicators;
    }

    public List<Period> periods() {
        return periods;
    }

    /** A copy of the column of one indicator and period, aligned with {@link #unitIds()}; NaN = no value. */
    public double[] column(String indicator, Period period) {
        Integer i = indicatorIndex.get(indicator);
        Integer p = periodIndex.get(period);
        if (i == null || p == null) throw new IllegalArgumentException("the table holds no " + indicator + " for " + period);
        return values[i][p].clone();
    }

    /** All indicators' columns for one period, keyed by indicator code (copies). */
    public Map<String, double[]> columns(Period period) {
        Map<String, double[]> out = new java.util.LinkedHashMap<>();
        for (String ind : indicators) out.put(ind, column(ind, period));
        return out;
    }

    /** One value; NaN when absent. */
    public double get(String indicator, Period period, long unitId) {
        int u = unitIndex.get(unitId);
        Integer i = indicatorIndex.get(indicator);
        Integer p = periodIndex.get(period);
        if (u < 0 || i == null || p == null) return Double.NaN;
        return values[i][p][u];
    }
}
