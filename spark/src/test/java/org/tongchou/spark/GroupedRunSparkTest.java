package org.tongchou.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.tongchou.engine.io.CsvTable;

/**
 * A grouped plan with a coupling model and a population-weighted disparity on Spark equals the application's stored
 * run to 1e-12. The fixture ({@code src/test/resources/grouped-run}) is what the application's {@code run-inputs}
 * writes of a run that ranks five counties of a province, grouped by prefecture ({@code PREFECTURE}), with the urban
 * and rural subsystems' coupling (the application's {@code EvaluationLevelsTest} checks it still makes exactly these
 * files and that the in-process engine on them gives the stored figures): the index and dimension scores and ranks,
 * the ranks within prefectures, the Theil splits between and within prefectures of every subject and each unit's
 * coupling (U of each subsystem, C, T, D and D's class).
 */
class GroupedRunSparkTest {
    @Test
    void aGroupedRunWithCouplingOnSparkEqualsTheStoredRun() {
        PlanSource plan = PlanSource.read(TestPanel.plan("../grouped-run/plan.properties"));
        assertThat(plan.groups()).containsExactly("PREFECTURE");
        CsvTable panel = CsvTable.read(TestPanel.plan("../grouped-run/panel.csv"));
        assertThat(panel.header()).containsExactly("period", "unit", "indicator", "value", "PREFECTURE");
        List<Row> rows = new ArrayList<>();
        for (List<String> r : panel.rows()) {
            rows.add(RowFactory.create(r.get(0), r.get(1), r.get(2), r.get(3).isEmpty() ? null : Double.parseDouble(r.get(3)), r.get(4)));
        }
        EvaluationOutput out = SparkEvaluation.of(plan, null).run(LocalSpark.get().createDataFrame(rows, Panel.schema(List.of("PREFECTURE"))));
        assertThat(out.notes().filter("node_kind = 'REFUSED'").count()).as("refused evaluations").isZero();

        Map<String, Row> scores = SparkEvaluationTest.byKey(out.scores().collectAsList(), "period", "unit", "node");
        List<List<String>> stored = CsvTable.read(TestPanel.plan("../grouped-run/results.csv")).rows();
        assertThat(stored).as("5 counties x the index and its dimension").hasSize(10);
        for (List<String> r : stored) {
            Row s = scores.get(r.get(0) + "|" + r.get(1) + "|" + r.get(2));
            assertThat((double) s.getAs("score")).as("%s of %s", r.get(2), r.get(1)).isCloseTo(Double.parseDouble(r.get(3)), within(1e-12));
            assertThat((double) s.getAs("rank")).as("rank on %s of %s", r.get(2), r.get(1)).isEqualTo(Double.parseDouble(r.get(4)));
        }

        Map<String, Row> groupRanks = SparkEvaluationTest.byKey(out.groupRanks().collectAsList(), "period", "unit", "node", "grouping");
        List<List<String>> storedRanks = CsvTable.read(TestPanel.plan("../grouped-run/group-ranks.csv")).rows();
        assertThat(storedRanks).isNotEmpty();
        for (List<String> r : storedRanks) {
            Row g = groupRanks.get(r.get(0) + "|" + r.get(1) + "|" + r.get(2) + "|" + r.get(3));
            assertThat((String) g.getAs("grp")).as("prefecture of %s", r.get(1)).isEqualTo(r.get(4));
            assertThat((double) g.getAs("rank")).as("rank of %s in its prefecture on %s", r.get(1), r.get(2)).isEqualTo(Double.parseDouble(r.get(5)));
        }
        assertThat(groupRanks).hasSameSizeAs(storedRanks);

        Map<String, Row> theil = SparkEvaluationTest.byKey(out.disparity().filter("grouping IS NOT NULL").collectAsList(), "period", "node", "grouping");
        List<List<String>> storedTheil = CsvTable.read(TestPanel.plan("../grouped-run/theil.csv")).rows();
        assertThat(storedTheil).isNotEmpty();
        for (List<String> r : storedTheil) {
            Row t = theil.get(r.get(0) + "|" + r.get(1) + "|" + r.get(2));
            assertThat((double) t.getAs("theil")).as("Theil of %s", r.get(1)).isCloseTo(Double.parseDouble(r.get(3)), within(1e-12));
            assertThat((double) t.getAs("between")).as("between prefectures, %s", r.get(1)).isCloseTo(Double.parseDouble(r.get(4)), within(1e-12));
            assertThat((double) t.getAs("within")).as("within prefectures, %s", r.get(1)).isCloseTo(Double.parseDouble(r.get(5)), within(1e-12));
        }

        List<List<String>> coupling = CsvTable.read(TestPanel.plan("../grouped-run/coupling.csv")).rows();
        assertThat(coupling).hasSize(5);
        String[] nodes = {AreaEvaluation.COUPLING_U + "urban", AreaEvaluation.COUPLING_U + "rural", "C", "T", "D"};
        for (List<String> r : coupling) {
            for (int k = 0; k < nodes.length; k++) {
                Row c = scores.get(r.get(0) + "|" + r.get(1) + "|" + nodes[k]);
                assertThat((String) c.getAs("node_kind")).isEqualTo(AreaEvaluation.COUPLING);
                assertThat((double) c.getAs("score")).as("%s of %s", nodes[k], r.get(1)).isCloseTo(Double.parseDouble(r.get(2 + k)), within(1e-12));
            }
            Row d = scores.get(r.get(0) + "|" + r.get(1) + "|D");
            int storedClass = Integer.parseInt(r.get(7));
            assertThat(d.isNullAt(d.fieldIndex("raw")) ? -1 : (int) (double) d.getAs("raw")).as("class of D of %s", r.get(1)).isEqualTo(storedClass);
        }
        out.release();
    }
}
