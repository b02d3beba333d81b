package org.tongchou.app.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongchou.app.support.H2Test;
import org.tongchou.app.support.PostgresTest;

/** The same migrations run on both databases. */
class MigrationsTest {

    abstract static class Contract {
        @Autowired
        JdbcClient jdbc;

        @Autowired
        Flyway flyway;

        @Test
        void aLowerBlocksMigrationLandingLaterIsStillApplied() {
            // V146 (evaluation's skip setting) landed on main after V153 (result blocks): a database migrated
            // to V153 in between must take V146 at its next start instead of refusing to start.
            assertThat(flyway.getConfiguration().isOutOfOrder()).isTrue();
        }

        @Test
        void everyMigrationSucceeded() {
            // Other test classes truncate data tables in the shared context; Flyway's history is kept.
            assertThat(jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success").query(Long.class).single())
                    .isZero();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success").query(Long.class).single())
                    .isGreaterThanOrEqualTo(1);
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
