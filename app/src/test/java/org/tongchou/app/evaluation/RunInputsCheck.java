package org.tongchou.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.Grouping;
import org.tongchou.engine.framework.FrameworkCsv;
import org.tongchou.engine.io.CsvTable;
import org.tongchou.engine.plan.PlanEvaluator;
import org.tongchou.engine.plan.PlanFile;
import org.tongchou.engine.plan.PlanResult;
import org.tongchou.engine.plan.PlanSpec;

/**
 * The files of {@code run-inputs} evaluated by the engine from themselves alone (its plan file, framework and panel,
 * one evaluation per period) against the stored figures they carry: scores and ranks, ranks within groups, Theil
 * splits, coupling. What the Spark module's tests do with Spark, here with the in-process engine.
 */
final class RunInputsCheck {
    private RunInputsCheck() {
    }

    static void assertEngineGivesTheStoredFigures(Map<String, String> files, double tolerance) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(files.get(RunInputFiles.PLAN)));
        PlanSpec spec = PlanFile.choices(p, "run-inputs").spec(FrameworkCsv.read(CsvTable.read(new StringReader(files.get(RunInputFiles.FRAMEWORK)),
                "framework")));
        CsvTable panel = CsvTable.read(new StringReader(files.get(RunInputFiles.PANEL)), "panel");
        List<String> groupings = panel.header().subList(4, panel.header().size());
        // period -> unit -> indicator -> value, and the unit's groups
        Map<String, TreeMap<String, Map<String, Double>>> byPeriod = new TreeMap<>();
        Map<String, List<String>> groups = new HashMap<>();
        for (List<String> r : panel.rows()) {
            byPeriod.computeIfAbsent(r.get(0), k -> new TreeMap<>()).computeIfAbsent(r.get(1), k -> new HashMap<>())
                    .put(r.get(2), r.get(3).isEmpty() ? Double.NaN : Double.parseDouble(r.get(3)));
            groups.put(r.get(1), r.subList(4, r.size()));
        }
        Map<String, PlanResult> results = new HashMap<>();
        Map<String, List<String>> unitsOf = new HashMap<>();
        byPeriod.forEach((period, units) -> {
            List<String> codes = new ArrayList<>(units.keySet());
            List<String> indicators = units.values().stream().flatMap(m -> m.keySet().stream()).distinct().sorted().toList();
            double[][] cols = new double[indicators.size()][codes.size()];
            for (int j = 0; j < indicators.size(); j++) {
                for (int i = 0; i < codes.size(); i++) cols[j][i] = units.get(codes.get(i)).getOrDefault(indicators.get(j), Double.NaN);
            }
            List<Grouping> gs = new ArrayList<>();
            for (int g = 0; g < groupings.size(); g++) {
                int at = g;
                gs.add(new Grouping(groupings.get(g), codes.stream().map(u -> groups.get(u).get(at)).toList()));
            }
            results.put(period, new PlanEvaluator(spec).evaluate(new Dataset(codes, indicators, cols, gs)));
            unitsOf.put(period, codes);
        });
        int checked = 0;
        for (List<String> r : CsvTable.read(new StringReader(files.get(RunInputFiles.RESULTS)), "results").rows()) {
            PlanResult.ScoredNode n = results.get(r.get(0)).nodes().stream().filter(x -> x.code().equals(r.get(2))).findFirst().orElseThrow();
            int i = unitsOf.get(r.get(0)).indexOf(r.get(1));
            assertThat(n.scores()[i]).as("score of %s on %s in %s", r.get(1), r.get(2), r.get(0)).isCloseTo(Double.parseDouble(r.get(3)), within(tolerance));
            assertThat(n.ranks()[i]).as("rank of %s on %s in %s", r.get(1), r.get(2), r.get(0)).isEqualTo(Double.parseDouble(r.get(4)));
            checked++;
        }
        assertThat(checked).isPositive();
        if (files.containsKey(RunInputFiles.GROUP_RANKS)) {
            for (List<String> r : CsvTable.read(new StringReader(files.get(RunInputFiles.GROUP_RANKS)), "group ranks").rows()) {
                PlanResult.GroupRanks g = results.get(r.get(0)).groupRanks().stream()
                        .filter(x -> x.node().equals(r.get(2)) && x.grouping().equals(r.get(3))).findFirst().orElseThrow();
                int i = unitsOf.get(r.get(0)).indexOf(r.get(1));
                assertThat(groups.get(r.get(1)).get(groupings.indexOf(r.get(3)))).isEqualTo(r.get(4));
                assertThat(g.ranks()[i]).as("rank of %s in its %s on %s", r.get(1), r.get(3), r.get(2)).isEqualTo(Double.parseDouble(r.get(5)));
            }
            for (List<String> r : CsvTable.read(new StringReader(files.get(RunInputFiles.THEIL)), "theil").rows()) {
                PlanResult.GroupedTheil t = results.get(r.get(0)).disparity().stream().filter(d -> d.subject().equals(r.get(1))).findFirst()
                        .orElseThrow().byGroup().stream().filter(x -> x.grouping().equals(r.get(2))).findFirst().orElseThrow();
                assertThat(t.decomposition().total()).as("Theil of %s by %s", r.get(1), r.get(2)).isCloseTo(Double.parseDouble(r.get(3)), within(tolerance));
                assertThat(t.decomposition().between()).isCloseTo(Double.parseDouble(r.get(4)), within(tolerance));
                assertThat(t.decomposition().within()).isCloseTo(Double.parseDouble(r.get(5)), within(tolerance));
            }
        }
        if (files.containsKey(RunInputFiles.COUPLING)) {
            for (List<String> r : CsvTable.read(new StringReader(files.get(RunInputFiles.COUPLING)), "coupling").rows()) {
                PlanResult.Coupling c = results.get(r.get(0)).coupling();
                assertThat(c).as("coupling of %s", r.get(0)).isNotNull();
                int i = unitsOf.get(r.get(0)).indexOf(r.get(1));
                double[] engine = {c.scores()[0][i], c.scores()[1][i], c.coupling()[i], c.development()[i], c.coordination()[i]};
                for (int k = 0; k < engine.length; k++) {
                    assertThat(engine[k]).as("coupling figure %d of %s", k, r.get(1)).isCloseTo(Double.parseDouble(r.get(2 + k)), within(tolerance));
                }
                assertThat(c.classIndex()[i]).isEqualTo(Integer.parseInt(r.get(7)));
            }
        }
    }
}
