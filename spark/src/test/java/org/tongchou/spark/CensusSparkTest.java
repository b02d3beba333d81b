package org.tongchou.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.tongchou.engine.data.Grouping;
import org.tongchou.engine.io.CsvTable;
import org.tongchou.engine.plan.PlanResult;
import org.tongchou.engine.testing.ReferenceData;

/**
 * The counties of the 2020 population census (../shared/reference/census, Dong, Du &amp; Liu 2022; skipped
 * with a message when absent), as the census reported them: the urbanisation rate recomputed from urban and
 * resident population, ranked nationally with the population-weighted Theil index between and within
 * provinces (the province of the county's code). Spark (local[2]) equals the in-process engine to 1e-12.
 */
class CensusSparkTest {
    @Test
    void theCensusCountiesOnSparkEqualTheEngine() {
        Path file = ReferenceData.require("census/census_county_2010_2020_long.csv");
        CsvTable t = CsvTable.read(file);
        int code = t.requireColumn("code");
        int year = t.requireColumn("year");
        int total = t.requireColumn("pop_total");
        int urban = t.requireColumn("pop_urban");
        TreeMap<String, double[]> counties = new TreeMap<>();
        for (List<String> r : t.rows()) {
            if (!r.get(year).equals("2020")) continue;
            double resident = Double.parseDouble(r.get(total));
            if (!(resident > 0)) continue;
            counties.put(r.get(code), new double[] {Double.parseDouble(r.get(urban)) / resident * 100, resident});
        }
        List<String> units = new ArrayList<>(counties.keySet());
        List<Row> rows = new ArrayList<>();
        double[][] cols = new double[2][units.size()];
        List<String> province = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            double[] v = counties.get(units.get(i));
            String p = units.get(i).substring(0, 2);
            province.add(p);
            cols[0][i] = v[0];
            cols[1][i] = v[1];
            rows.add(RowFactory.create("2020", units.get(i), "urbanisation", v[0], p));
            rows.add(RowFactory.create("2020", units.get(i), "resident", v[1], p));
        }
        PlanSource plan = PlanSource.read(TestPanel.plan("census.properties"));
        EvaluationOutput out = SparkEvaluation.of(plan, null)
                .run(LocalSpark.get().createDataFrame(rows, Panel.schema(List.of("province"))));
        Map<String, Row> scores = SparkEvaluationTest.byKey(out.scores().filter("node_kind = 'INDEX'").collectAsList(), "unit");
        Map<String, Row> groupRanks = SparkEvaluationTest.byKey(out.groupRanks().filter("node = 'index'").collectAsList(), "unit");
        Row theil = SparkEvaluationTest.byKey(out.disparity().collectAsList(), "node", "grouping").get("urbanisation|province");

        PlanResult r = plan.evaluator().evaluate(new org.tongchou.engine.data.Dataset(units, List.of("urbanisation", "resident"), cols,
                List.of(new Grouping("province", province))));
        assertThat(units).as("2020 census counties").hasSizeGreaterThan(2900);
        double[] provincial = r.groupRanks().stream().filter(g -> g.node().equals("index")).findFirst().orElseThrow().ranks();
        for (int i = 0; i < units.size(); i++) {
            Row s = scores.get(units.get(i));
            assertThat((double) s.getAs("score")).as("index of %s", units.get(i)).isCloseTo(r.index().scores()[i], within(1e-12));
            assertThat((double) s.getAs("rank")).as("national rank of %s", units.get(i)).isEqualTo(r.index().ranks()[i]);
            assertThat((double) groupRanks.get(units.get(i)).getAs("rank")).as("rank in its province").isEqualTo(provincial[i]);
        }
        PlanResult.GroupedTheil g = r.disparity().stream().filter(d -> d.subject().equals("urbanisation")).findFirst().orElseThrow().byGroup().get(0);
        assertThat((double) theil.getAs("theil")).as("population-weighted Theil T of urbanisation").isCloseTo(g.decomposition().total(), within(1e-12));
        assertThat((double) theil.getAs("between")).as("between provinces").isCloseTo(g.decomposition().between(), within(1e-12));
        assertThat((double) theil.getAs("within")).as("within provinces").isCloseTo(g.decomposition().within(), within(1e-12));
        out.release();
    }
}
