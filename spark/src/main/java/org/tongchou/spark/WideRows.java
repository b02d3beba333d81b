package org.tongchou.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tongchou.engine.data.Dataset;

/**
 * The panel in wide form before the shuffle: one row per (period, unit) with the plan's indicators as one
 * array of values (in code order, NaN where the unit has none) and one array saying which of them the unit has a
 * row of (a row whose value is null is there, its value missing; an indicator without a row is absent), instead of
 * one row per value, so that the
 * shuffle by (period, area) moves ~1/40 of the rows of the synthetic panel. Built inside each input
 * partition without a shuffle of its own: the rows of a (period, unit) in one partition become one row; a
 * unit whose values lie in several partitions arrives as several rows that {@link #dataset} merges, so the
 * result never depends on how the input is partitioned (only the saving does). Only the indicators the
 * plan reads travel ({@link PlanSource#indicators()}); an indicator of which no unit of an area has a row is
 * left out of its table and one with rows but only null values is in it with every value missing, as in the long
 * form, so the engine sees the same table either way ({@link AreaEvaluation#table}).
 */
final class WideRows {
    static final String AREA = "area";
    static final String VALUES = "values";
    static final String PRESENT = "present";

    private WideRows() {
    }

    /** period, unit, area, the groupings, values. */
    static StructType schema(List<String> groupings) {
        StructType s = new StructType().add(Panel.PERIOD, DataTypes.StringType, false).add(Panel.UNIT, DataTypes.StringType, false)
                .add(AREA, DataTypes.StringType, false);
        for (String g : groupings) s = s.add(g, DataTypes.StringType, true);
        return s.add(VALUES, DataTypes.createArrayType(DataTypes.DoubleType, false), false)
                .add(PRESENT, DataTypes.createArrayType(DataTypes.BooleanType, false), false);
    }

    /**
     * @param in         the long-form panel (period, unit, indicator, value as double and the text columns)
     * @param indicators the indicators kept, in code order
     * @param groupings  the grouping columns
     * @param area       the area column, or null (every row's area is the nation)
     */
    static org.apache.spark.sql.Dataset<Row> of(org.apache.spark.sql.Dataset<Row> in, List<String> indicators, List<String> groupings, String area) {
        StructType schema = schema(groupings);
        List<String> ind = List.copyOf(indicators);
        List<String> gs = List.copyOf(groupings);
        return in.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> collapse(rows, ind, gs, area).iterator(), Encoders.row(schema));
    }

    private static List<Row> collapse(Iterator<Row> rows, List<String> indicators, List<String> groupings, String area) {
        Map<String, Integer> index = new HashMap<>();
        for (int j = 0; j < indicators.size(); j++) index.put(indicators.get(j), j);
        Map<String, Object[]> byKey = new LinkedHashMap<>();
        int cPeriod = -1;
        int cUnit = -1;
        int cIndicator = -1;
        int cValue = -1;
        int cArea = -1;
        int[] cGroup = new int[groupings.size()];
        while (rows.hasNext()) {
            Row r = rows.next();
            if (cPeriod < 0) {
                cPeriod = r.fieldIndex(Panel.PERIOD);
                cUnit = r.fieldIndex(Panel.UNIT);
                cIndicator = r.fieldIndex(Panel.INDICATOR);
                cValue = r.fieldIndex(Panel.VALUE);
                cArea = area == null ? -1 : r.fieldIndex(area);
                for (int g = 0; g < cGroup.length; g++) cGroup[g] = r.fieldIndex(groupings.get(g));
            }
            Integer j = index.get(r.getString(cIndicator));
            String period = r.getString(cPeriod);
            String unit = r.getString(cUnit);
            String key = period + AreaEvaluation.KEY_SEPARATOR + unit;
            Object[] out = byKey.get(key);
            if (out == null) {
                out = new Object[3 + cGroup.length + 2];
                out[0] = period;
                out[1] = unit;
                out[2] = cArea < 0 ? SparkEvaluation.NATION : String.valueOf((Object) r.get(cArea));
                for (int g = 0; g < cGroup.length; g++) out[3 + g] = r.isNullAt(cGroup[g]) ? null : String.valueOf((Object) r.get(cGroup[g]));
                double[] v = new double[indicators.size()];
                Arrays.fill(v, Double.NaN);
                out[out.length - 2] = v;
                out[out.length - 1] = new boolean[indicators.size()];
                byKey.put(key, out);
            }
            // a unit with none of the plan's indicators is still a unit of the area (the long form has it too)
            if (j != null) {
                ((double[]) out[out.length - 2])[j] = r.isNullAt(cValue) ? Double.NaN : ((Number) r.get(cValue)).doubleValue();
                ((boolean[]) out[out.length - 1])[j] = true;
            }
        }
        List<Row> out = new ArrayList<>(byKey.size());
        for (Object[] o : byKey.values()) out.add(RowFactory.create(o));
        return out;
    }

    /**
     * The wide rows of one area and period as the engine's table ({@link AreaEvaluation#table}): a unit's rows of
     * several input partitions are merged (a value wins over a missing one; an indicator is present when any row
     * has it).
     */
    static Dataset dataset(Iterator<Row> rows, List<String> indicators, List<String> groupings) {
        TreeMap<String, double[]> byUnit = new TreeMap<>();
        Map<String, String[]> labels = new HashMap<>();
        boolean[] present = new boolean[indicators.size()];
        int cValues = 3 + groupings.size();
        while (rows.hasNext()) {
            Row r = rows.next();
            String unit = r.getString(1);
            List<Object> v = r.getList(cValues);
            List<Object> p = r.getList(cValues + 1);
            double[] values = byUnit.get(unit);
            if (values == null) {
                values = new double[indicators.size()];
                Arrays.fill(values, Double.NaN);
                byUnit.put(unit, values);
                String[] l = new String[groupings.size()];
                for (int g = 0; g < l.length; g++) l[g] = r.isNullAt(3 + g) ? null : r.getString(3 + g);
                labels.put(unit, l);
            }
            for (int j = 0; j < values.length; j++) {
                double x = ((Number) v.get(j)).doubleValue();
                if (!Double.isNaN(x)) values[j] = x;
                if ((Boolean) p.get(j)) present[j] = true;
            }
        }
        return AreaEvaluation.table(indicators, present, byUnit, labels, groupings);
    }
}
