package org.tongchou.spark;

import static org.apache.spark.sql.functions.lit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tongchou.engine.data.EngineInputException;

/**
 * Writes a run's results with its provenance: every table carries the run's id, and the table
 * {@code runs} (PostgreSQL: {@code spark_run}) holds one row per run: the plan (name and SHA-256 of the
 * plan's and its framework's text), where the panel came from, how it was evaluated (area column, master,
 * Spark and engine versions), what it covered (periods, areas, units, refused evaluations) and when.
 * Parquet: {@code OUT/<table>/run_id=<id>/}; PostgreSQL: tables {@code spark_<table>}, appended to: the
 * application's schema has them (its migration V135, read by its Spark runs page with the index of V143). A
 * database without them, or with tables that lack a column the job writes, is refused before anything is
 * written, naming what is missing ({@link #requireTables}): the job never makes tables of its own there.
 */
public final class ResultSinks {
    /** The result tables, by name. */
    static Map<String, Dataset<Row>> tables(EvaluationOutput out) {
        Map<String, Dataset<Row>> t = new LinkedHashMap<>();
        t.put("score", out.scores());
        t.put("group_rank", out.groupRanks());
        t.put("weight", out.weights());
        t.put("disparity", out.disparity());
        t.put("note", out.notes());
        return t;
    }

    static final StructType RUN = new StructType()
            .add("run_id", DataTypes.StringType, false)
            .add("plan", DataTypes.StringType, false)
            .add("plan_sha256", DataTypes.StringType, false)
            .add("source", DataTypes.StringType, false)
            .add("area_column", DataTypes.StringType, true)
            .add("master", DataTypes.StringType, false)
            .add("spark_version", DataTypes.StringType, false)
            .add("engine_version", DataTypes.StringType, false)
            .add("periods", DataTypes.LongType, false)
            .add("areas", DataTypes.LongType, false)
            .add("units", DataTypes.LongType, false)
            .add("refused", DataTypes.LongType, false)
            .add("started_at", DataTypes.TimestampType, false)
            .add("finished_at", DataTypes.TimestampType, false);

    private ResultSinks() {
    }

    /** The provenance row of a run. */
    static Dataset<Row> runRow(SparkSession spark, RunRecord r) {
        Row row = RowFactory.create(r.runId(), r.plan(), r.planSha256(), r.source(), r.areaColumn(), r.master(), r.sparkVersion(),
                r.engineVersion(), r.periods(), r.areas(), r.units(), r.refused(), java.sql.Timestamp.from(r.startedAt()),
                java.sql.Timestamp.from(r.finishedAt()));
        return spark.createDataFrame(List.of(row), RUN);
    }

    /** Writes every table and the run under {@code dir}. */
    public static void parquet(SparkSession spark, EvaluationOutput out, RunRecord run, String dir) {
        tables(out).forEach((name, d) -> d.withColumn("run_id", lit(run.runId())).write().mode(SaveMode.Append)
                .partitionBy("run_id").parquet(dir + "/" + name));
        runRow(spark, run).write().mode(SaveMode.Append).parquet(dir + "/runs");
    }

    /**
     * Appends every table to {@code spark_<table>} and the run to {@code spark_run} of a PostgreSQL database.
     *
     * @throws EngineInputException when the database lacks a table or column of the application's migrations (nothing written)
     */
    public static void jdbc(SparkSession spark, EvaluationOutput out, RunRecord run, String url, Properties props) {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        tables(out).forEach((name, d) -> {
            List<String> c = new ArrayList<>(List.of(sqlColumns(d).columns()));
            c.add("run_id");
            columns.put("spark_" + name, c);
        });
        columns.put("spark_run", List.of(RUN.fieldNames()));
        requireTables(url, props, columns);
        Properties p = new Properties();
        p.putAll(props);
        p.setProperty("driver", "org.postgresql.Driver");
        p.putIfAbsent("batchsize", "10000");
        tables(out).forEach((name, d) -> sqlColumns(d).withColumn("run_id", lit(run.runId())).write().mode(SaveMode.Append)
                .jdbc(url, "spark_" + name, p));
        // the run last: a run the application lists has all its rows
        runRow(spark, run).write().mode(SaveMode.Append).jdbc(url, "spark_run", p);
    }

    /**
     * Checks that the database has every table with every column the job appends to, before anything is written:
     * a database that is not the application's, or whose migrations have not run (Flyway, V135), is refused with
     * what it lacks, instead of Spark creating tables of its own or failing in the middle of a write.
     *
     * @param columns table → the columns written to it
     * @throws EngineInputException naming every missing table and column
     */
    static void requireTables(String url, Properties props, Map<String, List<String>> columns) {
        List<String> missingTables = new ArrayList<>();
        List<String> missingColumns = new ArrayList<>();
        String shown = url.replaceAll("password=[^&]*", "password=***");
        try (Connection c = DriverManager.getConnection(url, props)) {
            for (Map.Entry<String, List<String>> t : columns.entrySet()) {
                Set<String> has = new HashSet<>();
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + t.getKey() + " WHERE 1 = 0")) {
                    ResultSetMetaData m = r.getMetaData();
                    for (int i = 1; i <= m.getColumnCount(); i++) has.add(m.getColumnName(i).toLowerCase(Locale.ROOT));
                } catch (SQLException e) {
                    if (!UNDEFINED_TABLE.equals(e.getSQLState())) throw e;
                    missingTables.add(t.getKey());
                    continue;
                }
                for (String col : t.getValue()) if (!has.contains(col.toLowerCase(Locale.ROOT))) missingColumns.add(t.getKey() + "." + col);
            }
        } catch (SQLException e) {
            throw new EngineInputException("cannot write the results to " + shown + ": " + e.getMessage(), e);
        }
        if (missingTables.isEmpty() && missingColumns.isEmpty()) return;
        throw new EngineInputException("cannot write the results to " + shown + ": "
                + (missingTables.isEmpty() ? "" : "the database has no table " + String.join(", ", missingTables))
                + (missingTables.isEmpty() || missingColumns.isEmpty() ? "" : " and ")
                + (missingColumns.isEmpty() ? "" : "its tables lack the column(s) " + String.join(", ", missingColumns))
                + ". --out-jdbc must name the application's database with its migrations run (Flyway; V135 makes the spark_* tables:"
                + " start the application once on it, ./tongchou serve, or run its migrations); nothing was written");
    }

    /** PostgreSQL's SQLSTATE for a relation that does not exist. */
    private static final String UNDEFINED_TABLE = "42P01";

    /**
     * A table's columns as the database names them: {@code between} and {@code within} (the Theil split) are
     * {@code theil_between} and {@code theil_within} ({@code BETWEEN} is an SQL keyword).
     */
    static Dataset<Row> sqlColumns(Dataset<Row> d) {
        return d.withColumnRenamed("between", "theil_between").withColumnRenamed("within", "theil_within");
    }
}
