package org.tongchou.spark;

import static org.apache.spark.sql.functions.lit;

import java.util.LinkedHashMap;
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

/**
 * Writes a run's results with its provenance: every table carries the run's id, and the table
 * {@code runs} (PostgreSQL: {@code spark_run}) holds one row per run: the plan (name and SHA-256 of the
 * plan's and its framework's text), where the panel came from, how it was evaluated (area column, master,
 * Spark and engine versions), what it covered (periods, areas, units, refused evaluations) and when.
 * Parquet: {@code OUT/<table>/run_id=<id>/}; PostgreSQL: tables {@code spark_<table>}, appended to: the
 * application's schema has them (its migration V135, read by its Spark runs page); in a database without
 * them the first run creates them.
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

    /** Appends every table to {@code spark_<table>} and the run to {@code spark_run} of a PostgreSQL database. */
    public static void jdbc(SparkSession spark, EvaluationOutput out, RunRecord run, String url, Properties props) {
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
     * A table's columns as the database names them: {@code between} and {@code within} (the Theil split) are
     * {@code theil_between} and {@code theil_within} ({@code BETWEEN} is an SQL keyword).
     */
    static Dataset<Row> sqlColumns(Dataset<Row> d) {
        return d.withColumnRenamed("between", "theil_between").withColumnRenamed("within", "theil_within");
    }
}
