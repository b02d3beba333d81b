package org.tongchou.app.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 时序进度 against values computed by hand (each label shows the computation). */
class ProgressCalculatorTest {
    private static final ProgressThresholds LIGHTS = new ProgressThresholds(0, -5, 3);

    private static double[] months(double... v) {
        double[] out = new double[12];
        Arrays.fill(out, Double.NaN);
        System.arraycopy(v, 0, out, 0, v.length);
        return out;
    }

    @Test
    void linearByMonthNine() {
        // 9 months of 70 = 630 of a target of 1000: P = 63 %, E = 9/12 = 75 %, gap −12 points (red); projection 630 · 12/9 = 840
        ProgressCalculator.Result r = ProgressCalculator.compute(months(70, 70, 70, 70, 70, 70, 70, 70, 70), 9, 1000, List.of(), ProgressProfile.LINEAR);
        assertThat(r.cumulative()).as("9 × 70").isEqualTo(630.0);
        assertThat(r.completion()).as("630 / 1000").isCloseTo(0.63, within(1e-12));
        assertThat(r.elapsed()).as("9 / 12").isCloseTo(0.75, within(1e-12));
        assertThat(r.gapPoints()).as("63 − 75").isCloseTo(-12, within(1e-9));
        assertThat(LIGHTS.light(r.gapPoints())).isEqualTo(ProgressLight.RED);
        assertThat(r.projection()).as("630 × 12 / 9").isCloseTo(840, within(1e-9));
        assertThat(r.projectedCompletion()).as("840 / 1000").isCloseTo(0.84, within(1e-12));
    }

    @Test
    void seasonalProfileFromCompletePastYears() {
        // past year 1: 10 a month (share by month 3: 30/120 = 0.25); past year 2: 5,5,5 then 15 a month (15/150 = 0.1);
        // an incomplete past year is ignored. E = (0.25 + 0.1)/2 = 0.175. Current: 20 a month for 3 months, C = 60 of 300:
        // P = 0.2, gap +2.5 points (green); projection 60 / 0.175 = 342.857… (hand computation)
        double[] y1 = new double[12];
        Arrays.fill(y1, 10);
        double[] y2 = new double[12];
        Arrays.fill(y2, 15);
        y2[0] = 5;
        y2[1] = 5;
        y2[2] = 5;
        ProgressCalculator.Result r = ProgressCalculator.compute(months(20, 20, 20), 3, 300, List.of(y1, y2, months(1, 2)), ProgressProfile.SEASONAL);
        assertThat(r.elapsed()).as("(30/120 + 15/150) / 2").isCloseTo(0.175, within(1e-12));
        assertThat(r.gapPoints()).as("20 % − 17.5 %").isCloseTo(2.5, within(1e-9));
        assertThat(LIGHTS.light(r.gapPoints())).isEqualTo(ProgressLight.GREEN);
        assertThat(r.projection()).as("60 / 0.175").isCloseTo(342.857142857, within(1e-6));
        assertThat(r.noteText()).isEqualTo("profile of 2 past year(s)");
    }

    @Test
    void quarterlyIndicatorUsesElapsedQuarters() {
        // by month 8 two quarters are complete: E = 2/4; C = 240 + 260 = 500 of 1100: P = 45.45…%, gap −4.545… (amber)
        ProgressCalculator.Result r = ProgressCalculator.compute(new double[] {240, 260, Double.NaN, Double.NaN}, 8 / 3, 1100, List.of(),
                ProgressProfile.LINEAR);
        assertThat(r.elapsed()).as("2 / 4").isEqualTo(0.5);
        assertThat(r.gapPoints()).as("100 × (500/1100 − 0.5)").isCloseTo(-4.545454545, within(1e-6));
        assertThat(LIGHTS.light(r.gapPoints())).isEqualTo(ProgressLight.AMBER);
    }

    @Test
    void edgeCasesGiveNoFiguresAndSayWhy() {
        assertThat(ProgressCalculator.compute(months(1), 0, 10, List.of(), ProgressProfile.LINEAR).noteText()).isEqualTo("nothing reported yet");
        ProgressCalculator.Result missing = ProgressCalculator.compute(months(1, Double.NaN, 3), 3, 10, List.of(), ProgressProfile.LINEAR);
        assertThat(missing.cumulative()).isNull();
        assertThat(missing.noteText()).isEqualTo("no approved figure for sub-period(s) [2]");
        ProgressCalculator.Result noProfile = ProgressCalculator.compute(months(1, 2, 3), 3, 10, List.of(months(1)), ProgressProfile.SEASONAL);
        assertThat(noProfile.gapPoints()).isNull();
        assertThat(noProfile.noteText()).contains("no seasonal profile");
        assertThat(ProgressCalculator.compute(months(1), 1, 0, List.of(), ProgressProfile.LINEAR).completion()).as("target 0: no completion").isNull();
        assertThat(LIGHTS.light(Double.NaN)).isEqualTo(ProgressLight.NONE);
        assertThat(LIGHTS.light(-5)).as("the amber threshold itself is amber").isEqualTo(ProgressLight.AMBER);
    }
}
