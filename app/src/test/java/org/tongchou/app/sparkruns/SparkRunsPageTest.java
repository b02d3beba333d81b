package org.tongchou.app.sparkruns;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * a run's provenance, the units in national-rank order with their names and their areas' names from the units
 * module, a page of 100 at a time through all of them, the whole period as CSV (formulas neutralised), and the
 * Theil split between and within provinces; an empty database says how to make a run; analysts and
 * administrators only (leaders and reporters are refused, as for unpublished runs); an unknown run or period is 404.
 */
@WebAppTest
class SparkRunsPageTest {
    private static final String PW = DemoAccounts.PASSWORD;
    private static final String RUN = "3f1c2a9e-0000-4000-8000-000000000135";
    private static final String NATIONAL = "3f1c2a9e-0000-4000-8000-000000000143";
    /** A unit this test adds to the units (the fixture's towns are 杨舍镇 and 塘桥镇) whose name a spreadsheet would run. */
    private static final String FORMULA_UNIT = "320582199000";
    /** Synthetic townships of province 35 (no names in this database), national ranks 4 to 253. */
    private static final int MORE = 250;
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void clean() {
        for (String t : new String[] {"spark_run", "spark_score", "spark_group_rank", "spark_weight", "spark_disparity", "spark_note"}) {
            jdbc.sql("DELETE FROM " + t).update();
        }
        jdbc.sql("DELETE FROM admin_unit WHERE code = :c").param("c", FORMULA_UNIT).update();
    }

    private void run(String id, String areaColumn) {
        OffsetDateTime end = OffsetDateTime.of(2026, 12, 7, 20, 0, 0, 0, ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO spark_run (run_id, plan, plan_sha256, source, area_column, master, spark_version, engine_version, periods, areas,
                                       units, refused, started_at, finished_at)
                VALUES (:r, '/data/nation/township/_plan/plan.properties', 'ab12', '/data/nation/township', :a, 'local[2]', '4.0.1',
                        '0.1.0', 2, 4, :u, 1, :s, :e)""").param("r", id).param("a", areaColumn).param("u", 3 + MORE)
                .param("s", end.minusSeconds(95)).param("e", end).update();
    }

    private void score(String run, String period, String area, String unit, double score, double rank, Double national) {
        jdbc.sql("""
                INSERT INTO spark_score (run_id, period, area, unit, node, node_kind, score, raw, rank, national_rank)
                VALUES (:r, :p, :a, :u, 'index', 'INDEX', :s, NULL, :k, :n)""")
                .param("r", run).param("p", period).param("a", area).param("u", unit).param("s", score).param("k", rank).param("n", national)
                .update();
        jdbc.sql("""
                INSERT INTO spark_score (run_id, period, area, unit, node, node_kind, score, raw, rank, national_rank)
                VALUES (:r, :p, :a, :u, 'd1', 'DIMENSION', :s, NULL, :k, :n)""")
                .param("r", run).param("p", period).param("a", area).param("u", unit).param("s", 1 - score).param("k", rank).param("n", national)
                .update();
    }

    private void weight(String run, String period, String area) {
        jdbc.sql("INSERT INTO spark_weight (run_id, period, area, node, node_kind, weight, effective) VALUES (:r, :p, :a, 'd1', 'DIMENSION', 1, 1)")
                .param("r", run).param("p", period).param("a", area).update();
        jdbc.sql("INSERT INTO spark_weight (run_id, period, area, node, node_kind, weight, effective) VALUES (:r, :p, :a, 'index', 'INDEX', 1, 1)")
                .param("r", run).param("p", period).param("a", area).update();
    }

    /**
     * A run by province: 2024 and 2025, 杨舍镇 and 塘桥镇 of province 32 (江苏省), 330102001 of province 33 (not in
     * this database), 320582199 (in the database, under a name a spreadsheet would run) in an area labelled with a
     * formula, and {@value #MORE} synthetic townships of province 35.
     */
    private void runByProvince() {
        run(RUN, "province");
        jdbc.sql("INSERT INTO admin_unit (code, name, level, kind, parent_id, valid_from) VALUES (:c, '=HYPERLINK(\"http://x\")', 'TOWNSHIP', '镇', NULL, :f)")
                .param("c", FORMULA_UNIT).param("f", LocalDate.of(2023, 1, 1)).update();
        for (String period : new String[] {"2024", "2025"}) {
            score(RUN, period, "32", "320582100", 0.61, 1, 2.0);
            score(RUN, period, "32", "320582101", 0.42, 2, 3.0);
            score(RUN, period, "33", "330102001", 0.87, 1, 1.0);
            score(RUN, period, "=2+3", "320582199", 0.01, 1, 4.0 + MORE);
            for (int i = 0; i < MORE; i++) score(RUN, period, "35", String.format("350%06d", i), 0.40 - i * 1e-3, i + 1, 4.0 + i);
            for (String a : new String[] {"32", "33", "35", "=2+3"}) weight(RUN, period, a);
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

        runByProvince();
        HttpResponse<String> list = web.page("/spark/runs", "analyst", PW);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("id=\"spark-run-" + RUN + "\"").contains("/data/nation/township/_plan/plan.properties")
                .contains("2026-12-07 20:00").contains("local[2]").doesNotContain("no-spark-runs");

        HttpResponse<String> run = web.page("/spark/runs/" + RUN, "analyst", PW);
        assertThat(run.statusCode()).isEqualTo(200);
        String body = run.body();
        assertThat(body).as("latest period first").contains("<option value=\"2025\" selected=\"selected\">");
        List<String> rows = rows(body);
        assertThat(rows).as("a page of 100 units").hasSize(100);
        assertThat(rows.subList(0, 4)).as("in national rank order").containsExactly("330102001", "320582100", "320582101", "350000000");
        assertThat(row(body, "320582100")).as("the unit's name and its area's, from the units").contains("杨舍镇").contains("江苏省")
                .contains(">2<").contains("61.00");
        assertThat(row(body, "330102001")).as("a unit this database does not hold: its code alone").contains("87.00").contains(">33<");
        assertThat(body).contains("0.004568").contains("0.007778").contains("indicator x07 has no value for 340101001")
                .contains("第 1–100 名，共 254 个单位").contains("/spark/runs/" + RUN + "/ranks.csv?period=2025");

        // the next pages, by the page's own links, until the last unit
        String second = web.page(next(body), "analyst", PW).body();
        assertThat(rows(second)).hasSize(100).first().isEqualTo(String.format("350%06d", 97));
        assertThat(second).contains("第 101–200 名，共 254 个单位").contains("id=\"first-page\"");
        String third = web.page(next(second), "analyst", PW).body();
        assertThat(rows(third)).hasSize(54).last().isEqualTo("320582199");
        assertThat(third).contains("第 201–254 名，共 254 个单位").doesNotContain("id=\"next-page\"");
        assertThat(web.page("/spark/runs/" + RUN + "?period=2025&after=x", "analyst", PW).statusCode()).as("a malformed page key")
                .isEqualTo(400);

        assertThat(web.page("/spark/runs/" + RUN + "?period=2024", "analyst", PW).body()).as("a period without a national Theil")
                .contains("unit-330102001").doesNotContain("disparity-table");
        assertThat(web.page("/spark/runs/" + RUN + "?period=2019", "analyst", PW).statusCode()).as("a period the run has not").isEqualTo(404);
        assertThat(web.page("/spark/runs/no-such-run", "analyst", PW).statusCode()).isEqualTo(404);
        assertThat(web.bytes("/spark/runs/no-such-run/ranks.csv").statusCode()).isEqualTo(404);
    }

    @Test
    void theDownloadHasEveryUnitOfThePeriodWithFormulasNeutralised() {
        runByProvince();
        HttpTestClient web = new HttpTestClient(port);
        web.signIn("admin", PW);
        HttpResponse<byte[]> csv = web.bytes("/spark/runs/" + RUN + "/ranks.csv?period=2025");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("spark-run-" + RUN + "-2025.csv");
        List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).replace("\uFEFF", "").lines().toList();
        assertThat(lines).as("the header and all 254 units").hasSize(1 + 254);
        assertThat(lines.get(0)).isEqualTo("national_rank,unit,name,area,area_name,rank_in_area,score");
        assertThat(lines.get(1)).isEqualTo("1,330102001,,33,,1,0.87");
        assertThat(lines.get(2)).isEqualTo("2,320582100,杨舍镇,32,江苏省,1,0.61");
        assertThat(lines.get(254)).as("a name and an area a spreadsheet would run, shown as text")
                .isEqualTo("254,320582199,\"'=HYPERLINK(\"\"http://x\"\")\",'=2+3,,1,0.01");
    }

    @Test
    void aNationalRunPagesByItsRanks() {
        run(NATIONAL, null);
        for (int i = 0; i < 150; i++) score(NATIONAL, "2025-03", "nation", String.format("350%06d", i), 0.9 - i * 1e-3, i + 1, null);
        weight(NATIONAL, "2025-03", "nation");
        HttpTestClient web = new HttpTestClient(port);
        web.signIn("analyst", PW);
        String first = web.page("/spark/runs/" + NATIONAL, "analyst", PW).body();
        assertThat(rows(first)).hasSize(100).first().isEqualTo("350000000");
        assertThat(first).contains("全国统一评价").contains("第 1–100 名，共 150 个单位");
        String second = web.page(next(first), "analyst", PW).body();
        assertThat(rows(second)).hasSize(50).first().isEqualTo("350000100");
    }

    @Test
    void leadersAndReportersAreRefusedAsForUnpublishedRuns() {
        runByProvince();
        for (String user : new String[] {"leader", "reporter-320582100"}) {
            HttpTestClient web = new HttpTestClient(port);
            web.signIn(user, PW);
            assertThat(web.page("/spark/runs", user, PW).statusCode()).as(user).isEqualTo(403);
            assertThat(web.page("/spark/runs/" + RUN, user, PW).statusCode()).as(user).isEqualTo(403);
            HttpResponse<byte[]> csv = web.bytes("/spark/runs/" + RUN + "/ranks.csv?period=2025");
            assertThat(csv.statusCode()).as(user).isEqualTo(403);
            assertThat(new String(csv.body(), StandardCharsets.UTF_8)).as(user).doesNotContain("330102001").doesNotContain("0.87");
        }
    }

    /** The unit codes of the ranks table, in order. */
    private static List<String> rows(String body) {
        return Pattern.compile("<tr id=\"unit-([^\"]+)\"").matcher(body).results().map(m -> m.group(1)).toList();
    }

    private static String row(String body, String unit) {
        int at = body.indexOf("<tr id=\"unit-" + unit + "\"");
        assertThat(at).as("row of %s", unit).isNotNegative();
        return body.substring(at, body.indexOf("</tr>", at));
    }

    private static String next(String body) {
        Matcher m = Pattern.compile("id=\"next-page\" href=\"([^\"]+)\"").matcher(body);
        assertThat(m.find()).as("a link to the next page").isTrue();
        return m.group(1).replace("&amp;", "&");
    }
}
