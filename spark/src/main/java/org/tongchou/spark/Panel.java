package org.tongchou.spark;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The national panel as the Spark job reads it: long form, one row per value, like the application's
 * {@code data_value} table and {@code export-data}'s CSV: {@code period} (text: {@code 2020} for a year,
 * {@code 2020-03} for a month), {@code unit} (the unit's code), {@code indicator} (its code), {@code value},
 * and any number of text grouping columns (e.g. {@code province}, {@code prefecture}, {@code county}), each
 * constant per unit. Parquet is partitioned by {@code year} and {@code province} ({@link PanelSources}).
 */
public final class Panel {
    public static final String PERIOD = "period";
    public static final String UNIT = "unit";
    public static final String INDICATOR = "indicator";
    public static final String VALUE = "value";
    public static final String YEAR = "year";
    public static final String PROVINCE = "province";

    private Panel() {
    }

    /** The schema of a panel with these grouping columns (in this order). */
    public static StructType schema(List<String> groupings) {
        StructType s = new StructType()
                .add(PERIOD, DataTypes.StringType, false)
                .add(UNIT, DataTypes.StringType, false)
                .add(INDICATOR, DataTypes.StringType, false)
                .add(VALUE, DataTypes.DoubleType, true);
        for (String g : groupings) s = s.add(new StructField(g, DataTypes.StringType, true, org.apache.spark.sql.types.Metadata.empty()));
        return s;
    }
}
