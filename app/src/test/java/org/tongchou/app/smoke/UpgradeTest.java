package org.tongchou.app.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * An installation made by an older Tongchou, with data, upgraded by Flyway to the latest schema, keeps
 * every value, on H2 and on PostgreSQL. The database is built stage by stage as older versions left it:
 * units, an indicator, values with their audit at V21 (before V22 rebuilt {@code data_value}); users at
 * V40 (before V41 added the credentials version and derived the installation kind); an evaluation plan at
 * V50 (before V51 and V90 added its boundaries, level, groups and weight; on PostgreSQL V91 then moves
 * {@code data_value} into yearly partitions); a run's node scores, gaps, obstacles and group ranks as rows at V143
 * (before V153 stored new runs' as result blocks). Then it is migrated to the
 * latest version and every row of every table written before is compared, column by column, with what
 * was written; new columns have their documented defaults.
 *
 * <p>Own databases, not the test contexts': an in-memory H2 database, and on PostgreSQL a schema of its
 * own in the test database (dropped before and after).
 */
class UpgradeTest {
    private static final String SCHEMA = "upgrade_test";

    @Test
    void anH2DatabaseOfAnOlderVersionKeepsEveryValue() throws Exception {
        String url = "jdbc:h2:mem:upgrade_" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        // one connection for Flyway and the test: H2 evaluates a check constraint (x IN (...)) with the
        // session that created it, and Flyway's own connections are closed after each migrate
        SingleConnectionDataSource h2 = new SingleConnectionDataSource(url, "sa", "", true);
        try {
            upgradeKeepsEveryValue(h2, false);
        } finally {
            h2.destroy();
        }
    }

    @Test
    void aPostgresDatabaseOfAnOlderVersionKeepsEveryValue() throws Exception {
        String url = System.getenv().getOrDefault("TONGCHOU_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/tongchou_test");
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
        try {
            upgradeKeepsEveryValue(new DriverManagerDataSource(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA, "postgres", ""), true);
        } finally {
            try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            }
        }
    }

    private static Flyway flyway(DataSource ds, boolean pg, String target) {
        // the application's locations: the common migrations and the database's own (application.yml)
        var config = Flyway.configure().dataSource(ds).target(target)
                .locations(pg ? new String[] {"classpath:db/migration", "classpath:db/vendor/postgresql"} : new String[] {"classpath:db/migration"});
        if (pg) config = config.schemas(SCHEMA).defaultSchema(SCHEMA).createSchemas(true);
        return config.load();
    }

    private void upgradeKeepsEveryValue(DataSource ds, boolean pg) throws Exception {
        Map<String, List<Map<String, String>>> written = new TreeMap<>();
        OffsetDateTime at = OffsetDateTime.of(2024, 3, 1, 8, 30, 15, 250_000_000, ZoneOffset.ofHours(8));

        flyway(ds, pg, "21").migrate();
        try (Connection c = ds.getConnection()) {
            insert(c, "admin_unit", new String[] {"code", "name", "level", "kind", "parent_id", "valid_from", "valid_to", "centroid_lon", "centroid_lat"},
                    new Object[] {"320582000000", "张家港市", "COUNTY", "市", null, LocalDate.of(2000, 1, 1), null, 120.55, 31.87},
                    new Object[] {"320582102000", "金港镇 'old'", "TOWNSHIP", "镇", 1L, LocalDate.of(2003, 1, 1), LocalDate.of(2021, 6, 30), null, null});
            insert(c, "indicator", new String[] {"code", "name_zh", "name_en", "unit", "direction", "periodicity", "min_value", "max_value",
                    "aggregation", "weight_indicator", "formula", "description"},
                    new Object[] {"gdp", "地区生产总值", "GDP", "亿元", 1, "YEAR", 0.0, null, "SUM", null, null, "说明\n第二行"},
                    new Object[] {"urban_rate", "城镇化率", "Urbanisation", "%", 1, "YEAR", 0.0, 100.0, "RECOMPUTE", null, "urban_pop / pop * 100", ""});
            insert(c, "data_value", new String[] {"indicator_id", "period", "unit_id", "num_value", "status", "source", "note", "updated_by", "updated_at"},
                    new Object[] {1L, "2020", 2L, 1234.5678901234567, "APPROVED", "import", "备注 \"x\"", "analyst", at},
                    new Object[] {1L, "2019", 2L, -0.0000001, "RETURNED", null, null, "reporter-320582102", at.plusDays(1)},
                    new Object[] {2L, "2020", 1L, 1.0e-300, "DRAFT", "form", "=cmd|' /C calc'!A0", "leader", at.plusSeconds(1)});
            insert(c, "data_value_audit", new String[] {"indicator_id", "period", "unit_id", "old_value", "new_value", "old_status", "new_status",
                    "changed_by", "changed_at", "reason"},
                    new Object[] {1L, "2020", 2L, null, 1234.5678901234567, null, "APPROVED", "analyst", at, "首次"});
        }
        snapshotInto(ds, written, "admin_unit", "indicator", "data_value", "data_value_audit");

        flyway(ds, pg, "40").migrate();
        try (Connection c = ds.getConnection()) {
            insert(c, "app_user", new String[] {"username", "display_name", "password_hash", "role", "scope_unit", "enabled", "created_at"},
                    new Object[] {"admin", "管理员", "{bcrypt}$2a$10$abcdefghijklmnopqrstuv", "ADMIN", null, true, at},
                    new Object[] {"reporter-320582102", "金港镇", "{bcrypt}$2a$10$zyxwvutsrqponmlkjihgfe", "REPORTER", "320582102000", false, at});
        }
        snapshotInto(ds, written, "app_user");

        flyway(ds, pg, "50").migrate();
        try (Connection c = ds.getConnection()) {
            insert(c, "eval_plan", new String[] {"code", "name", "framework_code", "normalisation", "indicator_weighting", "group_weighting",
                    "aggregation", "area_code", "benchmark_code", "updated_at"},
                    new Object[] {"default", "默认方案", "default", "MIN_MAX", "ENTROPY", "EQUAL", "ARITHMETIC", "320582000000", "320582102000", at});
        }
        snapshotInto(ds, written, "eval_plan");

        // a run stored before V153 kept its node scores, gaps, obstacles and group ranks as rows, which RunRepository still
        // reads for a run without result blocks: the upgrade keeps them as they were (RunStoreTest reads such a run back)
        flyway(ds, pg, "143").migrate(); // the last migration before V153 on both databases
        try (Connection c = ds.getConnection()) {
            long plan = Long.parseLong(column(c, "SELECT id FROM eval_plan").get(0));
            insert(c, "eval_run", new String[] {"plan_id", "period", "data_version", "value_count", "unit_count", "benchmark_code", "leader_code",
                    "settings", "notes", "created_by", "created_at", "synthetic", "published"},
                    new Object[] {plan, "2023", "v1", 2, 1, "320582102000", "320582102000", "{}", "a note", "analyst", at, false, true});
            long run = Long.parseLong(column(c, "SELECT id FROM eval_run").get(0));
            insert(c, "eval_node_score", new String[] {"run_id", "unit_code", "node_code", "raw_value", "score", "rank_no"},
                    new Object[] {run, "320582102000", "index", null, 0.1 + 0.2, 1.0},
                    new Object[] {run, "320582102000", "gdp", 1234.5678901234567, -0.0, null});
            insert(c, "eval_gap", new String[] {"run_id", "unit_code", "reference", "item_kind", "item_code", "contribution", "unit_value", "ref_value",
                    "close_alone"},
                    new Object[] {run, "320582102000", "LEADER", "INDICATOR", "gdp", 1.0e-300, 2.5, null, 0.75});
            insert(c, "eval_obstacle", new String[] {"run_id", "unit_code", "item_kind", "item_code", "degree"},
                    new Object[] {run, "320582102000", "DIMENSION", "d1", 0.3333333333333333});
            insert(c, "eval_group_rank", new String[] {"run_id", "group_level", "node_code", "unit_code", "group_code", "rank_no"},
                    new Object[] {run, "COUNTY", "index", "320582102000", "320582000000", 1.5});
        }
        snapshotInto(ds, written, "eval_run", "eval_node_score", "eval_gap", "eval_obstacle", "eval_group_rank");

        Flyway latest = flyway(ds, pg, "latest");
        latest.migrate();
        MigrationVersion newest = latest.info().current().getVersion();
        assertThat(newest.isAtLeast("90")).as("migrated to the latest version, %s", newest).isTrue();

        try (Connection c = ds.getConnection()) {
            for (Map.Entry<String, List<Map<String, String>>> e : written.entrySet()) {
                List<Map<String, String>> now = rows(c, e.getKey());
                assertThat(now).as("rows of %s", e.getKey()).hasSameSizeAs(e.getValue());
                for (int i = 0; i < now.size(); i++) {
                    Map<String, String> before = e.getValue().get(i);
                    Map<String, String> after = new LinkedHashMap<>(now.get(i));
                    after.keySet().retainAll(before.keySet());
                    assertThat(after).as("%s row %d, every column written before", e.getKey(), i).isEqualTo(before);
                }
            }
            assertThat(column(c, "SELECT credentials_version FROM app_user ORDER BY id")).containsExactly("0", "0");
            assertThat(column(c, "SELECT boundaries FROM eval_plan")).containsExactly("AS_REPORTED");
            assertThat(column(c, "SELECT unit_level FROM eval_plan")).containsExactly("TOWNSHIP");
            assertThat(column(c, "SELECT COUNT(*) FROM installation")).as("no demo accounts: a normal installation").containsExactly("0");
            assertThat(column(c, "SELECT import_id FROM data_value ORDER BY indicator_id, period, unit_id")).containsOnly("null");
            assertThat(column(c, "SELECT COUNT(*) FROM eval_result_block")).as("the run's rows stay rows: no blocks made of them").containsExactly("0");
        }
    }

    private static void insert(Connection c, String table, String[] columns, Object[]... rows) throws SQLException {
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + "?, ".repeat(columns.length - 1) + "?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) ps.setObject(i + 1, row[i]);
                ps.executeUpdate();
            }
        }
    }

    private static void snapshotInto(DataSource ds, Map<String, List<Map<String, String>>> into, String... tables)
            throws SQLException {
        try (Connection c = ds.getConnection()) {
            for (String t : tables) {
                List<Map<String, String>> rows = rows(c, t);
                assertThat(rows).as("rows written into %s", t).isNotEmpty();
                into.put(t, rows);
            }
        }
    }

    /** The rows of a table in a stable order (by every column as text), each column as text, by column name. */
    private static List<Map<String, String>> rows(Connection c, String table) throws SQLException {
        List<Map<String, String>> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                Map<String, String> row = new TreeMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    Object v = rs.getObject(i);
                    String text = v instanceof byte[] b ? HexFormat.of().formatHex(b)
                            : v instanceof Double d ? Double.toHexString(d)
                            : v instanceof java.sql.Timestamp || v instanceof OffsetDateTime ? rs.getObject(i, OffsetDateTime.class).toInstant().toString()
                            : String.valueOf(v);
                    row.put(md.getColumnName(i).toLowerCase(java.util.Locale.ROOT), text);
                }
                out.add(row);
            }
        }
        out.sort((a, b) -> a.toString().compareTo(b.toString()));
        return out;
    }

    private static List<String> column(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(String.valueOf(rs.getObject(1)));
        }
        return out;
    }
}
