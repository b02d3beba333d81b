package org.tongchou.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Where a national panel is read from and written to.
 * <ul>
 *   <li>Parquet, partitioned by {@code year} and {@code province} ({@code DIR/year=2025/province=32/...}):
 *       a filter on years or provinces reads only their folders (partition pruning).</li>
 *   <li>The application's PostgreSQL database ({@code data_value} with {@code admin_unit} and {@code indicator}):
 *       a partitioned JDBC read, one query per year (and per province when asked), each a range of
 *       {@code period} that PostgreSQL answers from one partition of {@code data_value} (V91, partitioned by
 *       year); approved values of one level's units only, each period's values of the unit versions valid
 *       on the period's last day (a re-coded or merged unit's closed version is not counted twice); groupings
 *       from the unit's code (province = 2 digits, prefecture = 4, county = 6).</li>
 * </ul>
 */
public final class PanelSources {
    private PanelSources() {
    }

    /**
     * The Parquet panel under {@code path}, only the given years and provinces (empty lists: all).
     *
     * @param spark     the session
     * @param path      the panel's folder (local, hdfs://, s3a://, ...)
     * @param years     the years kept (partition pruning), or empty
     * @param provinces the provinces kept (partition pruning), or empty
     */
    public static Dataset<Row> parquet(SparkSession spark, String path, List<Integer> years, List<String> provinces) {
        Dataset<Row> d = spark.read().option("basePath", path).parquet(path)
                .withColumn(Panel.PROVINCE, col(Panel.PROVINCE).cast("string"));
        if (!years.isEmpty()) d = d.filter(col(Panel.YEAR).isin(years.toArray()));
        if (!provinces.isEmpty()) d = d.filter(col(Panel.PROVINCE).isin(provinces.toArray()));
        return d;
    }

    /** Writes a panel (with its {@code year} and {@code province} columns) as Parquet partitioned by both. */
    public static void writeParquet(Dataset<Row> panel, String path, SaveMode mode) {
        panel.write().mode(mode).partitionBy(Panel.YEAR, Panel.PROVINCE).parquet(path);
    }

    /**
     * The day after the end of {@code v.period} in PostgreSQL ({@code 2025} → 2026-01-01, {@code 2025H1} →
     * 2025-07-01, {@code 2025Q3} → 2025-10-01, {@code 2025M02} → 2025-03-01): a unit version is valid on the
     * period's last day when {@code valid_from < it} and {@code valid_to} is null or {@code >= it}
     * ({@code admin_unit}'s validity is half-open), the application's rule for the units of a period
     * ({@code BoundaryChain#end}, the evaluation's {@code AS_REPORTED} towns).
     */
    static final String PERIOD_AFTER_END = "(make_date(cast(substr(v.period, 1, 4) as int), 1, 1) + make_interval(months =>"
            + " case substr(v.period, 5, 1) when 'H' then 6 * cast(substr(v.period, 6) as int)"
            + " when 'Q' then 3 * cast(substr(v.period, 6) as int) when 'M' then cast(substr(v.period, 6) as int) else 12 end))";

    /**
     * The approved values of one level's units from the application's database, read by as many JDBC
     * queries in parallel as there are years × province groups.
     *
     * @param spark      the session
     * @param url        the JDBC URL (user and password in {@code props} or the URL)
     * @param props      connection properties (user, password)
     * @param level      the unit level (TOWNSHIP, VILLAGE, COUNTY, ...)
     * @param years      the years read (one query each, at least one)
     * @param provinces  the provinces read (one query per year and province), or empty for one query per year
     */
    public static Dataset<Row> jdbc(SparkSession spark, String url, Properties props, String level, List<Integer> years,
                                    List<String> provinces) {
        if (years.isEmpty()) throw new IllegalArgumentException("a JDBC read needs the years to read (one query per year)");
        if (!level.matches("[A-Z_]+")) throw new IllegalArgumentException("level '" + level + "' is not a unit level");
        String query = "(select v.period as period, u.code as unit, i.code as indicator, v.num_value as value,"
                + " substr(u.code, 1, 2) as province, substr(u.code, 1, 4) as prefecture, substr(u.code, 1, 6) as county"
                + " from data_value v join admin_unit u on u.id = v.unit_id join indicator i on i.id = v.indicator_id"
                + " where v.status = 'APPROVED' and u.level = '" + level + "'"
                + " and u.valid_from < " + PERIOD_AFTER_END + " and (u.valid_to is null or u.valid_to >= " + PERIOD_AFTER_END + ")) panel";
        List<String> predicates = new ArrayList<>();
        for (int y : years) {
            String range = "period >= '" + y + "' and period < '" + (y + 1) + "'";
            if (provinces.isEmpty()) {
                predicates.add(range);
            } else {
                for (String p : provinces) {
                    if (!p.matches("\\d{2}")) throw new IllegalArgumentException("province '" + p + "' is not a 2-digit code");
                    predicates.add(range + " and province = '" + p + "'");
                }
            }
        }
        Properties p = new Properties();
        p.putAll(props);
        p.setProperty("driver", "org.postgresql.Driver");
        p.putIfAbsent("fetchsize", "10000");
        Dataset<Row> d = spark.read().jdbc(url, query, predicates.toArray(String[]::new), p);
        Column year = org.apache.spark.sql.functions.substring(col(Panel.PERIOD), 1, 4).cast("int").as(Panel.YEAR);
        return d.select(col(Panel.PERIOD), col(Panel.UNIT), col(Panel.INDICATOR), col(Panel.VALUE), col("province"),
                col("prefecture"), col("county"), year);
    }
}
