package org.tongchou.engine.prepare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.Grouping;
import org.tongchou.engine.data.InvalidInputException;

class PrepareTest {
    static final double NA = Double.NaN;

    static Dataset grouped() {
        return new Dataset(List.of("a", "b", "c", "d", "e"), List.of("x"),
                new double[][] {{1, NA, 3, 10, NA}},
                List.of(new Grouping("g", List.of("G1", "G1", "G1", "G2", "G2"))));
    }

    @Test
    void imputationMethods() {
        ImputationResult mean = Imputation.apply(grouped(), ImputationSpec.of(ImputationMethod.MEAN));
        assertThat(mean.data().column("x")).as("R mean(c(1,3,10)) = 14/3").containsExactly(new double[] {1, 14 / 3.0, 3, 10, 14 / 3.0}, within(1e-12));
        assertThat(mean.imputed()).isEqualTo(2);
        ImputationResult med = Imputation.apply(grouped(), ImputationSpec.of(ImputationMethod.MEDIAN));
        assertThat(med.data().column("x")).as("R median(c(1,3,10)) = 3").containsExactly(1, 3, 3, 10, 3);
        ImputationResult gm = Imputation.apply(grouped(), ImputationSpec.byGroup(ImputationMethod.GROUP_MEAN, "g"));
        assertThat(gm.data().column("x")).as("COINr i_mean_grp").containsExactly(1, 2, 3, 10, 10);
        ImputationResult gmed = Imputation.apply(grouped(), ImputationSpec.byGroup(ImputationMethod.GROUP_MEDIAN, "g"));
        assertThat(gmed.data().column("x")).as("R median(c(1,3)) = 2 (even count: mean of middle two)").containsExactly(1, 2, 3, 10, 10);
        assertThat(grouped().column("x")[1]).as("input untouched").isNaN();
        assertThatThrownBy(() -> Imputation.apply(grouped(), ImputationSpec.byGroup(ImputationMethod.GROUP_MEAN, "zz")))
                .hasMessageContaining("no grouping column 'zz'");
    }

    @Test
    void groupWithoutAnyValueStaysMissing() {
        Dataset d = new Dataset(List.of("a", "b"), List.of("x"), new double[][] {{1, NA}},
                List.of(new Grouping("g", List.of("G1", "G2"))));
        ImputationResult r = Imputation.apply(d, ImputationSpec.byGroup(ImputationMethod.GROUP_MEAN, "g"));
        assertThat(r.stillMissing()).isEqualTo(1);
        assertThat(r.imputed()).isZero();
    }

    @Test
    void lastObservationCarriedForward() {
        // rows out of time order on purpose: u1 2019 missing → 2018 value; u2 2018 missing (no earlier) stays missing
        Dataset panel = new Dataset(List.of("u1@2019", "u1@2018", "u2@2018", "u2@2019", "u1@2020"), List.of("Time", "x"),
                new double[][] {{2019, 2018, 2018, 2019, 2020}, {NA, 5, NA, 7, NA}},
                List.of(new Grouping("unit", List.of("u1", "u1", "u2", "u2", "u1"))));
        ImputationResult r = Imputation.apply(panel, new ImputationSpec(ImputationMethod.LOCF, "unit", "Time"));
        assertThat(r.data().column("x")).containsExactly(5, 5, NA, 7, 5);
        assertThat(r.stillMissing()).isEqualTo(1);
    }

    @Test
    void screeningByAvailability() {
        Dataset d = new Dataset(List.of("a", "b"), List.of("x", "y", "z"), new double[][] {{1, NA}, {1, NA}, {1, 2}});
        Screening.Result r = Screening.byAvailability(d, 0.9);
        assertThat(r.data().units()).containsExactly("a");
        assertThat(r.removed()).singleElement().satisfies(x -> {
            assertThat(x.unit()).isEqualTo("b");
            assertThat(x.availability()).isCloseTo(1 / 3.0, within(1e-12));
        });
        assertThat(Screening.byAvailability(d, 0.3).removed()).isEmpty();
    }

    @Test
    void denominationDividesAndRefusesZeroDenominators() {
        Dataset d = new Dataset(List.of("a", "b"), List.of("gdp", "pop", "area"), new double[][] {{10, 20}, {2, 0}, {5, 4}});
        Dataset ok = Denomination.apply(d, List.of(new Denomination.Pair("gdp", "area")), List.of("gdp"));
        assertThat(ok.column("gdp")).containsExactly(2, 5);
        assertThatThrownBy(() -> Denomination.apply(d, List.of(new Denomination.Pair("gdp", "pop"), new Denomination.Pair("area", "nope")),
                List.of("gdp", "area")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unit 'b': denominator 'pop' of indicator 'gdp' is 0")
                .hasMessageContaining("denominator 'nope' of indicator 'area' is not in the data");
    }

    @Test
    void skewnessAndKurtosisAreExcelsType2() {
        // Excel: SKEW({1,2,3,4,5,6,7,8,9,10,30,100}) and KURT(...) from the bias-corrected definitions
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100};
        double n = x.length, mean = 0;
        for (double v : x) mean += v / n;
        double m2 = 0, m3 = 0, m4 = 0;
        for (double v : x) {
            m2 += Math.pow(v - mean, 2) / n;
            m3 += Math.pow(v - mean, 3) / n;
            m4 += Math.pow(v - mean, 4) / n;
        }
        double g1 = m3 / Math.pow(m2, 1.5), g2 = m4 / (m2 * m2) - 3;
        double skew = g1 * Math.sqrt(n * (n - 1)) / (n - 2);
        double kurt = ((n + 1) * g2 + 6) * (n - 1) / ((n - 2) * (n - 3));
        assertThat(Moments.skewness(x)).as("Joanes & Gill (1998) G1").isCloseTo(skew, within(1e-12));
        assertThat(Moments.kurtosis(x)).as("Joanes & Gill (1998) G2").isCloseTo(kurt, within(1e-12));
    }

    @Test
    void winsorisationStepsAndLogFallback() {
        // COINr vignette "treat": x <- c(1:10, 30, 100) fails the check (skew 3.063, kurt 9.741);
        // after one step (100 → 30) skew is 1.712 < 2, so it passes with one point winsorised
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100};
        double[] out = new double[x.length];
        OutlierTreatment t = new OutlierTreatment(2, 2, 3.5, OutlierTreatment.Fallback.NONE);
        OutlierTreatment.Scratch s = new OutlierTreatment.Scratch(x.length);
        OutlierTreatment.ColumnOutcome o = t.treat(x, out, "x", s);
        assertThat(o.skewBefore()).as("G1 of c(1:10, 30, 100)").isCloseTo(3.0632410, within(1e-6));
        assertThat(o.kurtBefore()).as("G2 of c(1:10, 30, 100)").isCloseTo(9.7413908, within(1e-6));
        assertThat(out[11]).as("max winsorised to the next-highest").isEqualTo(30);
        assertThat(out[10]).isEqualTo(30);
        assertThat(o.winsorisedHigh()).isEqualTo(1);
        assertThat(o.skewAfter()).as("G1 of c(1:10, 30, 30)").isCloseTo(1.7120381, within(1e-6));
        assertThat(s.points()[11]).isEqualTo(OutlierTreatment.Point.WIN_HIGH);
        assertThat(s.points()[10]).isEqualTo(OutlierTreatment.Point.NONE);
        // thresholds 0: step 2 moves the two tied 30s (one was the 100) to 10; COINr counts length(imax) = 2
        // points, not 3 steps; then kurtosis -1.37 < 0 passes
        OutlierTreatment force = new OutlierTreatment(5, 0, 0, OutlierTreatment.Fallback.NONE);
        OutlierTreatment.ColumnOutcome f = force.treat(x, out, "x", s);
        assertThat(f.winsorisedHigh()).as("COINr winsorise: nwin = length(imax)").isEqualTo(2);
        assertThat(out[10]).isEqualTo(10);
        assertThat(out[11]).isEqualTo(10);
        OutlierTreatment one = new OutlierTreatment(1, 2, 3.5, OutlierTreatment.Fallback.LOG_CT);
        // twenty 1s, 50, 1000: after 1000 → 50 skew is still 3.06 and kurtosis 8.08, so winmax 1 is not enough
        double[] y = new double[22];
        java.util.Arrays.fill(y, 1);
        y[20] = 50;
        y[21] = 1000;
        double[] outY = new double[22];
        OutlierTreatment.ColumnOutcome lo = one.treat(y, outY, "y", new OutlierTreatment.Scratch(22));
        assertThat(lo.logged()).as("one point is not enough: log_CT of the original").isTrue();
        assertThat(lo.winsorised()).isFalse();
        assertThat(outY[0]).as("COINr log_CT: ln(x - min + 0.01(max - min))").isCloseTo(Math.log(0.01 * 999), within(1e-12));
        assertThat(outY[21]).isCloseTo(Math.log(999 + 0.01 * 999), within(1e-12));
        assertThatThrownBy(() -> t.treat(new double[] {1, 2, 3}, new double[3], "z", s)).hasMessageContaining("fewer than 4");
        OutlierTreatment.ColumnOutcome constant = t.treat(new double[] {2, 2, 2, 2, 2}, new double[5], "c", s);
        assertThat(constant.winsorised() || constant.logged()).as("constant column left as is").isFalse();
    }
}
