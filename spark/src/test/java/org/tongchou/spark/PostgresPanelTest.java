package org.tongchou.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tongchou.engine.data.EngineInputException;

/**
 * The PostgreSQL paths against the real test database, in a schema made by the application's migrations
 * ({@link TestDatabase}; skipped with a message when PostgreSQL is unreachable): the partitioned JDBC read
 * takes each period's values of the unit versions valid on the period's last day, as the application's
 * evaluation does (a closed version's later values, a new version's earlier ones, other levels and
 * unapproved values are left out), and a run written with {@code --out-jdbc} lands in the application's
 * {@code spark_*} tables (V135) with its provenance, every row.
 */
class PostgresPanelTest {
    static TestDatabase db;

    @BeforeAll
    static void schema() throws Exception {
        db = TestDatabase.migrated("spark_jdbc_test");
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO indicator (code, name_zh, name_en, unit, direction, periodicity, aggregation, description) VALUES"
                    + " ('x1', 'x1', 'x1', '', 1, 'YEAR', 'SUM', ''), ('x2', 'x2', 'x2', '', 1, 'MONTH', 'SUM', '')");
            // id, code, level, valid from, valid to
            Object[][] units = {
                    {1, "320582000000", "COUNTY", "2000-01-01", null},
                    {2, "320582101000", "TOWNSHIP", "2000-01-01", null},
                    {3, "320582102000", "TOWNSHIP", "2000-01-01", "2021-01-01"},  // closed at the end of 2020 ...
                    {4, "320582102000", "TOWNSHIP", "2021-01-01", null},          // ... and continued by a new version
                    {5, "320582103000", "TOWNSHIP", "2000-01-01", "2024-06-15"},  // abolished in mid-June 2024
                    {6, "330102001000", "TOWNSHIP", "2010-01-01", null}};
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO admin_unit (id, code, name, level, kind, valid_from, valid_to) VALUES (?, ?, ?, ?, '镇', ?, ?)")) {
                for (Object[] u : units) {
                    p.setLong(1, ((Integer) u[0]).longValue());
                    p.setString(2, (String) u[1]);
                    p.setString(3, "unit " + u[0]);
                    p.setString(4, (String) u[2]);
                    p.setDate(5, Date.valueOf((String) u[3]));
                    p.setDate(6, u[4] == null ? null : Date.valueOf((String) u[4]));
                    p.addBatch();
                }
                p.executeBatch();
            }
            // unit id, indicator, period, status
            Object[][] values = {
                    {1, "x1", "2020", "APPROVED"},   // a county: another level
                    {2, "x1", "2020", "APPROVED"}, {2, "x1", "2024", "APPROVED"}, {2, "x2", "2024M05", "APPROVED"}, {2, "x2", "2024M06", "APPROVED"},
                    {3, "x1", "2020", "APPROVED"},   // valid on 2020-12-31
                    {3, "x1", "2024", "APPROVED"},   // a closed version's later value: not the unit of 2024
                    {4, "x1", "2020", "APPROVED"},   // a new version's earlier value: not the unit of 2020
                    {4, "x1", "2024", "APPROVED"},
                    {5, "x2", "2024M05", "APPROVED"}, // valid on 31 May
                    {5, "x2", "2024M06", "APPROVED"}, // abolished before 30 June
                    {6, "x1", "2024", "APPROVED"}, {6, "x1", "2020", "SUBMITTED"}};
            try (PreparedStatement p = c.prepareStatement("INSERT INTO data_value (indicator_id, period, unit_id, num_value, status, updated_by, updated_at)"
                    + " SELECT id, ?, ?, ?, ?, 'test', CURRENT_TIMESTAMP FROM indicator WHERE code = ?")) {
                int k = 0;
                for (Object[] v : values) {
                    p.setString(1, (String) v[2]);
                    p.setLong(2, ((Integer) v[0]).longValue());
                    p.setDouble(3, ++k);
                    p.setString(4, (String) v[3]);
                    p.setString(5, (String) v[1]);
                    p.addBatch();
                }
                p.executeBatch();
            }
            s.execute("INSERT INTO unit_change_event (id, kind, change_date) VALUES (1, 'RECODE', DATE '2021-01-01')");
            s.execute("INSERT INTO unit_change_flow (event_id, predecessor_id, successor_id, share) VALUES (1, 3, 4, 1)");
        }
    }

    @AfterAll
    static void drop() throws Exception {
        if (db != null) db.close();
    }

    @Test
    void theJdbcReadTakesEachPeriodsUnitsValidOnItsLastDay() {
        List<Row> rows = PanelSources.jdbc(LocalSpark.get(), db.url, TestDatabase.props(), "TOWNSHIP", List.of(2020, 2024), List.of()).collectAsList();
        TreeSet<String> read = rows.stream().map(r -> r.getAs("period") + " " + r.getAs("unit") + " " + r.getAs("indicator"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(read)
                .as("one value per unit of the period, as the application's evaluation reads them")
                .containsExactly(
                        "2020 320582101000 x1", "2020 320582102000 x1",
                        "2024 320582101000 x1", "2024 320582102000 x1", "2024 330102001000 x1",
                        "2024M05 320582101000 x2", "2024M05 320582103000 x2",
                        "2024M06 320582101000 x2");
        Map<String, Double> value = rows.stream().collect(Collectors.toMap(r -> r.getAs("period") + " " + r.getAs("unit"), r -> (Double) r.getAs("value"),
                (a, b) -> a));
        assertThat(value.get("2020 320582102000")).as("2020 of 320582102000: its version closed at the end of 2020 (value 6)").isEqualTo(6);
        assertThat(value.get("2024 320582102000")).as("2024 of 320582102000: its new version (value 9)").isEqualTo(9);
        Row any = rows.get(0);
        assertThat((String) any.getAs("province")).isEqualTo(((String) any.getAs("unit")).substring(0, 2));
        assertThat((Integer) any.getAs("year")).isEqualTo(Integer.parseInt(((String) any.getAs("period")).substring(0, 4)));

        Set<String> jiangsu = PanelSources.jdbc(LocalSpark.get(), db.url, TestDatabase.props(), "TOWNSHIP", List.of(2024), List.of("32"))
                .collectAsList().stream().map(r -> (String) r.getAs("unit")).collect(Collectors.toSet());
        assertThat(jiangsu).as("one province, one year").containsExactlyInAnyOrder("320582101000", "320582102000", "320582103000");
        assertThat(PanelSources.jdbc(LocalSpark.get(), db.url, TestDatabase.props(), "COUNTY", List.of(2020), List.of()).count()).isEqualTo(1);
        assertThat(Flow.jdbc(LocalSpark.get(), db.url, TestDatabase.props())).as("the change events' flows by code")
                .containsExactly(new Flow("320582102000", "320582102000", 1, LocalDate.of(2021, 1, 1)));
    }

    @Test
    void aDatabaseWithoutTheApplicationsMigrationsIsRefusedBeforeAnythingIsWritten() throws Exception {
        TestPanel panel = new TestPanel(5, 2, 1, 4, List.of("2025"));
        PlanSource plan = PlanSource.read(TestPanel.plan("entropy.properties"));
        EvaluationOutput out = SparkEvaluation.of(plan, null).run(panel.rows());
        Instant now = Instant.parse("2026-12-07T20:00:00Z");
        RunRecord run = new RunRecord("00000000-0000-0000-0000-000000000143", plan.name(), RunRecord.sha256(plan), "test panel", null,
                "local[2]", LocalSpark.get().version(), "dev", 1, 1, panel.units.size(), 0, now.minusSeconds(30), now);
        try (TestDatabase empty = TestDatabase.empty("spark_jdbc_empty_test")) {
            assertThatThrownBy(() -> ResultSinks.jdbc(LocalSpark.get(), out, run, empty.url, TestDatabase.props()))
                    .isInstanceOf(EngineInputException.class)
                    .hasMessageContaining("has no table spark_score, spark_group_rank, spark_weight, spark_disparity, spark_note, spark_run")
                    .hasMessageContaining("Flyway").hasMessageContaining("nothing was written");
            try (Connection c = empty.connect(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = '" + empty.schema + "'")) {
                r.next();
                assertThat(r.getLong(1)).as("no table made").isZero();
            }
            try (Connection c = empty.connect(); Statement s = c.createStatement()) {
                // a table of an older schema that lacks a column the job writes
                s.execute("CREATE TABLE spark_note (run_id VARCHAR(36), period VARCHAR(8), area VARCHAR(100), message VARCHAR(4000))");
            }
            assertThatThrownBy(() -> ResultSinks.jdbc(LocalSpark.get(), out, run, empty.url, TestDatabase.props()))
                    .isInstanceOf(EngineInputException.class).hasMessageContaining("spark_note.node, spark_note.node_kind");
        }
        out.release();
    }

    @Test
    void aRunWrittenToPostgresLandsInTheApplicationsTablesWithItsProvenance() throws Exception {
        TestPanel panel = new TestPanel(21, 3, 2, 8, List.of("2024", "2025"));
        PlanSource plan = PlanSource.read(TestPanel.plan("entropy.properties"));
        EvaluationOutput out = SparkEvaluation.of(plan, "province").run(panel.rows());
        Instant now = Instant.parse("2026-12-07T20:00:00Z");
        RunRecord run = new RunRecord("00000000-0000-0000-0000-000000000135", plan.name(), RunRecord.sha256(plan), "test panel", "province",
                "local[2]", LocalSpark.get().version(), "dev", 2, 6, panel.units.size(), 0, now.minusSeconds(30), now);
        ResultSinks.jdbc(LocalSpark.get(), out, run, db.url, TestDatabase.props());

        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT plan_sha256, area_column, units, periods, areas, finished_at FROM spark_run WHERE run_id = '" + run.runId() + "'")) {
                assertThat(r.next()).as("the run's provenance").isTrue();
                assertThat(r.getString(1)).isEqualTo(run.planSha256());
                assertThat(r.getString(2)).isEqualTo("province");
                assertThat(r.getLong(3)).isEqualTo(panel.units.size());
                assertThat(r.getLong(4)).isEqualTo(2);
                assertThat(r.getLong(5)).isEqualTo(6);
                assertThat(r.getTimestamp(6).toInstant()).isEqualTo(now);
            }
            for (Map.Entry<String, org.apache.spark.sql.Dataset<Row>> t : ResultSinks.tables(out).entrySet()) {
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM spark_" + t.getKey() + " WHERE run_id = '" + run.runId() + "'")) {
                    r.next();
                    assertThat(r.getLong(1)).as("rows of spark_%s", t.getKey()).isEqualTo(t.getValue().count());
                }
            }
            Map<String, Row> ranks = SparkEvaluationTest.byKey(out.scores().filter("node = 'index'").collectAsList(), "period", "unit");
            try (ResultSet r = s.executeQuery("SELECT period, unit, score, rank, national_rank FROM spark_score WHERE run_id = '" + run.runId()
                    + "' AND node = 'index'")) {
                int n = 0;
                while (r.next()) {
                    Row x = ranks.get(r.getString(1) + "|" + r.getString(2));
                    assertThat(r.getDouble(3)).isEqualTo((double) x.getAs("score"));
                    assertThat(r.getDouble(4)).isEqualTo((double) x.getAs("rank"));
                    assertThat(r.getDouble(5)).as("national rank").isEqualTo((double) x.getAs("national_rank"));
                    n++;
                }
                assertThat(n).isEqualTo(2 * panel.units.size());
            }
            Map<String, Row> nation = SparkEvaluationTest.byKey(out.disparity().filter("area = 'nation'").collectAsList(), "period", "node");
            try (ResultSet r = s.executeQuery("SELECT period, node, theil, theil_between, theil_within FROM spark_disparity WHERE run_id = '"
                    + run.runId() + "' AND area = 'nation'")) {
                int n = 0;
                while (r.next()) {
                    Row x = nation.get(r.getString(1) + "|" + r.getString(2));
                    assertThat(r.getDouble(4)).as("Theil between provinces").isCloseTo((double) x.getAs("between"), within(0.0));
                    assertThat(r.getDouble(5)).as("Theil within provinces").isCloseTo((double) x.getAs("within"), within(0.0));
                    n++;
                }
                assertThat(n).as("national Theil rows").isEqualTo(nation.size()).isPositive();
            }
        }
        out.release();
    }
}
