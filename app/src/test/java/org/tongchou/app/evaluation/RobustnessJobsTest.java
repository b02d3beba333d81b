package org.tongchou.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.tongchou.app.periods.Period;
import org.tongchou.app.support.H2Test;
import org.tongchou.app.support.PostgresTest;

/**
 * A run's robustness computed apart from the run (the installation's default: a background thread): the run is
 * stored and returned first, its robustness state is shown until the figures are stored, and then they equal those
 * the run computes in the caller's thread (tests' setting) for the same data and seed. On both databases.
 */
class RobustnessJobsTest {
    @TestPropertySource(properties = "tongchou.evaluation.robustness.background=true")
    abstract static class Contract extends FixtureCityTest {
        @BeforeEach
        void setUp() {
            f.year2024();
        }

        @Test
        void theRunReturnsFirstAndItsRobustnessFollowsInTheBackground() {
            evaluation.save(f.plan(IndicatorWeighting.ENTROPY, GroupWeighting.EQUAL));
            RunInfo run = evaluation.run("mini-entropy", Period.year(2024), "analyst");
            assertThat(evaluation.robustnessStatus(run.id()).state()).as("right after the run")
                    .isIn(RobustnessStatus.State.QUEUED, RobustnessStatus.State.COMPUTING, RobustnessStatus.State.COMPUTED);

            RobustnessStatus done = evaluation.awaitRobustness(run.id(), Duration.ofMinutes(2));
            assertThat(done.state()).isEqualTo(RobustnessStatus.State.COMPUTED);
            RunRobustness background = results.robustness(run).orElseThrow();
            assertThat(background.replications()).isEqualTo(1000);
            assertThat(background.interval(EvaluationFixture.C).orElseThrow().nominal()).isEqualTo(1);

            // the same figures as the robustness computed again on demand from the run's stored inputs
            deleteRobustness(run.id());
            assertThat(evaluation.robustnessStatus(run.id()).state()).as("a run whose robustness was never stored")
                    .isEqualTo(RobustnessStatus.State.NONE);
            evaluation.requestRobustness(run.id());
            assertThat(evaluation.awaitRobustness(run.id(), Duration.ofMinutes(2)).state()).isEqualTo(RobustnessStatus.State.COMPUTED);
            RunRobustness again = results.robustness(run).orElseThrow();
            assertThat(again.seed()).isEqualTo(background.seed());
            assertThat(again.intervals()).as("intervals on demand = in the background, same seed").isEqualTo(background.intervals());
            assertThat(jdbc.sql("SELECT COUNT(*) FROM eval_robustness WHERE run_id = ?").param(run.id()).query(Integer.class).single())
                    .as("stored once").isEqualTo(1);
        }

        @Test
        void publishingARunWithoutRobustnessQueuesItAndDoesNotWaitForIt() {
            evaluation.save(f.plan(IndicatorWeighting.ENTROPY, GroupWeighting.EQUAL));
            RunInfo run = evaluation.run("mini-entropy", Period.year(2024), "analyst");
            evaluation.awaitRobustness(run.id(), Duration.ofMinutes(2));
            deleteRobustness(run.id());
            RunInfo published = evaluation.publish(run.id(), "analyst");
            assertThat(published.published()).isTrue();
            assertThat(evaluation.awaitRobustness(run.id(), Duration.ofMinutes(2)).state()).isEqualTo(RobustnessStatus.State.COMPUTED);
            assertThat(results.robustness(published)).isPresent();
        }

        @Test
        void aRunWhosePlanChangedSinceGetsNoRobustnessAndSaysWhy() {
            evaluation.save(f.plan(IndicatorWeighting.ENTROPY, GroupWeighting.EQUAL));
            RunInfo run = evaluation.run("mini-entropy", Period.year(2024), "analyst");
            evaluation.awaitRobustness(run.id(), Duration.ofMinutes(2));
            deleteRobustness(run.id());
            EvaluationPlan changed = f.plan(IndicatorWeighting.EQUAL, GroupWeighting.EQUAL);
            evaluation.save(new EvaluationPlan(0, "mini-entropy", changed.name(), changed.frameworkCode(), List.of(), changed.normalisation(),
                    changed.indicatorWeighting(), changed.groupWeighting(), changed.aggregation(), changed.areaCode(), null, java.util.Map.of()));
            evaluation.requestRobustness(run.id());
            RobustnessStatus status = evaluation.awaitRobustness(run.id(), Duration.ofMinutes(2));
            assertThat(status.state()).isEqualTo(RobustnessStatus.State.FAILED);
            assertThat(status.failure()).contains("plan has changed");
        }

        private void deleteRobustness(long runId) {
            jdbc.sql("DELETE FROM eval_robustness WHERE run_id = ?").param(runId).update();
            jdbc.sql("DELETE FROM eval_rank_interval WHERE run_id = ?").param(runId).update();
            jdbc.sql("DELETE FROM eval_sensitivity WHERE run_id = ?").param(runId).update();
            results.forgetRobustness(runId);
        }
    }

    @Nested
    @H2Test
    class OnH2 extends Contract {
    }

    @Nested
    @PostgresTest
    class OnPostgres extends Contract {
    }
}
