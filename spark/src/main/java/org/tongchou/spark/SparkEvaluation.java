package org.tongchou.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.tongchou.engine.disparity.TheilIndex;

/**
 * A plan evaluated over a national panel on Spark: the panel is shuffled by (period, area), every area of
 * every period is one evaluation by the engine ({@link AreaEvaluation}), and when the areas are parts of
 * the nation (e.g. the provinces) the national ranks and the Theil index between and within the areas are
 * computed by a second shuffle ({@link NationalFigures}).
 *
 * <p>{@code area} null evaluates the whole panel of a period at once (a national plan: every county of the
 * country ranked together; the engine then gives the national ranks and the Theil decomposition by the
 * groupings itself); a column name (e.g. {@code province}) evaluates each of its values separately (as
 * many provincial plans) and adds the national figures.
 *
 * @param plan       the plan
 * @param area       the panel column whose values are evaluated separately, or null for the nation
 * @param groupings  the panel's grouping columns the engine sees (default: the plan's {@code groups})
 * @param partitions partitions of the shuffle by area (0: Spark's default)
 * @param shuffle    what the shuffle by (period, area) moves: wide rows (the default) or the long form's
 */
public record SparkEvaluation(PlanSource plan, String area, List<String> groupings, int partitions, Shuffle shuffle) {
    /** The area label of a national evaluation. */
    public static final String NATION = "nation";

    /** The rows shuffled to the evaluations; both give the same figures (tests), the wide form fewer rows. */
    public enum Shuffle {
        /** one row per (period, unit) with the plan's indicators as an array ({@link WideRows}) */
        WIDE,
        /** one row per value, as the panel is read */
        LONG
    }

    public SparkEvaluation {
        groupings = List.copyOf(groupings);
    }

    public SparkEvaluation(PlanSource plan, String area, List<String> groupings, int partitions) {
        this(plan, area, groupings, partitions, Shuffle.WIDE);
    }

    /** The plan over the nation, or area by area, with the plan's groupings. */
    public static SparkEvaluation of(PlanSource plan, String area) {
        return new SparkEvaluation(plan, area, plan.groups(), 0);
    }

    /** This evaluation with another shuffle. */
    public SparkEvaluation with(Shuffle s) {
        return new SparkEvaluation(plan, area, groupings, partitions, s);
    }

    /**
     * Evaluates the plan on the panel ({@link Panel}'s columns and the groupings).
     *
     * @param panel the long-form panel
     * @return every figure, cached until {@link EvaluationOutput#release()}
     */
    public EvaluationOutput run(Dataset<Row> panel) {
        List<String> need = new ArrayList<>(List.of(Panel.PERIOD, Panel.UNIT, Panel.INDICATOR, Panel.VALUE));
        for (String g : groupings) if (!need.contains(g)) need.add(g);
        if (area != null && !need.contains(area)) need.add(area);
        List<String> missing = need.stream().filter(c -> !List.of(panel.columns()).contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the panel has no column " + missing + "; it has " + List.of(panel.columns()));
        }
        Dataset<Row> in = panel.select(need.stream().map(c -> c.equals(Panel.VALUE) ? col(c).cast("double") : col(c).cast("string"))
                .toArray(org.apache.spark.sql.Column[]::new));
        String areaColumn = area;
        Dataset<Row> results;
        if (shuffle == Shuffle.WIDE) {
            List<String> indicators = plan.indicators();
            Dataset<Row> wide = WideRows.of(in, indicators, groupings, area);
            Dataset<Row> keyed = partitions > 0 ? wide.repartition(partitions) : wide;
            results = keyed.groupByKey((MapFunction<Row, String>) r -> AreaEvaluation.key(r.getString(0), r.getString(2)), Encoders.STRING())
                    .flatMapGroups(new AreaEvaluation(plan, groupings, indicators), Encoders.row(ResultRows.SCHEMA))
                    .persist(StorageLevel.MEMORY_AND_DISK());
        } else {
            Dataset<Row> keyed = partitions > 0 ? in.repartition(partitions) : in;
            results = keyed
                    .groupByKey((MapFunction<Row, String>) r -> AreaEvaluation.key(r.getAs(Panel.PERIOD),
                            areaColumn == null ? NATION : String.valueOf((Object) r.getAs(areaColumn))), Encoders.STRING())
                    .flatMapGroups(new AreaEvaluation(plan, groupings, null), Encoders.row(ResultRows.SCHEMA))
                    .persist(StorageLevel.MEMORY_AND_DISK());
        }
        Dataset<Row> national = null;
        if (area != null) {
            Dataset<Row> ranks = NationalFigures.ranks(kind(results, ResultRows.Kind.SCORE));
            TheilIndex index = plan.evaluator().spec().disparity().theil();
            Dataset<Row> theil = NationalFigures.theil(kind(results, ResultRows.Kind.THEIL_PART), area, index);
            national = ranks.unionByName(theil).persist(StorageLevel.MEMORY_AND_DISK());
        }
        return new EvaluationOutput(results, national, area);
    }

    static Dataset<Row> kind(Dataset<Row> rows, ResultRows.Kind kind) {
        return rows.filter(col("kind").equalTo(lit(kind.name())));
    }
}
