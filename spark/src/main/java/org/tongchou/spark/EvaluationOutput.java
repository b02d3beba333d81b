package org.tongchou.spark;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The figures of one Spark evaluation as tables (Spark datasets, computed when first used and cached):
 * scores and ranks, ranks within groups, weights, disparity, notes, and the national figures when the plan
 * was evaluated area by area.
 */
public final class EvaluationOutput {
    private final Dataset<Row> results;
    private final Dataset<Row> national;
    private final String area;

    EvaluationOutput(Dataset<Row> results, Dataset<Row> national, String area) {
        this.results = results;
        this.national = national;
        this.area = area;
    }

    /** period, area, unit, node, node_kind, score (normalised value for an indicator), raw (an indicator's value), rank (in the area). */
    public Dataset<Row> scores() {
        Dataset<Row> s = SparkEvaluation.kind(results, ResultRows.Kind.SCORE)
                .select("period", "area", "unit", "node", "node_kind", "score", "raw", "rank");
        if (national == null) return s;
        Dataset<Row> nr = SparkEvaluation.kind(national, ResultRows.Kind.NATIONAL_RANK)
                .select(col("period").as("np"), col("unit").as("nu"), col("node").as("nn"), col("rank").as("national_rank"));
        return s.join(nr, s.col("period").equalTo(nr.col("np")).and(s.col("unit").equalTo(nr.col("nu")))
                        .and(s.col("node").equalTo(nr.col("nn"))), "left")
                .drop("np", "nu", "nn");
    }

    /** period, area, unit, node, grouping, grp (the unit's group), rank (within the group). */
    public Dataset<Row> groupRanks() {
        return SparkEvaluation.kind(results, ResultRows.Kind.GROUP_RANK).select("period", "area", "unit", "node", "grouping", "grp", "rank");
    }

    /** period, area, node, node_kind, weight (relative), effective. */
    public Dataset<Row> weights() {
        return SparkEvaluation.kind(results, ResultRows.Kind.WEIGHT).select("period", "area", "node", "node_kind", "weight", "effective");
    }

    /**
     * period, area, node (the subject), grouping, cv, gini, theil, between, within: each area's disparity
     * (grouping null) and its Theil decompositions; when evaluated area by area, also the national Theil
     * between and within the areas (area "nation", grouping = the area column).
     */
    public Dataset<Row> disparity() {
        Dataset<Row> d = SparkEvaluation.kind(results, ResultRows.Kind.DISPARITY)
                .select("period", "area", "node", "grouping", "cv", "gini", "theil", "between", "within");
        if (national == null) return d;
        return d.unionByName(SparkEvaluation.kind(national, ResultRows.Kind.NATIONAL_THEIL)
                .withColumn("area", org.apache.spark.sql.functions.lit(SparkEvaluation.NATION))
                .select("period", "area", "node", "grouping", "cv", "gini", "theil", "between", "within"));
    }

    /** period, area, node (the subject), node_kind (the note's kind, REFUSED for a refused area), message. */
    public Dataset<Row> notes() {
        return SparkEvaluation.kind(results, ResultRows.Kind.NOTE).select("period", "area", "node", "node_kind", "message");
    }

    /** The column evaluated area by area, or null for national evaluations. */
    public String area() {
        return area;
    }

    /** Frees the cached results. */
    public void release() {
        results.unpersist();
        if (national != null) national.unpersist();
    }
}
