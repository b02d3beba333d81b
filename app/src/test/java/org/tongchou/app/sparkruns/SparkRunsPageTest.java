package org.tongchou.app.sparkruns;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongchou.app.demo.DemoAccounts;
import org.tongchou.app.support.HttpTestClient;
import org.tongchou.app.support.WebAppTest;

/**
 * The Spark runs page over HTTP on the tables the Spark job writes (rows as {@code ResultSinks.jdbc} writes
 * them; the Spark module's {@code PostgresPanelTest} checks the job writes exactly these columns): the list,
 * a run's provenance, national ranks in order and the Theil split between and within provinces; an empty
 * database says how to make a run; analysts and administrators only (leaders are refused, as for unpublished runs);
 * an unknown run or period is 404.
 */
@WebAppTest
class SparkRunsPageTest {
    private static final String PW = DemoAccounts.PASSWORD;
    private static final String RUN = "3f1c2a9e-0000-4000-8000-000000000135";
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void clean() {
        for (String t : new String[] {"spark_run", "spark_score", "spark_group_rank", "spark_weight", "spark_disparity", "spark_note"}) {
            jdbc.sql("DELETE FROM " + t).update();
        }
    }

    private void oneRun() {
        OffsetDateTime end = OffsetDateTime.of(2026, 12, 7, 20, 0, 0, 0, ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO spark_run (run_id, plan, plan_sha256, source, area_column, master, spark_version, engine_version, periods, areas,
                                       units, refused, started_at, finished_at)
                VALUES (:r, '/data/nation/township/_plan/plan.properties', 'ab12', '/data/nation/township', 'province', 'local[2]', '4.0.1',
                        '0.1.0', 2, 4, 3, 1, :s, :e)""").param("r", RUN).param("s", end.minusSeconds(95)).param("e", end).update();
        // 2025: three townships of two provinces; national ranks 1-3 across them
        Object[][] scores = {{"320582101", "32", 0.61, 1.0, 2.0}, {"320582102", "32", 0.42, 2.0, 3.0}, {"330102001", "33", 0.87, 1.0, 1.0}};
        for (Object[] s : scores) {
            for (String period : new String[] {"2024", "2025"}) {
                jdbc.sql("""
                        INSERT INTO spark_score (run_id, period, area, unit, node, node_kind, score, raw, rank, national_rank)
                        VALUES (:r, :p, :a, :u, 'index', 'INDEX', :s, NULL, :k, :n)""")
                        .param("r", RUN).param("p", period).param("a", s[1]).param("u", s[0]).param("s", s[2]).param("k", s[3]).param("n", s[4]).update();
            }
        }
        jdbc.sql("""
                INSERT INTO spark_disparity (run_id, period, area, node, grouping, cv, gini, theil, theil_between, theil_within)
                VALUES (:r, '2025', 'nation', 'index', 'province', NULL, NULL, 0.0123456, 0.0045678, 0.0077778)""").param("r", RUN).update();
        jdbc.sql("""
                INSERT INTO spark_note (run_id, period, area, node, node_kind, message)
                VALUES (:r, '2025', '34', '', 'REFUSED', 'indicator x07 has no value for 340101001')""").param("r", RUN).update();
    }

    @Test
    void anAnalystSeesTheRunsAndOneRunsNationalFigures() {
        HttpTestClient web = new HttpTestClient(port);
        web.signIn("analyst", PW);
        HttpResponse<String> empty = web.page("/spark/runs", "analyst", PW);
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("id=\"no-spark-runs\"").contains("--out-jdbc");

        oneRun();
        HttpResponse<String> list = web.page("/spark/runs", "analyst", PW);
        assertThat(list.body()).contains("spark-run-" + RUN).contains("/data/nation/township/_plan/plan.properties").contains("2026-12-07 20:00")
                .contains("local[2]");

        HttpResponse<String> run = web.page("/spark/runs/" + RUN, "analyst", PW);
        assertThat(run.statusCode()).isEqualTo(200);
        String body = run.body();
        assertThat(body).as("latest period first").contains("<option value=\"2025\" selected=\"selected\">");
        assertThat(body.indexOf("unit-330102001")).as("national rank 1 first").isLessThan(body.indexOf("unit-320582101"));
        assertThat(body.indexOf("unit-320582101")).isLessThan(body.indexOf("unit-320582102"));
        assertThat(body).contains("87.00").contains("0.004568").contains("0.007778").contains("indicator x07 has no value for 340101001");
        assertThat(web.page("/spark/runs/" + RUN + "?period=2024", "analyst", PW).body()).as("a period without a national Theil")
                .contains("unit-330102001").doesNotContain("disparity-table");

        assertThat(web.page("/spark/runs/" + RUN + "?period=2019", "analyst", PW).statusCode()).as("a period the run has not").isEqualTo(404);
        assertThat(web.page("/spark/runs/no-such-run", "analyst", PW).statusCode()).isEqualTo(404);
    }

    @Test
    void leadersAndReportersAreRefusedAsForUnpublishedRuns() {
        oneRun();
        HttpTestClient leader = new HttpTestClient(port);
        leader.signIn("leader", PW);
        assertThat(leader.page("/spark/runs", "leader", PW).statusCode()).isEqualTo(403);
        assertThat(leader.page("/spark/runs/" + RUN, "leader", PW).statusCode()).isEqualTo(403);
    }
}
