package org.tongchou.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * History on today's boundaries: every value of a period that ended before a boundary change is carried to
 * today's units by the change events' flows ({@link BoundaryChain}) and combined by its indicator's rule
 * ({@link IndicatorRule}): sums of predecessors (a merge seen backwards), apportioned splits (share × value),
 * weighted means, ratios recomputed from their rebased parts (never averaged). A unit that no flow after the
 * period touches keeps its values as they are, whatever its indicators' rules. Grouping columns of a rebased
 * unit: {@code province}, {@code prefecture} and {@code county} from its code (2, 4, 6 digits), others from a
 * contributing unit.
 *
 * @param flows the change events' flows
 * @param rules the indicators' rules (an indicator without one is NONE)
 */
public record Rebase(List<Flow> flows, Map<String, IndicatorRule> rules) {
    static final StructType CONTRIBUTION = new StructType()
            .add("period", DataTypes.StringType, false)
            .add("today", DataTypes.StringType, false)
            .add("then", DataTypes.StringType, false)
            .add("indicator", DataTypes.StringType, false)
            .add("value", DataTypes.DoubleType, true)
            .add("share", DataTypes.DoubleType, false)
            .add("whole", DataTypes.BooleanType, false);

    /**
     * The panel on today's boundaries: same columns, values of changed units rebased.
     *
     * @param spark     the session
     * @param panel     the long-form panel ({@link Panel} columns and groupings)
     * @param groupings its grouping columns
     */
    public Dataset<Row> apply(SparkSession spark, Dataset<Row> panel, List<String> groupings) {
        List<String> periods = panel.select(Panel.PERIOD).distinct().as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
        BoundaryChain chain = new BoundaryChain(flows);
        Map<String, Set<String>> affected = new HashMap<>();
        for (String p : periods) affected.put(p, chain.affected(BoundaryChain.end(p)));
        Broadcast<BoundaryChain> bChain = spark.sparkContext().broadcast(chain, scala.reflect.ClassTag$.MODULE$.apply(BoundaryChain.class));
        Broadcast<Map<String, Set<String>>> bAffected = spark.sparkContext().broadcast(affected, scala.reflect.ClassTag$.MODULE$.apply(Map.class));
        Dataset<Row> c = panel.select(Panel.PERIOD, Panel.UNIT, Panel.INDICATOR, Panel.VALUE)
                .flatMap((FlatMapFunction<Row, Row>) r -> contributions(r, bChain.value(), bAffected.value()), org.apache.spark.sql.Encoders.row(CONTRIBUTION));
        Dataset<Row> whole = c.filter(col("whole"));
        Dataset<Row> changed = c.filter(col("whole").equalTo(lit(false)));
        List<Dataset<Row>> parts = new ArrayList<>();
        parts.add(whole.select(col("period"), col("today").as(Panel.UNIT), col("indicator"), col("value")));
        List<String> summed = codes(IndicatorRule.Aggregation.SUM);
        Dataset<Row> sums = changed.filter(col("indicator").isin(summed.toArray()))
                .groupBy("period", "today", "indicator").agg(sum(col("share").multiply(col("value"))).as("value"));
        parts.add(sums.select(col("period"), col("today").as(Panel.UNIT), col("indicator"), col("value")));
        for (IndicatorRule r : rules.values()) {
            if (r.aggregation() == IndicatorRule.Aggregation.WEIGHTED_MEAN) {
                Dataset<Row> x = changed.filter(col("indicator").equalTo(r.indicator())).select("period", "today", "then", "share", "value");
                Dataset<Row> w = changed.filter(col("indicator").equalTo(r.weight())).select(col("period").as("wp"), col("today").as("wt"),
                        col("then").as("wn"), col("value").as("w"));
                Column sw = col("share").multiply(col("w"));
                parts.add(x.join(w, x.col("period").equalTo(w.col("wp")).and(x.col("today").equalTo(w.col("wt"))).and(x.col("then").equalTo(w.col("wn"))))
                        .groupBy("period", "today").agg(sum(sw.multiply(col("value"))).divide(sum(sw)).as("value"))
                        .select(col("period"), col("today").as(Panel.UNIT), lit(r.indicator()).as("indicator"), col("value")));
            } else if (r.aggregation() == IndicatorRule.Aggregation.RATIO) {
                Dataset<Row> n = sums.filter(col("indicator").equalTo(r.numerator())).select(col("period"), col("today"), col("value").as("n"));
                Dataset<Row> d = sums.filter(col("indicator").equalTo(r.denominator())).select(col("period").as("dp"), col("today").as("dt"), col("value").as("d"));
                parts.add(n.join(d, n.col("period").equalTo(d.col("dp")).and(n.col("today").equalTo(d.col("dt"))))
                        .select(col("period"), col("today").as(Panel.UNIT), lit(r.indicator()).as("indicator"),
                                lit(r.factor()).multiply(col("n")).divide(col("d")).as("value")));
            }
        }
        Dataset<Row> values = parts.get(0);
        for (int i = 1; i < parts.size(); i++) values = values.unionByName(parts.get(i));
        // groupings of today's units: from their codes, or from a unit that contributed
        List<Column> out = new ArrayList<>(List.of(col(Panel.PERIOD), col(Panel.UNIT), col(Panel.INDICATOR), col(Panel.VALUE)));
        List<String> carried = new ArrayList<>();
        for (String g : groupings) {
            int digits = switch (g) {
                case "province" -> 2;
                case "prefecture" -> 4;
                case "county" -> 6;
                default -> 0;
            };
            if (digits > 0) out.add(org.apache.spark.sql.functions.substring(col(Panel.UNIT), 1, digits).as(g));
            else carried.add(g);
        }
        Dataset<Row> result = values.select(out.toArray(Column[]::new));
        if (!carried.isEmpty()) {
            Dataset<Row> labels = panel.groupBy(col(Panel.UNIT).as("lu"))
                    .agg(first(col(carried.get(0))).as(carried.get(0)), carried.subList(1, carried.size()).stream()
                            .map(g -> first(col(g)).as(g)).toArray(Column[]::new));
            result = result.join(labels, result.col(Panel.UNIT).equalTo(labels.col("lu")), "left").drop("lu");
        }
        if (List.of(panel.columns()).contains(Panel.YEAR)) {
            result = result.withColumn(Panel.YEAR, org.apache.spark.sql.functions.substring(col(Panel.PERIOD), 1, 4).cast("int"));
        }
        return result;
    }

    private List<String> codes(IndicatorRule.Aggregation a) {
        List<String> out = new ArrayList<>();
        for (IndicatorRule r : rules.values()) if (r.aggregation() == a) out.add(r.indicator());
        // the parts of a ratio and the weights of a mean are summed even when their own rule says otherwise
        for (IndicatorRule r : rules.values()) {
            if (a == IndicatorRule.Aggregation.SUM && r.aggregation() == IndicatorRule.Aggregation.RATIO) {
                if (!out.contains(r.numerator())) out.add(r.numerator());
                if (!out.contains(r.denominator())) out.add(r.denominator());
            }
        }
        return out;
    }

    /** One panel value as contributions to today's units; {@code whole}: a unit no flow after the period touches. */
    private static Iterator<Row> contributions(Row r, BoundaryChain chain, Map<String, Set<String>> affected) {
        String period = r.getString(0);
        String unit = r.getString(1);
        String indicator = r.getString(2);
        Double value = r.isNullAt(3) ? null : r.getDouble(3);
        Set<String> touched = affected.get(period);
        if (touched == null || !touched.contains(unit)) {
            return List.of(RowFactory.create(period, unit, unit, indicator, value, 1.0, true)).iterator();
        }
        LocalDate end = BoundaryChain.end(period);
        List<Row> out = new ArrayList<>();
        chain.today(unit, end).forEach((today, share) -> out.add(RowFactory.create(period, today, unit, indicator, value, share, false)));
        return out.iterator();
    }
}
