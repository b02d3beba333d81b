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
 * The demo city on Spark equals the application's stored runs to 1e-12. The fixture
 * ({@code src/test/resources/demo-city}) is what the application's {@code run-inputs} command writes of the
 * demo's published runs of its default plan, 2016–2024: the plan as a plan file with its framework (the tree
 * mixes dimensions of groups with dimensions of direct indicators), the raw values as the long-form panel, and
 * the overall and dimension scores and ranks the application stored, and its coupling of the urban and rural subsystems. The application's {@code DemoLoadTest}
 * checks that the demo still makes exactly these files, so this module keeps depending on the engine only.
 */
class DemoCitySparkTest {
    @Test
    void theDemoCitysRunsOnSparkEqualTheStoredRuns() {
        PlanSource plan = PlanSource.read(TestPanel.plan("../demo-city/plan.properties"));
        CsvTable panel = CsvTable.read(TestPanel.plan("../demo-city/panel.csv"));
        List<Row> rows = new ArrayList<>();
        for (List<String> r : panel.rows()) rows.add(RowFactory.create(r.get(0), r.get(1), r.get(2), Double.parseDouble(r.get(3))));
        EvaluationOutput out = SparkEvaluation.of(plan, null).run(LocalSpark.get().createDataFrame(rows, Panel.schema(List.of())));
        Map<String, Row> scores = SparkEvaluationTest.byKey(out.scores().filter("node_kind in ('INDEX', 'DIMENSION')").collectAsList(),
                "period", "unit", "node");
        assertThat(out.notes().filter("node_kind = 'REFUSED'").count()).as("refused evaluations").isZero();

        CsvTable stored = CsvTable.read(TestPanel.plan("../demo-city/results.csv"));
        assertThat(stored.rows()).as("stored scores: 9 years × 8 or 10 towns × the index and 7 dimensions").hasSize(8 * (5 * 8 + 4 * 10));
        assertThat(scores).as("Spark's index and dimension rows").hasSize(stored.rows().size());
        for (List<String> r : stored.rows()) {
            Row s = scores.get(r.get(0) + "|" + r.get(1) + "|" + r.get(2));
            assertThat(s).as("%s %s %s on Spark", r.get(0), r.get(1), r.get(2)).isNotNull();
            assertThat((double) s.getAs("score")).as("%s of %s in %s", r.get(2), r.get(1), r.get(0))
                    .isCloseTo(Double.parseDouble(r.get(3)), within(1e-12));
            assertThat((double) s.getAs("rank")).as("rank on %s of %s in %s", r.get(2), r.get(1), r.get(0)).isEqualTo(Double.parseDouble(r.get(4)));
        }
        // the framework's urban and rural subsystems (entropy-weighted): every town's U, C, T, D and D's class
        Map<String, Row> all = SparkEvaluationTest.byKey(out.scores().filter("node_kind = 'COUPLING'").collectAsList(), "period", "unit", "node");
        List<List<String>> coupling = CsvTable.read(TestPanel.plan("../demo-city/coupling.csv")).rows();
        assertThat(coupling).as("9 years × 8 or 10 towns").hasSize(5 * 8 + 4 * 10);
        String[] nodes = {AreaEvaluation.COUPLING_U + "urban", AreaEvaluation.COUPLING_U + "rural", "C", "T", "D"};
        for (List<String> r : coupling) {
            for (int k = 0; k < nodes.length; k++) {
                Row c = all.get(r.get(0) + "|" + r.get(1) + "|" + nodes[k]);
                assertThat((double) c.getAs("score")).as("%s of %s in %s", nodes[k], r.get(1), r.get(0))
                        .isCloseTo(Double.parseDouble(r.get(2 + k)), within(1e-12));
            }
            Row d = all.get(r.get(0) + "|" + r.get(1) + "|D");
            assertThat(d.isNullAt(d.fieldIndex("raw")) ? -1 : (int) (double) d.getAs("raw")).isEqualTo(Integer.parseInt(r.get(7)));
        }
        out.release();
    }
}
