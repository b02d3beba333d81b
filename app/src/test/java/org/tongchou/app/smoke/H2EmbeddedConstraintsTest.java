package org.tongchou.app.smoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The embedded database keeps checking its CHECK constraints after the connection that created them is gone.
 *
 * <p>H2 2.4.240 (the version Spring Boot 4.0 manages) compiled {@code CHECK (role IN (...))} with a comparator
 * bound to the creating session: once Flyway's connection (or a restore's, {@code backup.Backups}) was closed
 * — Hikari retires every connection after 30 minutes — each insert into such a table failed with "Check
 * constraint invalid … The database has been closed" (h2database issues 4302, 4308, 4342). On a fresh
 * installation that meant no user, meeting or commitment could be created half an hour after the first start;
 * in the test suite, every test after BackupTest's restore failed. The build pins a fixed H2 (root pom,
 * {@code h2.version}); this test fails on a version with the bug.
 */
class H2EmbeddedConstraintsTest {

    private static final String URL = "jdbc:h2:mem:constraints_after_close;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @Test
    void aCheckConstraintWorksAfterTheMigratingConnectionClosed() throws SQLException {
        // every getConnection() opens a new session, which Flyway closes when it is done
        Flyway.configure().dataSource(new DriverManagerDataSource(URL, "sa", ""))
                .locations("classpath:db/migration", "classpath:db/vendor/h2").load().migrate();
        try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO app_user (username, display_name, password_hash, role, created_at) "
                    + "VALUES (?, ?, ?, ?, ?)")) {
                p.setString(1, "analyst-after-close");
                p.setString(2, "Analyst");
                p.setString(3, "{noop}x");
                p.setString(4, "ANALYST");
                p.setObject(5, OffsetDateTime.parse("2026-12-07T10:00:00+08:00"));
                assertThat(p.executeUpdate()).as("insert checked by app_user_role_ck from a new session").isEqualTo(1);
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO app_user (username, display_name, password_hash, role, created_at) "
                    + "VALUES ('bad-role', 'x', 'x', 'KING', CURRENT_TIMESTAMP)")) {
                assertThatThrownBy(p::executeUpdate).as("the constraint still refuses a bad role").isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(e.getMessage().toLowerCase()).contains("app_user_role_ck").contains("violation"));
            }
        } finally {
            try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
                c.createStatement().execute("SHUTDOWN");
            }
        }
    }
}
