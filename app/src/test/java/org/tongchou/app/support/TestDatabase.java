package org.tongchou.app.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Empties every table but Flyway's history, on H2 or PostgreSQL, so a test class starts clean. */
public class TestDatabase {
    private final DataSource dataSource;

    public TestDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean isPostgres() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void truncateAll() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            boolean pg = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            List<String> tables = new ArrayList<>();
            // H2 with DATABASE_TO_LOWER=TRUE names the schema "public", without it "PUBLIC"
            try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String t = rs.getString("TABLE_NAME");
                    if (!"public".equalsIgnoreCase(rs.getString("TABLE_SCHEM"))) continue;
                    // app_info is baseline reference data written by a migration, not test data
                    if (!t.equalsIgnoreCase("flyway_schema_history") && !t.equalsIgnoreCase("app_info")) tables.add(t);
                }
            }
            if (tables.isEmpty()) return;
            if (pg) {
                s.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
            } else {
                s.execute("SET REFERENTIAL_INTEGRITY FALSE");
                for (String t : tables) s.execute("TRUNCATE TABLE " + t + " RESTART IDENTITY");
                s.execute("SET REFERENTIAL_INTEGRITY TRUE");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
