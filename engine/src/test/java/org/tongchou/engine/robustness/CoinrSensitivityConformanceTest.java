package org.tongchou.engine.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tongchou.engine.io.CsvTable;
import org.tongchou.engine.testing.ReferenceData;

/**
 * COINr v1.1 sensitivity run of its example index (vignette "Sensitivity Analysis": N = 100, d = 4
 * inputs Winmax, Normalisation, Weights, Aggregation, 600 regenerations, target the mean absolute rank
 * change): from COINr's rank matrix our estimators must give COINr's Si and STi.
 */
class CoinrSensitivityConformanceTest {
    private static final List<String> INPUTS = List.of("Winmax", "Normalisation", "Weights", "Aggregation");

    @Test
    void estimatorsReproduceCoinrIndicesFromItsRankMatrix() {
        Path dir = ReferenceData.require("coinr-asem/uncertainty");
        RankMatrix m = RankMatrix.read(dir.resolve("SA_results_Ranks.csv"), "uCode", "Nominal");
        assertThat(m.replications()).as("COINr SA: N(d+2) = 600 replications").hasSize(600);
        double[] y = m.outputs(SensitivityTarget.MEAN_ABSOLUTE_RANK_CHANGE);

        SensitivityResult r = SensitivityIndices.estimate(y, 100, INPUTS, VarianceEstimator.SAMPLE, Optional.empty());

        CsvTable expected = CsvTable.read(dir.resolve("SA_results_Sensitivity.csv"));
        for (int i = 0; i < INPUTS.size(); i++) {
            List<String> row = expected.rows().get(i);
            SensitivityIndex got = r.indices().get(i);
            assertThat(got.input()).isEqualTo(row.get(0));
            assertThat(got.si()).as("COINr SA_results_Sensitivity.csv Si of " + row.get(0))
                    .isCloseTo(Double.parseDouble(row.get(1)), within(1e-12));
            assertThat(got.sti()).as("COINr SA_results_Sensitivity.csv STi of " + row.get(0))
                    .isCloseTo(Double.parseDouble(row.get(2)), within(1e-12));
        }
    }

    /**
     * COINr's bootstrap bounds come from 100 resamples drawn by R's generator, which we cannot replay;
     * with 20,000 resamples our bounds estimate the same percentiles, and COINr's (from only 100
     * resamples) must lie within its own sampling error. The standard error of a 5 % or 95 % quantile
     * from 100 draws is sqrt(0.05·0.95/100)/φ(1.645) ≈ 0.21 bootstrap standard deviations, and the
     * 90 % interval spans 3.29 of them; three standard errors are thus 0.19 × the interval width.
     */
    @Test
    void bootstrapBoundsAgreeWithCoinrWithinResamplingError() {
        Path dir = ReferenceData.require("coinr-asem/uncertainty");
        RankMatrix m = RankMatrix.read(dir.resolve("SA_results_Ranks.csv"), "uCode", "Nominal");
        double[] y = m.outputs(SensitivityTarget.MEAN_ABSOLUTE_RANK_CHANGE);
        SensitivityResult r = SensitivityIndices.estimate(y, 100, INPUTS, VarianceEstimator.SAMPLE,
                Optional.of(Bootstrap.percentile90(20_000, 42)));
        CsvTable expected = CsvTable.read(dir.resolve("SA_results_Sensitivity.csv"));
        for (int i = 0; i < INPUTS.size(); i++) {
            List<String> row = expected.rows().get(i);
            SensitivityIndex got = r.indices().get(i);
            double siTol = 0.19 * (got.siUpper() - got.siLower());
            double stTol = 0.19 * (got.stiUpper() - got.stiLower());
            String src = "COINr SA_results_Sensitivity.csv bootstrap bounds of " + row.get(0);
            assertThat(got.siLower()).as(src + " Si_q5").isCloseTo(Double.parseDouble(row.get(3)), within(siTol));
            assertThat(got.siUpper()).as(src + " Si_q95").isCloseTo(Double.parseDouble(row.get(4)), within(siTol));
            assertThat(got.stiLower()).as(src + " STi_q5").isCloseTo(Double.parseDouble(row.get(5)), within(stTol));
            assertThat(got.stiUpper()).as(src + " STi_q95").isCloseTo(Double.parseDouble(row.get(6)), within(stTol));
        }
    }

    @Test
    void rankStatisticsReproduceCoinrUncertaintyRun() {
        Path dir = ReferenceData.require("coinr-asem/uncertainty");
        RankMatrix m = RankMatrix.read(dir.resolve("UA_results_Ranks.csv"), "uCode", "Nominal");
        assertThat(m.replications()).hasSize(100);
        List<UnitRankStatistics> stats = RankStatistics.of(m.units(), m.nominal(), m.ranks());
        CsvTable expected = CsvTable.read(dir.resolve("UA_results_RankStats.csv"));
        assertThat(expected.rows()).hasSize(stats.size());
        for (int u = 0; u < stats.size(); u++) {
            List<String> row = expected.rows().get(u);
            UnitRankStatistics s = stats.get(u);
            String src = "COINr UA_results_RankStats.csv, unit " + row.get(0);
            assertThat(s.unit()).isEqualTo(row.get(0));
            assertThat(s.nominal()).as(src + " Nominal").isEqualTo(Double.parseDouble(row.get(1)));
            assertThat(s.mean()).as(src + " Mean").isCloseTo(Double.parseDouble(row.get(2)), within(1e-9));
            assertThat(s.median()).as(src + " Median").isCloseTo(Double.parseDouble(row.get(3)), within(1e-9));
            assertThat(s.q5()).as(src + " Q5").isCloseTo(Double.parseDouble(row.get(4)), within(1e-9));
            assertThat(s.q95()).as(src + " Q95").isCloseTo(Double.parseDouble(row.get(5)), within(1e-9));
        }
    }
}
