package org.tongchou.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.tongchou.engine.data.Grouping;
import org.tongchou.engine.data.MissingPolicy;
import org.tongchou.engine.disparity.Disparity;
import org.tongchou.engine.disparity.TheilDecomposition;
import org.tongchou.engine.disparity.TheilIndex;
import org.tongchou.engine.plan.PlanEvaluator;
import org.tongchou.engine.plan.PlanResult;
import org.tongchou.engine.rank.Ranker;

/**
 * The plan evaluated on Spark (local[2]) equals the in-process engine on the same input, to 1e-12: every
 * score, rank, rank within a group, weight and Theil decomposition, nationally and area by area (with the
 * national ranks and the Theil between and within provinces, which the engine computes on the whole).
 */
class SparkEvaluationTest {
    static final double TOL = 1e-12;
    static final List<String> PERIODS = List.of("2024", "2025");

    @Test
    void aNationalPlanOnSparkEqualsTheEngineEvaluatingTheNationInOnePiece() {
        TestPanel panel = new TestPanel(11, 4, 2, 30, PERIODS);
        PlanSource plan = PlanSource.read(TestPanel.plan("entropy.properties"));
        EvaluationOutput out = SparkEvaluation.of(plan, null).run(panel.rows());
        Map<String, Row> scores = byKey(out.scores().collectAsList(), "period", "unit", "node");
        Map<String, Row> groupRanks = byKey(out.groupRanks().collectAsList(), "period", "unit", "node", "grouping");
        Map<String, Row> weights = byKey(out.weights().collectAsList(), "period", "node");
        Map<String, Row> disparity = byKey(out.disparity().collectAsList(), "period", "node", "grouping");
        assertThat(out.notes().filter("node_kind = 'REFUSED'").count()).as("refused evaluations").isZero();
        PlanEvaluator engine = plan.evaluator();
        for (int t = 0; t < PERIODS.size(); t++) {
            String period = PERIODS.get(t);
            PlanResult r = engine.evaluate(panel.table(t, null));
            assertThat(scores.keySet().stream().filter(k -> k.startsWith(period + "|")).count())
                    .as("score rows of %s", period).isEqualTo((long) r.units().size() * r.nodes().size());
            for (PlanResult.ScoredNode n : r.nodes()) {
                Row w = weights.get(period + "|" + n.code());
                assertThat((double) w.getAs("effective")).as("effective weight of %s", n.code()).isCloseTo(n.effective(), within(TOL));
                for (int i = 0; i < r.units().size(); i++) {
                    Row s = scores.get(period + "|" + r.units().get(i) + "|" + n.code());
                    assertThat((double) s.getAs("score")).as("%s %s %s", period, r.units().get(i), n.code()).isCloseTo(n.scores()[i], within(TOL));
                    assertThat((double) s.getAs("rank")).as("rank %s %s", r.units().get(i), n.code()).isEqualTo(n.ranks()[i]);
                }
            }
            for (PlanResult.GroupRanks g : r.groupRanks()) {
                for (int i = 0; i < r.units().size(); i++) {
                    Row s = groupRanks.get(period + "|" + r.units().get(i) + "|" + g.node() + "|" + g.grouping());
                    assertThat((double) s.getAs("rank")).isEqualTo(g.ranks()[i]);
                }
            }
            for (PlanResult.DisparityRow d : r.disparity()) {
                Row s = disparity.get(period + "|" + d.subject() + "|null");
                assertThat((double) s.getAs("theil")).as("Theil of %s", d.subject()).isCloseTo(d.theil(), within(TOL));
                assertThat((double) s.getAs("gini")).as("Gini of %s", d.subject()).isCloseTo(d.gini(), within(TOL));
                for (PlanResult.GroupedTheil g : d.byGroup()) {
                    Row b = disparity.get(period + "|" + d.subject() + "|" + g.grouping());
                    assertThat((double) b.getAs("between")).as("Theil between %s of %s", g.grouping(), d.subject())
                            .isCloseTo(g.decomposition().between(), within(TOL));
                    assertThat((double) b.getAs("within")).isCloseTo(g.decomposition().within(), within(TOL));
                }
            }
        }
        out.release();
    }

    @Test
    void provinceByProvinceWithNationalRanksAndTheilBetweenAndWithinProvincesEqualsTheEngine() {
        TestPanel panel = new TestPanel(12, 5, 2, 20, PERIODS);
        PlanSource plan = PlanSource.read(TestPanel.plan("entropy.properties"));
        EvaluationOutput out = SparkEvaluation.of(plan, "province").run(panel.rows());
        Map<String, Row> scores = byKey(out.scores().collectAsList(), "period", "unit", "node");
        Map<String, Row> national = byKey(out.disparity().filter("area = 'nation'").collectAsList(), "period", "node");
        PlanEvaluator engine = plan.evaluator();
        List<String> provinces = panel.province.stream().distinct().sorted().toList();
        for (int t = 0; t < PERIODS.size(); t++) {
            String period = PERIODS.get(t);
            List<String> units = new ArrayList<>();
            List<String> unitProvince = new ArrayList<>();
            List<Double> index = new ArrayList<>();
            List<Double> pop = new ArrayList<>();
            for (String p : provinces) {
                org.tongchou.engine.data.Dataset table = panel.table(t, p);
                PlanResult r = engine.evaluate(table);
                for (int i = 0; i < r.units().size(); i++) {
                    Row s = scores.get(period + "|" + r.units().get(i) + "|index");
                    assertThat((double) s.getAs("score")).as("index of %s in its province", r.units().get(i))
                            .isCloseTo(r.index().scores()[i], within(TOL));
                    assertThat((double) s.getAs("rank")).isEqualTo(r.index().ranks()[i]);
                    units.add(r.units().get(i));
                    unitProvince.add(p);
                    index.add(r.index().scores()[i]);
                    pop.add(table.column("pop")[i]);
                }
            }
            double[] x = index.stream().mapToDouble(Double::doubleValue).toArray();
            double[] nationalRanks = Ranker.standard().rank(units, x);
            for (int i = 0; i < units.size(); i++) {
                assertThat((double) scores.get(period + "|" + units.get(i) + "|index").getAs("national_rank"))
                        .as("national rank of %s", units.get(i)).isEqualTo(nationalRanks[i]);
            }
            TheilDecomposition d = new Disparity(MissingPolicy.SKIP).theilDecomposition("index", units, x,
                    pop.stream().mapToDouble(Double::doubleValue).toArray(), new Grouping("province", unitProvince), TheilIndex.T);
            Row n = national.get(period + "|index");
            assertThat((double) n.getAs("theil")).as("national Theil of the index (engine on all units)").isCloseTo(d.total(), within(TOL));
            assertThat((double) n.getAs("between")).as("between provinces").isCloseTo(d.between(), within(TOL));
            assertThat((double) n.getAs("within")).as("within provinces").isCloseTo(d.within(), within(TOL));
        }
        out.release();
    }

    @Test
    void theWideAndTheLongShuffleGiveTheSameRowsBitForBit() {
        TestPanel panel = new TestPanel(13, 3, 2, 15, PERIODS);
        PlanSource plan = PlanSource.read(TestPanel.plan("entropy.properties"));
        // the long form's rows spread over many partitions, so that units reach the wide form in pieces
        org.apache.spark.sql.Dataset<Row> rows = panel.rows().repartition(7);
        for (String area : new String[] {null, "province"}) {
            EvaluationOutput wide = SparkEvaluation.of(plan, area).with(SparkEvaluation.Shuffle.WIDE).run(rows);
            EvaluationOutput lng = SparkEvaluation.of(plan, area).with(SparkEvaluation.Shuffle.LONG).run(rows);
            for (String table : ResultSinks.tables(wide).keySet()) {
                List<String> a = ResultSinks.tables(wide).get(table).collectAsList().stream().map(Row::toString).sorted().toList();
                List<String> b = ResultSinks.tables(lng).get(table).collectAsList().stream().map(Row::toString).sorted().toList();
                assertThat(a).as("%s by %s", table, area).containsExactlyElementsOf(b);
                if (table.equals("score")) assertThat(a).as("scores by %s", area).isNotEmpty();
            }
            wide.release();
            lng.release();
        }
    }

    @Test
    void theWideShuffleTellsANullValueFromAnAbsentIndicatorAsTheLongFormDoes() {
        TestPanel panel = new TestPanel(14, 3, 2, 6, List.of("2025"));
        PlanSource plan = PlanSource.read(TestPanel.plan("entropy.properties"));
        String nulls = panel.province.get(0);
        String absent = panel.province.get(panel.province.size() - 1);
        // province one: i3's rows are there with null values; province three: no row of i5 at all
        org.apache.spark.sql.Dataset<Row> rows = panel.rows()
                .withColumn("value", org.apache.spark.sql.functions.when(org.apache.spark.sql.functions.col("indicator").equalTo("i3")
                        .and(org.apache.spark.sql.functions.col("province").equalTo(nulls)), org.apache.spark.sql.functions.lit(null))
                        .otherwise(org.apache.spark.sql.functions.col("value")))
                .filter(org.apache.spark.sql.functions.not(org.apache.spark.sql.functions.col("indicator").equalTo("i5")
                        .and(org.apache.spark.sql.functions.col("province").equalTo(absent))))
                .repartition(5);
        EvaluationOutput wide = SparkEvaluation.of(plan, "province").with(SparkEvaluation.Shuffle.WIDE).run(rows);
        EvaluationOutput lng = SparkEvaluation.of(plan, "province").with(SparkEvaluation.Shuffle.LONG).run(rows);
        Map<String, Row> refusedWide = byKey(wide.notes().filter("node_kind = 'REFUSED'").collectAsList(), "area");
        Map<String, Row> refusedLong = byKey(lng.notes().filter("node_kind = 'REFUSED'").collectAsList(), "area");
        assertThat(refusedWide.keySet()).as("both provinces refused, the other evaluated").containsExactlyInAnyOrder(nulls, absent);
        for (String area : List.of(nulls, absent)) {
            assertThat((String) refusedWide.get(area).getAs("message")).as("the engine's refusal in %s", area)
                    .isEqualTo(refusedLong.get(area).getAs("message"));
        }
        assertThat((String) refusedWide.get(nulls).getAs("message")).as("null values: missing values of i3").contains("i3")
                .isNotEqualTo(refusedWide.get(absent).getAs("message"));
        assertThat((String) refusedWide.get(absent).getAs("message")).as("no row: the indicator i5 is missing").contains("i5");
        wide.release();
        lng.release();
    }

    static Map<String, Row> byKey(List<Row> rows, String... columns) {
        Map<String, Row> m = new HashMap<>();
        for (Row r : rows) {
            StringBuilder k = new StringBuilder();
            for (String c : columns) {
                if (k.length() > 0) k.append('|');
                k.append((Object) r.getAs(c));
            }
            m.put(k.toString(), r);
        }
        return m;
    }
}
