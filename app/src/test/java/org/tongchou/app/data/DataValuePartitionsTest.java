package org.tongchou.app.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongchou.app.support.H2Test;
import org.tongchou.app.support.PostgresTest;

/**
 * data_value on PostgreSQL is partitioned by the year of its period (migration db/vendor/postgresql/V91),
 * and the query evaluation runs (one period's columns, {@code DataValueRepository}) reads one partition;
 * on H2 it stays the plain table. Every other data test runs unchanged on both.
 */
class DataValuePartitionsTest {
    /** The shape of the evaluation's read: indicators × one period × units, approved only. */
    static final String READ = "SELECT * FROM data_value WHERE indicator_id IN (1, 2) AND period IN ('2024') AND unit_id IN (1, 2, 3)"
            + " AND status IN ('APPROVED') ORDER BY indicator_id, period, unit_id";

    @org.junit.jupiter.api.Nested
    @PostgresTest
    class OnPostgres {
        @Autowired
        JdbcClient jdbc;

        @Test
        void dataValueIsPartitionedByYearAndOnePeriodReadsOnePartition() {
            assertThat(jdbc.sql("SELECT c.relkind FROM pg_class c WHERE c.relname = 'data_value'").query(String.class).single())
                    .as("partitioned table").isEqualTo("p");
            List<String> parts = jdbc.sql("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
                    + " JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = 'data_value' ORDER BY 1").query(String.class).list();
            assertThat(parts).contains("data_value_y2016", "data_value_y2024", "data_value_y2039", "data_value_y_other").hasSize(41);
            String plan = String.join("\n", jdbc.sql("EXPLAIN " + READ).query(String.class).list());
            assertThat(plan).contains("data_value_y2024").doesNotContain("data_value_y2023").doesNotContain("data_value_y_other");
            String months = String.join("\n", jdbc.sql("EXPLAIN SELECT * FROM data_value WHERE period IN ('2024M07', '2024Q3')")
                    .query(String.class).list());
            assertThat(months).as("a month and a quarter of 2024 are in 2024's partition").contains("data_value_y2024")
                    .doesNotContain("data_value_y2025");
            assertThat(jdbc.sql("SELECT conname FROM pg_constraint WHERE conrelid = 'data_value'::regclass AND contype = 'p'")
                    .query(String.class).single()).as("the key keeps the name bulk loads rebuild").isEqualTo("data_value_key");
        }

        @Autowired
        javax.sql.DataSource dataSource;

        @Test
        void bulkLoadsFindEachPeriodsPartitionAsTheServerDoes() throws java.sql.SQLException {
            try (var c = dataSource.getConnection()) {
                PgPartitions parts = PgPartitions.of(c, "data_value");
                int[] target = parts.forPeriods(List.of("2016", "2024M07", "2024Q3", "2039H2", "1999"));
                assertThat(java.util.Arrays.stream(target).mapToObj(parts::table).toList()).as("partition of each period")
                        .containsExactly("data_value_y2016", "data_value_y2024", "data_value_y2024", "data_value_y2039", "data_value_y_other");
                // the server's own routing of the same periods (a rolled-back insert through the parent)
                c.setAutoCommit(false);
                try (var st = c.prepareStatement("INSERT INTO data_value (indicator_id, period, unit_id, num_value, status, updated_by, updated_at)"
                        + " VALUES (1, ?, 1, 0, 'DRAFT', 'test', now()) RETURNING tableoid::regclass::text")) {
                    List<String> periods = List.of("2016", "2024M07", "2024Q3", "2039H2", "1999");
                    for (int p = 0; p < periods.size(); p++) {
                        st.setString(1, periods.get(p));
                        try (var rs = st.executeQuery()) {
                            rs.next();
                            assertThat(rs.getString(1)).as(periods.get(p)).isEqualTo(parts.table(target[p]));
                        }
                    }
                } finally {
                    c.rollback();
                    c.setAutoCommit(true);
                }
                assertThat(parts.forPeriods(List.of("2024", "2024-07"))).as("a code whose order may depend on the collation").isNull();
                assertThat(PgPartitions.of(c, "admin_unit").forPeriods(List.of("2024"))).as("a table that is not partitioned").isNull();
            }
        }
    }

    @org.junit.jupiter.api.Nested
    @H2Test
    class OnH2 {
        @Autowired
        JdbcClient jdbc;

        @Test
        void dataValueStaysAPlainTable() {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM information_schema.tables WHERE table_name LIKE 'data_value_y%'")
                    .query(Long.class).single()).isZero();
            assertThat(jdbc.sql(READ).query((rs, n) -> 1).list()).isEmpty();
        }
    }
}
