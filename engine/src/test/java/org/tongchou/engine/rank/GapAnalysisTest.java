package org.tongchou.engine.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.InvalidInputException;
import org.tongchou.engine.data.MissingPolicy;

class GapAnalysisTest {
    // three units, four normalised indicators in two dimensions (econ: i1, i2; social: i3, i4)
    private final Dataset data = Dataset.fromRows(List.of("u1", "u2", "u3"), List.of("i1", "i2", "i3", "i4"),
            new double[][] {{0.2, 0.4, 0.9, 0.1}, {1.0, 0.8, 0.6, 0.7}, {0.5, 0.5, 0.5, 0.5}});
    private final IndicatorDimensions dims = new IndicatorDimensions(data.indicators(), List.of("econ", "econ", "social", "social"));

    @Test
    void effectiveWeightsAreProductsAlongTheTree() {
        double[] e = GapAnalysis.effectiveWeights(new double[] {1, 3, 1, 1}, dims, new double[] {0.6, 0.4});
        assertThat(e).as("dimension weight x within-dimension weight (hand computed)")
                .containsExactly(new double[] {0.15, 0.45, 0.2, 0.2}, within(1e-15));
    }

    @Test
    void gapDecomposesExactlyByIndicatorAndDimension() {
        double[] e = GapAnalysis.effectiveWeights(new double[] {1, 3, 1, 1}, dims, new double[] {0.6, 0.4});
        GapAnalysis.Result r = new GapAnalysis(MissingPolicy.FAIL).toLeader(data, e, dims);
        assertThat(r.reference()).as("leader: highest weighted arithmetic score").isEqualTo("u2");
        for (GapAnalysis.UnitGap g : r.units()) {
            double byInd = g.indicators().stream().mapToDouble(GapAnalysis.Contribution::contribution).sum();
            double byDim = g.dimensions().stream().mapToDouble(GapAnalysis.DimensionContribution::contribution).sum();
            assertThat(byInd).as("identity S_b - S_a = sum_j e_j (b_j - a_j), unit " + g.unit()).isCloseTo(g.gap(), within(1e-15));
            assertThat(byDim).as("dimensions add up to the gap, unit " + g.unit()).isCloseTo(g.gap(), within(1e-15));
        }
        GapAnalysis.UnitGap u1 = r.units().get(0);
        // S_u1 = .15*.2+.45*.4+.2*.9+.2*.1 = 0.41 ; S_u2 = .15+.36+.12+.14 = 0.77
        assertThat(u1.gap()).as("hand computed gap u1 -> u2").isCloseTo(0.36, within(1e-15));
        GapAnalysis.Contribution i2 = u1.indicators().get(1);
        assertThat(i2.contribution()).as("0.45 * (0.8 - 0.4)").isCloseTo(0.18, within(1e-15));
        assertThat(i2.target()).as("value matching the leader's contribution").isEqualTo(0.8);
        assertThat(i2.closeAlone()).as("0.4 + 0.36 / 0.45").isCloseTo(1.2, within(1e-12));
        assertThat(i2.closeAloneWithinRange()).as("1.2 exceeds the best observed 0.8").isFalse();
        assertThat(u1.dimensions().get(1).contribution()).as("social: .2*(.6-.9) + .2*(.7-.1)").isCloseTo(0.06, within(1e-15));
    }

    @Test
    void benchmarkAndMissingPolicies() {
        double[] e = {0.25, 0.25, 0.25, 0.25};
        GapAnalysis.Result r = new GapAnalysis(MissingPolicy.FAIL).toBenchmark(data, e, dims, "u3");
        assertThat(r.units().get(2).gap()).isZero();
        assertThat(r.units().get(1).gap()).as("u2 above the benchmark: negative gap").isNegative();
        assertThatThrownBy(() -> new GapAnalysis(MissingPolicy.SKIP)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new GapAnalysis(MissingPolicy.FAIL).toBenchmark(data, e, dims, "nope"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("nope");
    }
}
