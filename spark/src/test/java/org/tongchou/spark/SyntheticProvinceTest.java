package org.tongchou.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongchou.engine.data.Grouping;
import org.tongchou.engine.plan.PlanResult;

/**
 * A sampled province of the national synthetic panel, generated on Spark, written as Parquet partitioned by
 * year and province and read back with only that province's folders: the plan evaluated on Spark equals the
 * in-process engine on the same values (taken from the generator directly, not from Parquet) to 1e-12.
 */
class SyntheticProvinceTest {
    @Test
    void aSampledProvinceReadFromParquetEqualsTheEngine(@TempDir Path dir) {
        SyntheticNation nation = new SyntheticNation(SyntheticNation.Level.TOWNSHIP, 2025, 2025, 8, 5);
        String panelDir = dir.resolve("panel").toString();
        PanelSources.writeParquet(nation.generate(LocalSpark.get(), 2), panelDir, SaveMode.Overwrite);
        PlanSource plan = SyntheticNation.plan();
        EvaluationOutput out = SparkEvaluation.of(plan, null).run(PanelSources.parquet(LocalSpark.get(), panelDir, List.of(2025), List.of("32")));
        Map<String, Row> scores = SparkEvaluationTest.byKey(out.scores().filter("node_kind in ('INDEX', 'DIMENSION')").collectAsList(),
                "period", "unit", "node");
        Map<String, Row> disparity = SparkEvaluationTest.byKey(out.disparity().collectAsList(), "period", "node", "grouping");

        // the same province straight from the generator
        TreeMap<String, Map<String, Double>> values = new TreeMap<>();
        Map<String, String[]> groups = new HashMap<>();
        for (long k = 0; k < nation.units(); k++) {
            for (Row r : nation.rowsOf(k * nation.sample())) {
                if (!r.getString(4).equals("32") || !r.getString(0).equals("2025")) continue;
                values.computeIfAbsent(r.getString(1), u -> new LinkedHashMap<>()).put(r.getString(2), r.getDouble(3));
                groups.put(r.getString(1), new String[] {r.getString(4), r.getString(5), r.getString(6)});
            }
        }
        List<String> units = new ArrayList<>(values.keySet());
        List<String> codes = SyntheticNation.indicators();
        double[][] cols = new double[codes.size()][units.size()];
        for (int j = 0; j < codes.size(); j++) for (int i = 0; i < units.size(); i++) cols[j][i] = values.get(units.get(i)).get(codes.get(j));
        List<Grouping> gs = new ArrayList<>();
        String[] names = {"province", "prefecture", "county"};
        for (int g = 0; g < 3; g++) {
            int gg = g;
            gs.add(new Grouping(names[g], units.stream().map(u -> groups.get(u)[gg]).toList()));
        }
        PlanResult r = plan.evaluator().evaluate(new org.tongchou.engine.data.Dataset(units, codes, cols, gs));

        assertThat(units).as("townships of the sampled province 32").hasSizeGreaterThan(150);
        assertThat(scores).as("index and dimension rows").hasSize(units.size() * 6);
        for (PlanResult.ScoredNode n : r.nodes()) {
            if (n.kind() != PlanResult.NodeKind.INDEX && n.kind() != PlanResult.NodeKind.DIMENSION) continue;
            for (int i = 0; i < units.size(); i++) {
                Row s = scores.get("2025|" + units.get(i) + "|" + n.code());
                assertThat((double) s.getAs("score")).as("%s of %s", n.code(), units.get(i)).isCloseTo(n.scores()[i], within(1e-12));
                assertThat((double) s.getAs("rank")).isEqualTo(n.ranks()[i]);
            }
        }
        PlanResult.DisparityRow d = r.disparity().get(0);
        PlanResult.GroupedTheil byCounty = d.byGroup().get(2);
        Row t = disparity.get("2025|index|county");
        assertThat((double) t.getAs("between")).as("Theil of the index between counties").isCloseTo(byCounty.decomposition().between(), within(1e-12));
        assertThat((double) t.getAs("within")).isCloseTo(byCounty.decomposition().within(), within(1e-12));
        out.release();
    }
}
