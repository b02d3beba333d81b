package org.tongchou.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongchou.app.indicators.Framework;
import org.tongchou.app.indicators.FrameworkYaml;

/** The runner alone on the fixture's numbers (no database): the index worked out by hand. */
class EvaluationRunnerTest {
    @Test
    void equalWeightsGiveTheHandWorkedIndex() {
        Framework fw = FrameworkYaml.read(new StringReader(EvaluationFixture.YAML), "fixture");
        EvaluationPlan plan = new EvaluationPlan(0, "p", "p", "mini", List.of(), PlanNormalisation.MIN_MAX,
                IndicatorWeighting.EQUAL, GroupWeighting.EQUAL, PlanAggregation.ARITHMETIC, EvaluationFixture.CITY, null, Map.of());
        PlanTree tree = PlanTree.of(fw, List.of());
        List<Town> towns = List.of(new Town(1, "A", "A"), new Town(2, "B", "B"), new Town(3, "C", "C"));
        Map<String, double[]> raw = Map.of("x1", new double[] {10, 20, 30}, "x2", new double[] {5, 3, 1},
                "urate", new double[] {50, 60, 80}, "x3", new double[] {7, 1, 4});
        RunResult r = EvaluationRunner.run(plan, fw, fw.validate(), tree, towns, raw, Map.of()).result();
        assertThat(r.units().get(0).score()).as("hand-worked index of A: (0 + 0)/2·½ + (0 + 1)/2·½").isCloseTo(0.25, within(1e-12));
        assertThat(r.units().get(1).score()).as("hand-worked index of B").isCloseTo(1.0 / 3, within(1e-12));
        assertThat(r.units().get(2).score()).as("hand-worked index of C").isCloseTo(0.875, within(1e-12));
    }
}
