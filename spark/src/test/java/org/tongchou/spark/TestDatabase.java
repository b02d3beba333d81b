package org.tongchou.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;

/**
 * A schema of the test PostgreSQL database ({@code TONGCHOU_TEST_PG_URL}, default
 * {@code jdbc:postgresql://127.0.0.1:5432/tongchou_test}, user postgres) made by the application's own
 * migrations ({@code ../app/src/main/resources/db/migration} and {@code db/vendor/postgresql}, as the
 * application's Flyway runs them on PostgreSQL): the tables the Spark job reads ({@code data_value},
 * {@code admin_unit}, ...) and writes ({@code spark_*}, V135). Each test class gets its own schema, dropped
 * first and after; a test is skipped with a message when PostgreSQL is unreachable.
 */
final class TestDatabase implements AutoCloseable {
    static final String BASE_URL = System.getenv().getOrDefault("TONGCHOU_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/tongchou_test");
    final String schema;
    /** The URL with {@code currentSchema}: what Spark's reads and writes use. */
    final String url;

    private TestDatabase(String schema) {
        this.schema = schema;
        this.url = BASE_URL + (BASE_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** The application's schema, migrated afresh in {@code schema}; skips the test when PostgreSQL is unreachable. */
    static TestDatabase migrated(String schema) {
        try (Connection c = DriverManager.getConnection(BASE_URL, props()); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            Assumptions.abort("PostgreSQL unreachable at " + BASE_URL + " (" + e.getMessage() + "): the JDBC read and write are not tested");
        }
        Path migrations = Path.of("../app/src/main/resources/db");
        Assumptions.assumeTrue(Files.isDirectory(migrations), "the application's migrations are not at " + migrations.toAbsolutePath());
        TestDatabase db = new TestDatabase(schema);
        Flyway.configure().dataSource(BASE_URL, "postgres", "").schemas(schema).defaultSchema(schema).createSchemas(true)
                .locations("filesystem:" + migrations.resolve("migration"), "filesystem:" + migrations.resolve("vendor/postgresql"))
                .load().migrate();
        return db;
    }

    /** An empty schema (no migration run), made afresh; skips the test when PostgreSQL is unreachable. */
    static TestDatabase empty(String schema) {
        try (Connection c = DriverManager.getConnection(BASE_URL, props()); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            Assumptions.abort("PostgreSQL unreachable at " + BASE_URL + " (" + e.getMessage() + "): the JDBC write is not tested");
        }
        return new TestDatabase(schema);
    }

    static Properties props() {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("password", "");
        return p;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, props());
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(BASE_URL, props()); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
