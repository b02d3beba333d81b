package org.tongchou.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.tongchou.engine.disparity.Disparity;
import org.tongchou.engine.disparity.TheilDecomposition;
import org.tongchou.engine.disparity.TheilIndex;
import org.tongchou.engine.rank.Ranker;

/**
 * The national figures of a run evaluated area by area, each a shuffle by (period, node) over the areas'
 * results, computed by the engine's own classes:
 * <ul>
 *   <li>national ranks of the index and the dimensions: every unit of the period ranked by the engine's
 *       {@link Ranker#standard()} (descending, ties take the lowest rank);</li>
 *   <li>the Theil index of every subject decomposed between and within the areas: the areas' own Theil
 *       indices and totals combined by {@link Disparity#combine} (Shorrocks 1980), without gathering the
 *       units.</li>
 * </ul>
 * Both are what the engine gives when it evaluates the nation in one piece with the areas as a grouping:
 * national ranks of the areas' scores and the decomposition of their Theil.
 */
final class NationalFigures {
    private NationalFigures() {
    }

    /** National ranks of the index and dimension scores of {@code scores} (SCORE rows). */
    static Dataset<Row> ranks(Dataset<Row> scores) {
        return scores.filter("node_kind in ('INDEX', 'DIMENSION')")
                .groupByKey((MapFunction<Row, String>) r -> AreaEvaluation.key(r.getAs("period"), r.getAs("node")), Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) NationalFigures::rank, Encoders.row(ResultRows.SCHEMA));
    }

    private static Iterator<Row> rank(String key, Iterator<Row> rows) {
        int sep = key.indexOf(AreaEvaluation.KEY_SEPARATOR);
        String period = key.substring(0, sep);
        String node = key.substring(sep + 1);
        TreeMap<String, Row> byUnit = new TreeMap<>();
        while (rows.hasNext()) {
            Row r = rows.next();
            byUnit.put(r.getAs("unit"), r);
        }
        List<String> units = new ArrayList<>(byUnit.keySet());
        double[] scores = new double[units.size()];
        int i = 0;
        for (Row r : byUnit.values()) scores[i++] = r.getAs("score");
        double[] ranks = Ranker.standard().rank(units, scores);
        List<Row> out = new ArrayList<>(units.size());
        i = 0;
        for (Row r : byUnit.values()) {
            out.add(ResultRows.nationalRank(period, r.getAs("area"), units.get(i), node, ranks[i]));
            i++;
        }
        return out.iterator();
    }

    /** The Theil index of every subject between and within areas, from the THEIL_PART rows. */
    static Dataset<Row> theil(Dataset<Row> parts, String areaColumn, TheilIndex index) {
        return parts.groupByKey((MapFunction<Row, String>) r -> AreaEvaluation.key(r.getAs("period"), r.getAs("node")), Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (key, rows) -> combine(key, rows, areaColumn, index),
                        Encoders.row(ResultRows.SCHEMA));
    }

    private static Iterator<Row> combine(String key, Iterator<Row> rows, String areaColumn, TheilIndex index) {
        int sep = key.indexOf(AreaEvaluation.KEY_SEPARATOR);
        String period = key.substring(0, sep);
        String subject = key.substring(sep + 1);
        TreeMap<String, Row> byArea = new TreeMap<>();
        while (rows.hasNext()) {
            Row r = rows.next();
            byArea.put(r.getAs("area"), r);
        }
        int g = byArea.size();
        double[] groupIndex = new double[g];
        double[] y = new double[g];
        double[] p = new double[g];
        int k = 0;
        for (Row r : byArea.values()) {
            groupIndex[k] = r.getAs("theil");
            y[k] = r.getAs("total");
            p[k] = r.getAs("wsum");
            k++;
        }
        List<Row> out = new ArrayList<>(1);
        try {
            TheilDecomposition d = Disparity.combine(subject, index, new ArrayList<>(byArea.keySet()), groupIndex, y, p);
            out.add(ResultRows.nationalTheil(period, subject, areaColumn, d.total(), d.between(), d.within()));
        } catch (RuntimeException e) {
            out.add(ResultRows.nationalTheil(period, subject, areaColumn, Double.NaN, Double.NaN, Double.NaN));
        }
        return out.iterator();
    }
}
