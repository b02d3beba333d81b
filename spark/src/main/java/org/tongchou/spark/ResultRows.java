package org.tongchou.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * What one area's evaluation (and the national step) emits, as rows of one schema with a {@link Kind}
 * column; {@link EvaluationOutput} splits them into the result tables. Columns a kind does not use are null.
 */
final class ResultRows {
    /** The kinds of result row. */
    enum Kind {
        /** a unit's score and rank on a node (index, dimension, group, indicator) within its area */
        SCORE,
        /** a unit's rank on the index or a dimension within its group of a grouping (engine's group ranks) */
        GROUP_RANK,
        /** a node's weight in the area's evaluation (relative and effective) */
        WEIGHT,
        /** disparity between the area's units of a subject: CV, Gini, Theil (grouping null), or its Theil by a grouping */
        DISPARITY,
        /** what the national Theil needs of an area: its own Theil of a subject, Σ w·x and Σ w */
        THEIL_PART,
        /** a note of the engine on the area's evaluation */
        NOTE,
        /** a unit's national rank (all areas of the period) on the index or a dimension */
        NATIONAL_RANK,
        /** a subject's national Theil decomposed between and within areas */
        NATIONAL_THEIL
    }

    static final StructType SCHEMA = new StructType()
            .add("kind", DataTypes.StringType, false)
            .add("period", DataTypes.StringType, false)
            .add("area", DataTypes.StringType, false)
            .add("unit", DataTypes.StringType, true)
            .add("node", DataTypes.StringType, true)
            .add("node_kind", DataTypes.StringType, true)
            .add("grouping", DataTypes.StringType, true)
            .add("grp", DataTypes.StringType, true)
            .add("score", DataTypes.DoubleType, true)
            .add("raw", DataTypes.DoubleType, true)
            .add("rank", DataTypes.DoubleType, true)
            .add("weight", DataTypes.DoubleType, true)
            .add("effective", DataTypes.DoubleType, true)
            .add("cv", DataTypes.DoubleType, true)
            .add("gini", DataTypes.DoubleType, true)
            .add("theil", DataTypes.DoubleType, true)
            .add("between", DataTypes.DoubleType, true)
            .add("within", DataTypes.DoubleType, true)
            .add("total", DataTypes.DoubleType, true)
            .add("wsum", DataTypes.DoubleType, true)
            .add("message", DataTypes.StringType, true);

    private ResultRows() {
    }

    static Row score(String period, String area, String unit, String node, String nodeKind, double score, Double raw, double rank) {
        return RowFactory.create(Kind.SCORE.name(), period, area, unit, node, nodeKind, null, null, score, raw, rank,
                null, null, null, null, null, null, null, null, null, null);
    }

    static Row groupRank(String period, String area, String unit, String node, String grouping, String group, double rank) {
        return RowFactory.create(Kind.GROUP_RANK.name(), period, area, unit, node, null, grouping, group, null, null, rank,
                null, null, null, null, null, null, null, null, null, null);
    }

    static Row weight(String period, String area, String node, String nodeKind, double weight, double effective) {
        return RowFactory.create(Kind.WEIGHT.name(), period, area, null, node, nodeKind, null, null, null, null, null,
                weight, effective, null, null, null, null, null, null, null, null);
    }

    static Row disparity(String period, String area, String subject, double cv, double gini, double theil) {
        return RowFactory.create(Kind.DISPARITY.name(), period, area, null, subject, null, null, null, null, null, null,
                null, null, cv, gini, theil, null, null, null, null, null);
    }

    static Row groupedTheil(String period, String area, String subject, String grouping, double theil, double between, double within) {
        return RowFactory.create(Kind.DISPARITY.name(), period, area, null, subject, null, grouping, null, null, null, null,
                null, null, null, null, theil, between, within, null, null, null);
    }

    static Row theilPart(String period, String area, String subject, double theil, double total, double wsum) {
        return RowFactory.create(Kind.THEIL_PART.name(), period, area, null, subject, null, null, null, null, null, null,
                null, null, null, null, theil, null, null, total, wsum, null);
    }

    static Row note(String period, String area, String node, String kind, String message) {
        return RowFactory.create(Kind.NOTE.name(), period, area, null, node, kind, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, message);
    }

    static Row nationalRank(String period, String area, String unit, String node, double rank) {
        return RowFactory.create(Kind.NATIONAL_RANK.name(), period, area, unit, node, null, null, null, null, null, rank,
                null, null, null, null, null, null, null, null, null, null);
    }

    static Row nationalTheil(String period, String subject, String grouping, double theil, double between, double within) {
        return RowFactory.create(Kind.NATIONAL_THEIL.name(), period, "", null, subject, null, grouping, null, null, null, null,
                null, null, null, null, theil, between, within, null, null, null);
    }
}
