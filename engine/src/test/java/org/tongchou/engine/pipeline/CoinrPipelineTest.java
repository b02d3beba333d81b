package org.tongchou.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.framework.Framework;
import org.tongchou.engine.io.CsvTable;
import org.tongchou.engine.io.DatasetCsv;
import org.tongchou.engine.prepare.OutlierTreatment;
import org.tongchou.engine.testing.ReferenceData;

/**
 * Conformance with COINr's {@code build_example_coin()} (ASEM index, 51 units × 49 indicators): every
 * stage against the stage tables COINr v0 wrote (its raw inputs were stored rounded to about 9 significant
 * digits, up to 1.3e-8 relative from v1's, hence relative 5e-8 on the unscaled stages), the final Index against COINr v1 to 1e-9.
 */
class CoinrPipelineTest {
    static Framework framework;
    static Dataset data;
    static PipelineResult result;

    @BeforeAll
    static void run() {
        framework = CoinrExample.framework();
        data = CoinrExample.data();
        result = new CompositePipeline(framework, data).run(PipelineConfig.coinrExample());
    }

    /** A v0 stage table: UnitCode plus indicators; group/name/year columns ignored. */
    private static Dataset stage(String file) {
        CsvTable t = CsvTable.read(CoinrExample.stage(file));
        Set<String> ignore = new java.util.HashSet<>();
        for (String h : t.header()) {
            if (h.startsWith("Group_") || h.equals("UnitName") || h.equals("Year")) ignore.add(h);
        }
        return DatasetCsv.read(t, "UnitCode", Set.of(), ignore);
    }

    private static void assertStage(Dataset ours, Dataset expected, double relTol, double absTol, String label) {
        int compared = 0;
        for (String code : expected.indicators()) {
            if (!ours.hasIndicator(code)) continue;
            for (String unit : expected.units()) {
                double e = expected.get(expected.unitIndexOf(unit), expected.indicatorIndexOf(code));
                double a = ours.get(ours.unitIndexOf(unit), ours.indicatorIndexOf(code));
                if (Double.isNaN(e)) {
                    assertThat(a).as("%s: unit %s, %s (missing)", label, unit, code).isNaN();
                } else {
                    assertThat(a).as("%s: unit %s, %s", label, unit, code)
                            .isCloseTo(e, within(Math.max(absTol, relTol * Math.abs(e))));
                }
                compared++;
            }
        }
        assertThat(compared).as(label + ": cells compared").isGreaterThan(2000);
    }

    @Test
    void denominatedMatchesCoinr() {
        assertStage(result.denominated(), stage("Data_Denominated.csv"), 5e-8, 1e-15, "COINr v0 Data_Denominated");
    }

    @Test
    void imputedMatchesCoinr() {
        assertStage(result.imputed(), stage("Data_Imputed.csv"), 5e-8, 1e-15, "COINr v0 Data_Imputed (EurAsia group mean)");
    }

    @Test
    void treatedMatchesCoinr() {
        assertStage(result.treated(), stage("Data_Treated.csv"), 5e-8, 1e-15, "COINr v0 Data_Treated");
    }

    @Test
    void treatmentFlagsMatchCoinr() {
        assertThat(result.treatment().winsorisedIndicators()).as("COINr: 15 indicators winsorised").hasSize(15);
        assertThat(result.treatment().loggedIndicators()).as("COINr: none logged").isEmpty();
        CsvTable flags = CsvTable.read(CoinrExample.stage("Analysis_Treated_TreatFlags.csv"));
        List<String> mismatches = new ArrayList<>();
        List<String> units = data.units();
        for (List<String> row : flags.rows()) {
            int i = units.indexOf(row.get(0));
            for (int c = 1; c < row.size(); c++) {
                int j = framework.indexOf(flags.header().get(c));
                OutlierTreatment.Point p = result.treatment().flags()[j][i];
                String ours = switch (p) {
                    case NONE -> "No";
                    case WIN_HIGH -> "WHigh";
                    case WIN_LOW -> "WLow";
                    case LOG -> "Log";
                };
                if (!ours.equals(row.get(c))) mismatches.add(row.get(0) + "/" + flags.header().get(c) + ": " + ours + " vs " + row.get(c));
            }
        }
        assertThat(mismatches).as("COINr v0 Analysis_Treated_TreatFlags").isEmpty();
        CsvTable summary = CsvTable.read(CoinrExample.stage("Analysis_Treated_TreatSummary.csv"));
        for (List<String> row : summary.rows()) {
            var o = result.treatment().outcomes().stream().filter(x -> x.indicator().equals(row.get(0))).findFirst().orElseThrow();
            assertThat(o.outcome().winsorisedLow()).as("COINr v0 TreatSummary Low, " + row.get(0))
                    .isEqualTo((int) Double.parseDouble(row.get(1)));
            assertThat(o.outcome().winsorisedHigh()).as("COINr v0 TreatSummary High, " + row.get(0))
                    .isEqualTo((int) Double.parseDouble(row.get(2)));
        }
    }

    @Test
    void normalisedMatchesCoinr() {
        assertStage(result.normalised(), stage("Data_Normalised.csv"), 1e-8, 1e-7, "COINr v0 Data_Normalised");
    }

    @Test
    void aggregatedMatchesCoinr() {
        assertStage(result.aggregated(), stage("Data_Aggregated.csv"), 1e-8, 1e-7, "COINr v0 Data_Aggregated");
    }

    @Test
    void indexAndRanksMatchCoinrV1() {
        CsvTable expected = CsvTable.read(ReferenceData.require("coinr-asem/expected_Index_nominal_R_v1.csv"));
        assertThat(expected.rows()).hasSize(51);
        for (List<String> row : expected.rows()) {
            int i = data.unitIndexOf(row.get(0));
            assertThat(result.index()[i]).as("COINr v1 expected_Index_nominal, Index of %s", row.get(0))
                    .isCloseTo(Double.parseDouble(row.get(1)), within(1e-9));
            assertThat(result.ranks()[i]).as("COINr v1 expected_Index_nominal, Rank of %s", row.get(0))
                    .isEqualTo(Integer.parseInt(row.get(2)));
        }
    }

    @Test
    void runIndexEqualsFullRun() {
        CompositePipeline p = new CompositePipeline(framework, data);
        double[] index = new double[data.unitCount()];
        p.runIndex(PipelineConfig.coinrExample(), index);
        assertThat(index).as("fast path equals full run").containsExactly(result.index(), within(0.0));
    }
}
