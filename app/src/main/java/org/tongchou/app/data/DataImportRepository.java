package org.tongchou.app.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.tongchou.app.pgcopy.PgBinaryRows;

/**
 * Set-based writing of the values of an import that may already be stored, inside the caller's
 * transaction: they go to a temporary staging table (PostgreSQL: COPY; H2: JDBC batches), are
 * compared with the stored values in one join whose new and changed rows go to a second temporary
 * table, and are written from that with one INSERT … SELECT into the audit, one MERGE for the changed
 * and one INSERT … SELECT for the new rows. No per-row SQL. Values of (indicator, period) columns
 * with nothing stored skip all this: {@link BulkValueWriter} copies them straight into data_value.
 */
@Repository
class DataImportRepository {
    private static final String DIFFERS =
            "(d.num_value <> s.num_value OR d.source IS DISTINCT FROM s.source OR d.note IS DISTINCT FROM s.note)";
    private static final String JOIN =
            " FROM data_value_stage s LEFT JOIN data_value d ON d.indicator_id = s.indicator_id AND d.period = s.period AND d.unit_id = s.unit_id";
    private final JdbcClient jdbc;
    private final DataSource dataSource;

    DataImportRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * Creates the staging table and fills it with the staged values that {@code include} accepts; must
     * run inside a transaction (the table is dropped at its end).
     */
    void stage(StagedValues s, IntPredicate include, List<Long> indicatorIds, List<String> periodCodes, String defaultSource, LongConsumer progress) {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            boolean pg = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            try (Statement st = c.createStatement()) {
                if (pg) {
                    // no JIT compilation for this import's statements: each runs once over the whole file, and compiling the
                    // comparison's plan over data_value's 41 partitions took longer than it saved (docs/benchmarks.md)
                    st.execute("SET LOCAL jit = off");
                    st.execute("CREATE TEMP TABLE data_value_stage (row_no BIGINT NOT NULL, indicator_id BIGINT NOT NULL, period VARCHAR(8) NOT NULL,"
                            + " unit_id BIGINT NOT NULL, num_value DOUBLE PRECISION NOT NULL, source VARCHAR(200), note VARCHAR(2000)) ON COMMIT DROP");
                } else {
                    st.execute("CREATE LOCAL TEMPORARY TABLE data_value_stage (row_no BIGINT NOT NULL, indicator_id BIGINT NOT NULL,"
                            + " period VARCHAR(8) NOT NULL, unit_id BIGINT NOT NULL, num_value DOUBLE PRECISION NOT NULL, source VARCHAR(200),"
                            + " note VARCHAR(2000), PRIMARY KEY (indicator_id, period, unit_id)) ON COMMIT DROP TRANSACTIONAL");
                }
            }
            if (pg) {
                copy(c.unwrap(PGConnection.class), s, include, indicatorIds, periodCodes, defaultSource, progress);
                try (Statement st = c.createStatement()) {
                    st.execute("ANALYZE data_value_stage");
                }
            } else {
                batches(c, s, include, indicatorIds, periodCodes, defaultSource, progress);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("staging the import failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    /**
     * Binary COPY (no number printed as text in Java and parsed back by the server: exact bits, less CPU on both
     * sides), in primary-key order of the columns ({@link BulkValueWriter#keyOrder}): the comparison with the stored
     * values sorts the staged rows by that key, and a sort of rows already in order costs far less server time
     * (measured: about a third less for the whole comparison of two million values; docs/benchmarks.md).
     */
    private static void copy(PGConnection pg, StagedValues s, IntPredicate include, List<Long> indicatorIds, List<String> periodCodes, String defaultSource, LongConsumer progress)
            throws SQLException {
        CopyIn in = pg.getCopyAPI().copyIn("COPY data_value_stage (row_no, indicator_id, period, unit_id, num_value, source, note) FROM STDIN (FORMAT binary)");
        try {
            PgBinaryRows out = new PgBinaryRows(in);
            long[] ind = new long[indicatorIds.size()];
            for (int i = 0; i < ind.length; i++) ind[i] = indicatorIds.get(i);
            byte[][] per = new byte[periodCodes.size()][];
            for (int p = 0; p < per.length; p++) per[p] = periodCodes.get(p).getBytes(StandardCharsets.UTF_8);
            byte[] src = defaultSource.getBytes(StandardCharsets.UTF_8);
            int k = 0;
            for (int i : BulkValueWriter.keyOrder(s, include, ind, periodCodes)) {
                out.row(7);
                out.int8(s.row[i]);
                out.int8(ind[s.indicator[i]]);
                out.bytes(per[s.period[i]]);
                out.int8(s.unitId[i]);
                out.float8(s.value[i]);
                String own = s.source(i);
                out.bytes(own == null ? src : own.getBytes(StandardCharsets.UTF_8));
                String note = s.comment(i);
                if (note == null) out.nul(); else out.bytes(note.getBytes(StandardCharsets.UTF_8));
                if ((++k & 0xFFFF) == 0) progress.accept(k);
            }
            out.end();
            in.endCopy();
        } finally {
            if (in.isActive()) in.cancelCopy();
        }
    }

    private static void batches(Connection c, StagedValues s, IntPredicate include, List<Long> indicatorIds, List<String> periodCodes, String defaultSource, LongConsumer progress)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO data_value_stage (row_no, indicator_id, period, unit_id, num_value, source, note) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (int i = 0; i < s.size; i++) {
                if (!include.test(i)) continue;
                ps.setLong(1, s.row[i]);
                ps.setLong(2, indicatorIds.get(s.indicator[i]));
                ps.setString(3, periodCodes.get(s.period[i]));
                ps.setLong(4, s.unitId[i]);
                ps.setDouble(5, s.value[i]);
                ps.setString(6, s.source(i) == null ? defaultSource : s.source(i));
                if (s.comment(i) == null) ps.setNull(7, Types.VARCHAR); else ps.setString(7, s.comment(i));
                ps.addBatch();
                if (++n % 10_000 == 0) {
                    ps.executeBatch();
                    progress.accept(i + 1);
                }
            }
            ps.executeBatch();
        }
    }

    record Counts(long inserted, long updated, long unchanged, long locked) {
    }

    /**
     * Compares the staged values with the stored ones in one join and keeps only the new and changed
     * rows, with the stored value and status, in a second temporary table ({@code data_value_diff}).
     * Everything after this (counts, the listed changes, the audit, the writes) reads that table, which
     * is empty when a file is imported again, instead of joining the whole staging table four times.
     */
    void diff() {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try (Statement st = c.createStatement()) {
            boolean pg = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            String cols = "(row_no BIGINT NOT NULL, indicator_id BIGINT NOT NULL, period VARCHAR(8) NOT NULL, unit_id BIGINT NOT NULL,"
                    + " num_value DOUBLE PRECISION NOT NULL, source VARCHAR(200), note VARCHAR(2000), old_value DOUBLE PRECISION, old_status VARCHAR(10),"
                    + " old_import BIGINT, old_version BIGINT)";
            st.execute(pg ? "CREATE TEMP TABLE data_value_diff " + cols + " ON COMMIT DROP"
                    : "CREATE LOCAL TEMPORARY TABLE data_value_diff " + cols + " ON COMMIT DROP TRANSACTIONAL");
            st.execute("INSERT INTO data_value_diff SELECT s.row_no, s.indicator_id, s.period, s.unit_id, s.num_value, s.source, s.note,"
                    + " d.num_value, d.status, d.import_id, d.version" + JOIN + " WHERE d.unit_id IS NULL OR " + DIFFERS);
            if (pg) st.execute("ANALYZE data_value_diff");
        } catch (SQLException e) {
            throw new IllegalStateException("comparing the import with the stored values failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    /** Counts from the diff table; {@code staged} is the number of staged values (the rest are unchanged). */
    Counts counts(long staged) {
        return jdbc.sql("SELECT"
                + " COALESCE(SUM(CASE WHEN old_status IS NULL THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN old_status IS NOT NULL THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN old_status = 'APPROVED' THEN 1 ELSE 0 END), 0) FROM data_value_diff")
                .query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), staged - rs.getLong(1) - rs.getLong(2), rs.getLong(3))).single();
    }

    record StagedRow(long row, String unitCode, String indicator, String period, Double oldValue, double newValue, String oldStatus) {
    }

    /** Changed or new rows in file order, at most {@code limit}; {@code lockedOnly} keeps only changes to approved values. */
    List<StagedRow> changes(int limit, boolean lockedOnly) {
        String where = lockedOnly ? " WHERE x.old_status = 'APPROVED'" : "";
        return jdbc.sql("SELECT x.row_no, u.code, i.code, x.period, x.old_value, x.num_value, x.old_status FROM data_value_diff x"
                        + " JOIN admin_unit u ON u.id = x.unit_id JOIN indicator i ON i.id = x.indicator_id" + where
                        + " ORDER BY x.row_no, i.code LIMIT " + limit)
                .query((rs, n) -> new StagedRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, Double.class), rs.getDouble(6), rs.getString(7)))
                .list();
    }

    long startImport(String source, String user, OffsetDateTime at, long rows) {
        KeyHolder kh = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO data_import (source, imported_by, imported_at, row_count, inserted, updated, unchanged) VALUES (?, ?, ?, ?, 0, 0, 0)")
                .params(source.length() > 400 ? source.substring(source.length() - 400) : source, user, at, rows).update(kh, "id");
        return kh.getKey().longValue();
    }

    void finishImport(long id, Counts c) {
        jdbc.sql("UPDATE data_import SET inserted = ?, updated = ?, unchanged = ? WHERE id = ?").params(c.inserted(), c.updated(), c.unchanged(), id).update();
    }

    /**
     * Audits then writes the new and changed rows of the diff table; unchanged rows are neither
     * rewritten nor audited. Set-based statements: the derived first history entries of changed values
     * still as their import batch inserted them become audit rows (V22); one {@code INSERT … SELECT}
     * audits the changes (old and new value and status); one {@code MERGE} updates the changed rows
     * (matched by the primary key) and one plain {@code INSERT … SELECT} adds the new rows, whose keys
     * are known not to exist. New rows get no audit row of their own: they point to this import batch,
     * from which their first history entry is derived.
     */
    /** @return how many stored values were changed: fewer than compared when another change came in between (then refuse) */
    long merge(long importId, ValueStatus status, String user, OffsetDateTime at, String reason) {
        jdbc.sql(DataValueRepository.MATERIALIZE + " WHERE d.import_id IS NOT NULL AND EXISTS (SELECT 1 FROM data_value_diff x"
                + " WHERE x.old_import IS NOT NULL AND x.indicator_id = d.indicator_id AND x.period = d.period AND x.unit_id = d.unit_id)").update();
        jdbc.sql("INSERT INTO data_value_audit (indicator_id, period, unit_id, old_value, new_value, old_status, new_status, changed_by, changed_at, reason, import_id)"
                        + " SELECT x.indicator_id, x.period, x.unit_id, x.old_value, x.num_value, x.old_status, :status, :user, :at, :reason, :import"
                        + " FROM data_value_diff x WHERE x.old_status IS NOT NULL")
                .param("status", status.name()).param("user", user).param("at", at).param("reason", reason).param("import", importId).update();
        // only values still at the version compared (optimistic locking): a value changed since is not overwritten
        long merged = jdbc.sql("MERGE INTO data_value d USING (SELECT * FROM data_value_diff WHERE old_status IS NOT NULL) x"
                        + " ON (d.indicator_id = x.indicator_id AND d.period = x.period AND d.unit_id = x.unit_id AND d.version = x.old_version)"
                        + " WHEN MATCHED THEN UPDATE SET num_value = x.num_value, status = :status, source = x.source, note = x.note,"
                        + " updated_by = :user, updated_at = :at, import_id = NULL, version = d.version + 1")
                .param("status", status.name()).param("user", user).param("at", at).update();
        jdbc.sql("INSERT INTO data_value (indicator_id, period, unit_id, num_value, status, source, note, updated_by, updated_at, import_id)"
                        + " SELECT x.indicator_id, x.period, x.unit_id, x.num_value, :status, x.source, x.note, :user, :at, :import"
                        + " FROM data_value_diff x WHERE x.old_status IS NULL")
                .param("status", status.name()).param("user", user).param("at", at).param("import", importId).update();
        return merged;
    }

    static List<String> codes(List<org.tongchou.app.periods.Period> periods) {
        List<String> out = new ArrayList<>(periods.size());
        for (var p : periods) out.add(p.code());
        return out;
    }

    static UncheckedIOException io(IOException e) {
        return new UncheckedIOException(e);
    }
}
