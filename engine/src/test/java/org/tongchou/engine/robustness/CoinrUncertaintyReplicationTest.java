package org.tongchou.engine.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.framework.Framework;
import org.tongchou.engine.io.CsvTable;
import org.tongchou.engine.pipeline.CoinrExample;
import org.tongchou.engine.pipeline.CompositePipeline;
import org.tongchou.engine.pipeline.PipelineConfig;

/**
 * Our own Monte Carlo over COINr's four assumptions (sensitivity vignette) on its example index,
 * compared with COINr's uncertainty run (UA_results_RankStats.csv, 100 replications). Both are random
 * samples, so agreement is statistical.
 */
class CoinrUncertaintyReplicationTest {
    static Framework framework;
    static Dataset data;
    static MonteCarlo monteCarlo;

    @BeforeAll
    static void setUp() {
        framework = CoinrExample.framework();
        data = CoinrExample.data();
        PipelineModel model = new PipelineModel(new CompositePipeline(framework, data), PipelineConfig.coinrExample(),
                CoinrExampleAssumptions.all(framework, 2024));
        monteCarlo = new MonteCarlo(data.units(), model.assumptions(), model, 2);
    }

    @Test
    void reusingNormalisedStagesGivesIdenticalScores() {
        PipelineModel reuse = new PipelineModel(new CompositePipeline(framework, data), PipelineConfig.coinrExample(),
                CoinrExampleAssumptions.all(framework, 2024), StageReuse.REUSE_NORMALISED);
        UncertaintyResult a = monteCarlo.uncertainty(300, 11);
        UncertaintyResult b = new MonteCarlo(data.units(), reuse.assumptions(), reuse, 2).uncertainty(300, 11);
        assertThat(b.scores()).as("stage reuse must not change any score").isDeepEqualTo(a.scores());
        assertThat(b.nominalScores()).isEqualTo(a.nominalScores());
    }

    @Test
    void rankIntervalsAreCloseToCoinrs() {
        UncertaintyResult ours = monteCarlo.uncertainty(1000, 2024);
        CsvTable coinr = CsvTable.read(org.tongchou.engine.testing.ReferenceData
                .require("coinr-asem/uncertainty/UA_results_RankStats.csv"));
        int medianWithin2 = 0, q5Within3 = 0, q95Within3 = 0, nominalSame = 0;
        StringBuilder report = new StringBuilder();
        for (List<String> row : coinr.rows()) {
            UnitRankStatistics s = ours.statistics().get(data.unitIndexOf(row.get(0)));
            double nominal = Double.parseDouble(row.get(1));
            double median = Double.parseDouble(row.get(3));
            double q5 = Double.parseDouble(row.get(4));
            double q95 = Double.parseDouble(row.get(5));
            if (s.nominal() == nominal) nominalSame++;
            if (Math.abs(s.median() - median) <= 2) medianWithin2++;
            if (Math.abs(s.q5() - q5) <= 3) q5Within3++;
            if (Math.abs(s.q95() - q95) <= 3) q95Within3++;
            report.append(String.format("%s nominal %s/%s median %.1f/%.1f q5 %.2f/%.2f q95 %.2f/%.2f%n", row.get(0),
                    s.nominal(), nominal, s.median(), median, s.q5(), q5, s.q95(), q95));
        }
        String src = "COINr UA_results_RankStats.csv (100 replications) vs ours (1000, seed 2024):\n" + report;
        assertThat(nominalSame).as("nominal ranks, " + src).isEqualTo(51);
        // Observed with seed 2024: median within 2 for 50 of 51 units (LUX, whose ranks spread from 4 to 29,
        // has median 12 here and 16 in COINr's 100 draws), Q5 and Q95 within 3 for all 51.
        assertThat(medianWithin2).as("units whose median rank is within 2 of COINr's, " + src).isGreaterThanOrEqualTo(48);
        assertThat(q5Within3).as("units whose 5th percentile is within 3 of COINr's, " + src).isGreaterThanOrEqualTo(48);
        assertThat(q95Within3).as("units whose 95th percentile is within 3 of COINr's, " + src).isGreaterThanOrEqualTo(48);
    }

    /**
     * Our sensitivity run (N = 500, 3,000 regenerations) against COINr's (N = 100): with seed 7 our
     * indices are Si = 0.003, -0.050, 0.059, 0.500 and STi = 0.049, 0.294, 0.155, 0.805 (COINr: Si 0.040,
     * 0.252, 0.228, 0.368; STi 0.048, 0.271, 0.178, 0.618). COINr's N = 100 estimates are rough (its
     * bootstrap intervals are 0.3 to 0.7 wide for Si), so the check is that ours fall within COINr's
     * 90 % bootstrap interval, widened by 0.05 for the sampling error of our own estimate.
     */
    @Test
    void sensitivityIndicesFallWithinCoinrsBootstrapIntervals() {
        SensitivityRun run = monteCarlo.sensitivity(500, 7, SensitivityTarget.MEAN_ABSOLUTE_RANK_CHANGE,
                VarianceEstimator.SAMPLE, Optional.empty());
        assertThat(run.outputs()).hasSize(3000);
        CsvTable coinr = CsvTable.read(org.tongchou.engine.testing.ReferenceData
                .require("coinr-asem/uncertainty/SA_results_Sensitivity.csv"));
        for (int i = 0; i < 4; i++) {
            List<String> row = coinr.rows().get(i);
            SensitivityIndex ours = run.indices().indices().get(i);
            assertThat(ours.input()).isEqualTo(row.get(0));
            String src = "COINr SA_results_Sensitivity.csv 90 % interval of " + row.get(0);
            assertThat(ours.si()).as(src + " Si").isBetween(Double.parseDouble(row.get(3)) - 0.05,
                    Double.parseDouble(row.get(4)) + 0.05);
            assertThat(ours.sti()).as(src + " STi").isBetween(Double.parseDouble(row.get(5)) - 0.05,
                    Double.parseDouble(row.get(6)) + 0.05);
        }
    }
}
