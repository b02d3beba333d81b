package org.tongchou.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongchou.app.cli.CommandLineRunner;
import org.tongchou.app.cli.ExitCodes;
import org.tongchou.app.support.H2Test;
import picocli.CommandLine;

/** {@code tongchou evaluate PLAN PERIOD --publish} as a user runs it: the ranking with rank intervals, a published run with its robustness. */
@H2Test
class EvaluateCommandTest extends FixtureCityTest {
    @Autowired
    CommandLineRunner runner;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() {
        f.year2024();
        evaluation.save(f.plan(IndicatorWeighting.EQUAL, GroupWeighting.EQUAL));
    }

    int run(String... args) {
        CommandLine cl = runner.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void publishPrintsTheRankingWithIntervalsAndStoresTheRobustness() {
        assertThat(run("evaluate", "mini-equal", "2024", "--publish")).as(err.toString()).isEqualTo(ExitCodes.OK);
        String text = out.toString();
        assertThat(text).contains("丙镇").containsPattern("ranks \\d-\\d").contains("robustness: rank intervals (5th-95th percentile) over 1000 replications, seed")
                .contains(", published");
        RunInfo run = results.latest("mini-equal", false).orElseThrow();
        assertThat(run.published()).isTrue();
        assertThat(results.robustness(run)).as("the published run carries its robustness").isPresent();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aBadPeriodOrPlanIsRefused() {
        assertThat(run("evaluate", "mini-equal", "20x4")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("evaluate", "nothing", "2024")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("no such plan");
    }
}
