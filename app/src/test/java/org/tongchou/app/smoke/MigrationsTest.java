package org.tongchou.app.smoke;

import static org.assertj.core.api.Assertions.assertThat;

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

        @Test
        void baselineIsThere() {
            assertThat(jdbc.sql("SELECT info_value FROM app_info WHERE info_key = 'schema'").query(String.class).single())
                    .isEqualTo("tongchou");
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
