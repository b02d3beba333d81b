package org.tongchou.engine.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import java.util.List;
import org.tongchou.engine.data.InvalidArgumentException;
import org.tongchou.engine.data.InvalidInputException;
import org.tongchou.engine.data.MissingValueException;
import org.tongchou.engine.normalise.SdType;

class ObjectiveWeightsTest {

    /** Rows are alternatives; returns columns. */
    static double[][] columns(double[][] rows) {
        double[][] c = new double[rows[0].length][rows.length];
        for (int i = 0; i < rows.length; i++) for (int j = 0; j < rows[0].length; j++) c[j][i] = rows[i][j];
        return c;
    }

    @Test
    void entropyXu2004() {
        double[][] x = columns(new double[][] {{30, 30, 38, 29}, {19, 54, 86, 29}, {19, 15, 85, 28.9}, {68, 70, 60, 29}});
        double[] w = EntropyWeights.compute(x, ZeroHandling.ZERO_LOG_ZERO, 0);
        double[] expected = {0.4630, 0.3992, 0.1378, 0.0000};
        for (int j = 0; j < 4; j++) {
            assertThat(w[j]).as("Xu (2004) EJOR 156(2) via pyrepo-mcda test_Entropy, criterion " + (j + 1))
                    .isCloseTo(expected[j], within(5e-5));
        }
    }

    @Test
    void entropyZavadskasPodvezko2016() {
        double[][] x = columns(new double[][] {{3.0, 100, 10, 7}, {2.5, 80, 8, 5}, {1.8, 50, 20, 11}, {2.2, 70, 12, 9}});
        double[] w = EntropyWeights.compute(x, ZeroHandling.ZERO_LOG_ZERO, 0);
        double[] expected = {0.1146, 0.1981, 0.4185, 0.2689};
        for (int j = 0; j < 4; j++) {
            assertThat(w[j]).as("Zavadskas & Podvezko (2016) via pyrepo-mcda test_Entropy2, criterion " + (j + 1))
                    .isCloseTo(expected[j], within(5e-5));
        }
    }

    @Test
    void entropyZerosSkipOrShift() {
        double[][] x = {{0, 1, 2, 3}, {1, 1, 1, 2}};
        double[] skip = EntropyWeights.compute(x, ZeroHandling.ZERO_LOG_ZERO, 0);
        double[] shift = EntropyWeights.compute(x, ZeroHandling.SHIFT, 0.0001);
        // 0·ln0 = 0 by definition; a tiny shift converges to the same weights (limit of p ln p at 0)
        assertThat(skip[0] + skip[1]).as("weights sum to 1").isCloseTo(1, within(1e-12));
        assertThat(shift[0]).as("shift 1e-4 ≈ 0·ln0 = 0 convention").isCloseTo(skip[0], within(1e-3));
        assertThatThrownBy(() -> EntropyWeights.compute(new double[][] {{1, -1, 2}}, ZeroHandling.ZERO_LOG_ZERO, 0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> EntropyWeights.compute(new double[][] {{1, 1}, {2, 2}}, ZeroHandling.ZERO_LOG_ZERO, 0))
                .hasMessageContaining("maximal entropy");
        assertThatThrownBy(() -> EntropyWeights.compute(new double[][] {{1, Double.NaN}}, ZeroHandling.ZERO_LOG_ZERO, 0))
                .isInstanceOf(MissingValueException.class).hasMessageContaining("unit 'unit 2', indicator 'indicator 1'");
    }

    @Test
    void criticTusAytacAdali2019() {
        double[][] x = columns(new double[][] {{5000, 3, 3, 4, 3, 2}, {680, 5, 3, 2, 2, 1}, {2000, 3, 2, 3, 4, 3},
                {600, 4, 3, 1, 2, 2}, {800, 2, 4, 3, 3, 4}});
        double[] expected = {0.157, 0.249, 0.168, 0.121, 0.154, 0.151};
        for (SdType sd : SdType.values()) {
            double[] w = CriticWeights.compute(x, null, sd);
            for (int j = 0; j < 6; j++) {
                assertThat(w[j]).as("Tuş & Aytaç Adalı (2019) Opsearch 56(2) via pyrepo-mcda test_critic, criterion "
                        + (j + 1) + ", " + sd).isCloseTo(expected[j], within(5e-4));
            }
        }
    }

    @Test
    void criticWithDirectionsReversesCostColumns() {
        double[][] x = {{1, 2, 3, 4, 6}, {2, 1, 4, 3, 5}, {5, 3, 1, 2, 4}};
        double[] plain = CriticWeights.compute(x, null, SdType.POPULATION);
        double[] flipped = CriticWeights.compute(new double[][] {negate(x[0]), x[1], x[2]}, new double[] {-1, 1, 1}, SdType.POPULATION);
        // reversing a column and declaring it less-is-better is the identity on the scaled matrix
        assertThat(flipped).as("CRITIC: (max - x)/(max - min) of -x equals (x - min)/(max - min) of x")
                .containsExactly(plain, within(1e-12));
        assertThatThrownBy(() -> CriticWeights.compute(new double[][] {{1, 1, 1}, {1, 2, 3}}, null, SdType.SAMPLE))
                .hasMessageContaining("indicator 'indicator 1' is constant");
    }

    static double[] negate(double[] v) {
        double[] o = new double[v.length];
        for (int i = 0; i < v.length; i++) o[i] = -v[i];
        return o;
    }

    // R datasets::USArrests (McNeil 1977): Murder, Assault, UrbanPop, Rape for the 50 US states, 1973
    static final double[][] US_ARRESTS = {
            {13.2, 236, 58, 21.2}, {10, 263, 48, 44.5}, {8.1, 294, 80, 31}, {8.8, 190, 50, 19.5}, {9, 276, 91, 40.6},
            {7.9, 204, 78, 38.7}, {3.3, 110, 77, 11.1}, {5.9, 238, 72, 15.8}, {15.4, 335, 80, 31.9}, {17.4, 211, 60, 25.8},
            {5.3, 46, 83, 20.2}, {2.6, 120, 54, 14.2}, {10.4, 249, 83, 24}, {7.2, 113, 65, 21}, {2.2, 56, 57, 11.3},
            {6, 115, 66, 18}, {9.7, 109, 52, 16.3}, {15.4, 249, 66, 22.2}, {2.1, 83, 51, 7.8}, {11.3, 300, 67, 27.8},
            {4.4, 149, 85, 16.3}, {12.1, 255, 74, 35.1}, {2.7, 72, 66, 14.9}, {16.1, 259, 44, 17.1}, {9, 178, 70, 28.2},
            {6, 109, 53, 16.4}, {4.3, 102, 62, 16.5}, {12.2, 252, 81, 46}, {2.1, 57, 56, 9.5}, {7.4, 159, 89, 18.8},
            {11.4, 285, 70, 32.1}, {11.1, 254, 86, 26.1}, {13, 337, 45, 16.1}, {0.8, 45, 44, 7.3}, {7.3, 120, 75, 21.4},
            {6.6, 151, 68, 20}, {4.9, 159, 67, 29.3}, {6.3, 106, 72, 14.9}, {3.4, 174, 87, 8.3}, {14.4, 279, 48, 22.5},
            {3.8, 86, 45, 12.8}, {13.2, 188, 59, 26.9}, {12.7, 201, 80, 25.5}, {3.2, 120, 80, 22.9}, {2.2, 48, 32, 11.2},
            {8.5, 156, 63, 20.7}, {4, 145, 73, 26.2}, {5.7, 81, 39, 9.3}, {2.6, 53, 66, 10.8}, {6.8, 161, 60, 15.6}};

    @Test
    void pcaMatchesRPrcompOnUsArrests() {
        PcaWeights.Result r = PcaWeights.detailed(columns(US_ARRESTS), PcaWeights.Matrix.CORRELATION);
        // R: prcomp(USArrests, scale. = TRUE)$rotation[, 1] = -0.5358995 -0.5831836 -0.2781909 -0.5434321,
        //    sdev[1] = 1.5748783 (sign is arbitrary; we orient Σv ≥ 0)
        double[] pc1 = {0.5358995, 0.5831836, 0.2781909, 0.5434321};
        for (int j = 0; j < 4; j++) {
            assertThat(r.firstComponent()[j]).as("R prcomp(USArrests, scale.=TRUE) PC1 loading " + (j + 1))
                    .isCloseTo(pc1[j], within(5e-7));
            assertThat(r.weights()[j]).as("weight = loading²").isCloseTo(pc1[j] * pc1[j], within(1e-6));
        }
        assertThat(r.eigenvalue()).as("R prcomp sdev[1]^2 = 1.5748783^2").isCloseTo(1.5748783 * 1.5748783, within(1e-6));
        assertThat(r.varianceShare()).as("R summary(prcomp): proportion of variance PC1 0.6201").isCloseTo(0.6201, within(5e-5));
    }

    @Test
    void combinedWeights() {
        double[] s = {0.5, 0.3, 0.2};
        double[] o = {0.2, 0.2, 0.6};
        // multiplicative: (0.10, 0.06, 0.12)/0.28; linear α=0.5: (0.35, 0.25, 0.40)
        assertThat(CombinedWeights.multiplicative(s, o)).as("s·o/Σ s·o by definition")
                .containsExactly(new double[] {0.10 / 0.28, 0.06 / 0.28, 0.12 / 0.28}, within(1e-12));
        assertThat(CombinedWeights.linear(s, o, 0.5)).as("αs + (1-α)o by definition")
                .containsExactly(new double[] {0.35, 0.25, 0.40}, within(1e-12));
        assertThatThrownBy(() -> CombinedWeights.linear(s, o, 1.5)).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("argument 'alpha' is 1.5: must be in [0, 1]");
        assertThatThrownBy(() -> CombinedWeights.multiplicative(s, new double[] {1, 2})).hasMessageContaining("3 subjective weights but 2");
    }

    @Test
    void equalAndExpertWeights() {
        assertThat(Weights.equal(4)).containsExactly(0.25, 0.25, 0.25, 0.25);
        assertThat(Weights.expert(new double[] {2, 1, 1})).containsExactly(0.5, 0.25, 0.25);
        assertThatThrownBy(() -> Weights.expert(new double[] {1, -2})).hasMessageContaining("the weight of 'indicator 2' is -2.0");
        assertThatThrownBy(() -> Weights.expert(List.of("gdp", "jobs"), new double[] {1, -2}))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("the weight of 'jobs' is -2.0");
        assertThatThrownBy(() -> Weights.expert(new double[] {0, 0})).hasMessageContaining("all 2 weights are 0");
        assertThatThrownBy(() -> Weights.equal(0)).isInstanceOf(InvalidInputException.class);
    }
}
