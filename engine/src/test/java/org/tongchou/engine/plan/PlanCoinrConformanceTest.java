package org.tongchou.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongchou.engine.aggregate.AggregationMethod;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.framework.Framework;
import org.tongchou.engine.io.CsvTable;
import org.tongchou.engine.normalise.ConstantColumn;
import org.tongchou.engine.normalise.MinMax;
import org.tongchou.engine.pipeline.CoinrExample;
import org.tongchou.engine.pipeline.CompositePipeline;
import org.tongchou.engine.pipeline.PipelineConfig;
import org.tongchou.engine.testing.ReferenceData;

/**
 * The plan evaluator against COINr's ASEM example (the European Commission JRC's R package): its
 * treated data (denominated, imputed, winsorised as COINr does, checked stage by stage in
 * {@code CoinrPipelineTest}), min-max to [0, 100] and the framework's weights at every level, aggregated
 * arithmetically indicator → pillar → sub-index → index, reproduce COINr v1's published index and ranks.
 */
class PlanCoinrConformanceTest {
    @Test
    void fixedWeightsArithmeticPlanReproducesCoinrsIndex() {
        Framework framework = CoinrExample.framework();
        Dataset treated = new CompositePipeline(framework, CoinrExample.data()).run(PipelineConfig.coinrExample()).treated();
        PlanSpec spec = PlanSpec.of(PlanTree.fromFramework(framework), new MinMax(0, 100, ConstantColumn.MIDPOINT),
                IndicatorWeighting.FIXED, GroupWeighting.FIXED, AggregationMethod.ARITHMETIC).withObstacleIdeal(100);
        PlanResult r = new PlanEvaluator(spec).evaluate(treated);
        CsvTable expected = CsvTable.read(ReferenceData.require("coinr-asem/expected_Index_nominal_R_v1.csv"));
        assertThat(expected.rows()).hasSize(51);
        for (List<String> row : expected.rows()) {
            int i = r.units().indexOf(row.get(0));
            assertThat(r.index().scores()[i]).as("COINr v1 expected_Index_nominal, Index of %s", row.get(0))
                    .isCloseTo(Double.parseDouble(row.get(1)), within(1e-9));
            assertThat(r.index().ranks()[i]).as("COINr v1 expected_Index_nominal, Rank of %s", row.get(0))
                    .isEqualTo(Integer.parseInt(row.get(2)));
        }
        assertThat(r.obstacles()).as("obstacle degrees on the [0, 100] scale").isNotNull();
    }
}
