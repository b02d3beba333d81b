package org.tongchou.engine.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tongchou.engine.data.InvalidValueException;

class MonteCarloTest {
    /** Three units scored by weighted sums of two indicators; the weight of the first is uncertain. */
    private final double[][] data = {{1, 0}, {0, 1}, {0.5, 0.5}};
    private final UniformValue w1 = new UniformValue("w1", 0, 1, 0.5);
    private final Choice<String> mode = new Choice<>("mode", List.of("sum", "max"), "sum");
    private final ScoreModel model = s -> {
        double w = s.get(w1);
        double[] out = new double[data.length];
        for (int u = 0; u < data.length; u++) {
            out[u] = s.get(mode).equals("sum") ? w * data[u][0] + (1 - w) * data[u][1]
                    : Math.max(w * data[u][0], (1 - w) * data[u][1]);
        }
        return out;
    };

    @Test
    void sameSeedGivesSameResultWhateverTheThreadCount() {
        List<Assumption<?>> a = List.of(w1, mode);
        UncertaintyResult one = new MonteCarlo(List.of("A", "B", "C"), a, model, 1).uncertainty(500, 99);
        UncertaintyResult four = new MonteCarlo(List.of("A", "B", "C"), a, model, 4).uncertainty(500, 99);
        assertThat(four.ranks()).isDeepEqualTo(one.ranks());
        assertThat(four.scores()).isDeepEqualTo(one.scores());
        assertThat(four.statistics()).isEqualTo(one.statistics());
        UncertaintyResult other = new MonteCarlo(List.of("A", "B", "C"), a, model, 2).uncertainty(500, 100);
        assertThat(other.scores()).as("another seed gives other draws").isNotEqualTo(one.scores());
    }

    @Test
    void rankDistributionFollowsTheUncertainWeight() {
        // With mode fixed to "sum": A wins when w1 > 0.5, B when w1 < 0.5; C (score 0.5) is 2nd always
        // (ties at w1 = 0.5 have probability 0). So A's rank is 1 or 3 with probability 1/2 each.
        Choice<String> sumOnly = new Choice<>("mode", List.of("sum"), "sum");
        ScoreModel m = s -> new double[]{s.get(w1), 1 - s.get(w1), 0.5};
        UncertaintyResult r = new MonteCarlo(List.of("A", "B", "C"), List.of(w1, sumOnly), m, 2).uncertainty(4000, 5);
        UnitRankStatistics a = r.statistics().get(0);
        UnitRankStatistics c = r.statistics().get(2);
        assertThat(a.mean()).as("E[rank of A] = (1 + 3)/2").isCloseTo(2.0, within(0.1));
        assertThat(a.q5()).isEqualTo(1);
        assertThat(a.q95()).isEqualTo(3);
        assertThat(c.median()).isEqualTo(2);
        assertThat(c.q5()).isEqualTo(2);
        assertThat(a.nominal()).as("nominal w1 = 0.5 ties A, B and C at 0.5: all rank 1").isEqualTo(1);
    }

    @Test
    void sensitivityRunFindsTheOnlyInputThatMatters() {
        Choice<String> irrelevant = new Choice<>("irrelevant", List.of("x", "y"), "x");
        ScoreModel m = s -> new double[]{s.get(w1), 1 - s.get(w1), 0.5};
        SensitivityRun run = new MonteCarlo(List.of("A", "B", "C"), List.of(w1, irrelevant), m, 2)
                .sensitivity(20_000, 3, SensitivityTarget.scoreOf(0), VarianceEstimator.SAMPLE, Optional.empty());
        assertThat(run.outputs()).hasSize(20_000 * 4);
        assertThat(run.replications().replications()).isEqualTo(80_000);
        // Saltelli 2010 first-order estimator: standard error about 0.16 at N = 500 for this output, 0.026 at N = 20,000.
        SensitivityIndex w = run.indices().indices().get(0);
        SensitivityIndex irr = run.indices().indices().get(1);
        assertThat(w.si()).as("output is w1 itself: S = 1").isCloseTo(1.0, within(0.1));
        assertThat(w.sti()).as("output is w1 itself: ST = 1").isCloseTo(1.0, within(0.1));
        assertThat(irr.si()).as("input without effect: A_B rows equal A rows").isEqualTo(0.0);
        assertThat(irr.sti()).isEqualTo(0.0);
    }

    @Test
    void failingReplicationIsReportedOrRecordedAsMissing() {
        ScoreModel failing = s -> {
            if (s.get(w1) > 0.9) throw new InvalidValueException("A", "x", -1, "is negative: geometric mean of a negative value");
            return new double[]{s.get(w1), 1 - s.get(w1), 0.5};
        };
        List<Assumption<?>> a = List.of(w1, mode);
        assertThatThrownBy(() -> new MonteCarlo(List.of("A", "B", "C"), a, failing, 2).uncertainty(200, 1))
                .isInstanceOf(MonteCarloException.class).hasMessageContaining("replication")
                .hasMessageContaining("w1=0.9").hasMessageContaining("geometric mean of a negative value");
        UncertaintyResult r = new MonteCarlo(List.of("A", "B", "C"), a, failing, 2, ReplicationFailure.RECORD_MISSING)
                .uncertainty(200, 1);
        long missing = java.util.Arrays.stream(r.ranks()[0]).filter(Double::isNaN).count();
        assertThat(missing).as("about 10 % of replications have w1 > 0.9").isBetween(5L, 40L);
        assertThat(r.statistics().get(0).mean()).isNotNaN();
    }

    @Test
    void aBugInTheModelIsNeverRecordedAsAMissingReplication() {
        ScoreModel broken = s -> {
            if (s.get(w1) > 0.9) throw new IllegalStateException("index out of step");
            return new double[]{s.get(w1), 1 - s.get(w1), 0.5};
        };
        List<Assumption<?>> a = List.of(w1, mode);
        for (ReplicationFailure policy : ReplicationFailure.values()) {
            assertThatThrownBy(() -> new MonteCarlo(List.of("A", "B", "C"), a, broken, 2, policy).uncertainty(200, 1))
                    .as(policy + ": a bug propagates as it is, not as refused input")
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("index out of step");
        }
        ScoreModel wrongLength = s -> new double[]{1, 2};
        assertThatThrownBy(() -> new MonteCarlo(List.of("A", "B", "C"), a, wrongLength, 1).uncertainty(5, 1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("gave 2 scores for 3 units");
    }

    @Test
    void noisyWeightsStayWithinTheirBandAndKeepUnperturbedWeights() {
        NoisyWeights nw = new NoisyWeights("Weights", new double[]{1, 2, 4}, new double[]{0.25, 0, 0.1}, 50, 8);
        for (int k = 0; k < 50; k++) {
            double[] w = nw.at((k + 0.5) / 50);
            assertThat(w[0]).isBetween(0.75, 1.25);
            assertThat(w[1]).isEqualTo(2);
            assertThat(w[2]).isBetween(3.6, 4.4);
        }
        assertThat(nw.at(0.0)).isEqualTo(new NoisyWeights("Weights", new double[]{1, 2, 4}, new double[]{0.25, 0, 0.1}, 50, 8).at(0.0));
    }
}
