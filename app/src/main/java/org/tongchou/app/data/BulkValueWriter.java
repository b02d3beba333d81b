package org.tongchou.app.data;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import org.tongchou.app.pgcopy.PgBinaryRows;

/**
 * The fast path of an import: values of (indicator, period) columns in which nothing is stored yet —
 * the usual case of a bulk load — cannot collide with stored values, so they are written straight
 * into data_value without staging, comparison or per-value audit rows (they point to their import
 * batch, from which the value history derives their first entry; docs/data-import.md). PostgreSQL:
 * one binary {@code COPY}; H2: large JDBC batches. Runs inside the caller's transaction.
 */
@Repository
class BulkValueWriter {
    private static final int H2_BATCH = 20_000;
    /**
     * From this many new values on, a load into an <em>empty</em> data_value on PostgreSQL drops the
     * primary key, copies, and builds the key again: one sort-based index build is cheaper than
     * maintaining the B-tree row by row (about half of the COPY's server time; docs/benchmarks.md).
     * Setting {@code tongchou.import.rebuild-key-from}; the PostgreSQL tests set it low so that their
     * small imports take this path too.
     */
    private final int rebuildKeyFrom;
    private final DataSource dataSource;

    BulkValueWriter(DataSource dataSource, @org.springframework.beans.factory.annotation.Value("${tongchou.import.rebuild-key-from:500000}") int rebuildKeyFrom) {
        this.dataSource = dataSource;
        this.rebuildKeyFrom = rebuildKeyFrom;
    }

    /**
     * Which of the given (indicator, period) columns already hold a value: one primary-key probe per
     * column. {@code used[i * periods + p]} says whether the file has values for indicator i, period p.
     *
     * @return {@code occupied[i * periods + p]}
     */
    boolean[] occupiedColumns(List<Long> indicatorIds, List<String> periodCodes, boolean[] used) {
        boolean[] occupied = new boolean[used.length];
        int nPer = periodCodes.size();
        Connection c = DataSourceUtils.getConnection(dataSource);
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM data_value WHERE indicator_id = ? AND period = ? FETCH FIRST 1 ROWS ONLY")) {
            for (int k = 0; k < used.length; k++) {
                if (!used[k]) continue;
                ps.setLong(1, indicatorIds.get(k / nPer));
                ps.setString(2, periodCodes.get(k % nPer));
                try (ResultSet rs = ps.executeQuery()) {
                    occupied[k] = rs.next();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("looking for stored values failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
        return occupied;
    }

    /** Inserts the staged values that {@code include} accepts, as new values of import batch {@code importId}. */
    void insert(StagedValues s, IntPredicate include, List<Long> indicatorIds, List<String> periodCodes, String defaultSource, long importId,
            ValueStatus status, String user, OffsetDateTime at, LongConsumer progress) {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            if (c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                long[] ind = indicatorIds.stream().mapToLong(Long::longValue).toArray();
                int[] order = keyOrder(s, include, ind, periodCodes);
                boolean rebuild = order.length >= rebuildKeyFrom && lockIfEmpty(c);
                if (rebuild) execute(c, "ALTER TABLE data_value DROP CONSTRAINT data_value_key");
                PgPartitions parts = PgPartitions.of(c, "data_value");
                int[] target = parts.forPeriods(periodCodes);
                PGConnection pg = c.unwrap(PGConnection.class);
                if (target == null) {
                    copy(pg, "data_value", s, order, ind, periodCodes, defaultSource, importId, status, user, at, progress);
                } else {
                    // one COPY per partition straight into it: no routing of each row through the parent
                    int[] copied = {0};
                    int[][] byPartition = byPartition(order, s, target, parts.size());
                    for (int t = 0; t < parts.size(); t++) {
                        int[] rows = byPartition[t];
                        if (rows.length == 0) continue;
                        int base = copied[0];
                        copy(pg, parts.table(t), s, rows, ind, periodCodes, defaultSource, importId, status, user, at, k -> progress.accept(base + k));
                        copied[0] += rows.length;
                    }
                }
                if (rebuild) {
                    // a larger sort memory for this one index build, within this transaction only
                    execute(c, "SET LOCAL maintenance_work_mem = '256MB'");
                    execute(c, "ALTER TABLE data_value ADD CONSTRAINT data_value_key PRIMARY KEY (indicator_id, period, unit_id)");
                }
            } else {
                batches(c, s, include, indicatorIds, periodCodes, defaultSource, importId, status, user, at, progress);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("writing the new values failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    /**
     * Locks data_value against every other access until the transaction ends and says whether it is
     * empty. Taking the lock first means no other import can add a row between the check and the
     * load; readers wait for the load (the table had nothing for them anyway).
     */
    private static boolean lockIfEmpty(Connection c) throws SQLException {
        execute(c, "LOCK TABLE data_value IN ACCESS EXCLUSIVE MODE");
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM data_value FETCH FIRST 1 ROWS ONLY");
             ResultSet rs = ps.executeQuery()) {
            return !rs.next();
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /**
     * The rows of {@code order} split by the partition their period goes to ({@code target}), each kept in
     * {@code order}'s order: two passes over the rows whatever the number of partitions (there are 41).
     */
    static int[][] byPartition(int[] order, StagedValues s, int[] target, int partitions) {
        int[] count = new int[partitions];
        for (int i : order) count[target[s.period[i]]]++;
        int[][] out = new int[partitions][];
        for (int t = 0; t < partitions; t++) out[t] = new int[count[t]];
        java.util.Arrays.fill(count, 0);
        for (int i : order) {
            int t = target[s.period[i]];
            out[t][count[t]++] = i;
        }
        return out;
    }

    /** Copies the rows {@code order} lists, in that order, into {@code table} (data_value or one of its partitions). */
    private static void copy(PGConnection pg, String table, StagedValues s, int[] order, long[] ind, List<String> periodCodes,
            String defaultSource, long importId, ValueStatus status, String user, OffsetDateTime at, LongConsumer progress) throws SQLException {
        CopyIn in = pg.getCopyAPI().copyIn("COPY " + table + " (indicator_id, period, unit_id, num_value, status, source, note, updated_by, updated_at,"
                + " import_id) FROM STDIN (FORMAT binary)");
        try {
            PgBinaryRows out = new PgBinaryRows(in);
            byte[][] per = new byte[periodCodes.size()][];
            for (int p = 0; p < per.length; p++) per[p] = periodCodes.get(p).getBytes(StandardCharsets.UTF_8);
            byte[] st = status.name().getBytes(StandardCharsets.UTF_8);
            byte[] src = defaultSource.getBytes(StandardCharsets.UTF_8);
            byte[] by = user.getBytes(StandardCharsets.UTF_8);
            long micros = PgBinaryRows.timestamp(at);
            for (int k = 0; k < order.length; k++) {
                int i = order[k];
                out.row(10);
                out.int8(ind[s.indicator[i]]);
                out.bytes(per[s.period[i]]);
                out.int8(s.unitId[i]);
                out.float8(s.value[i]);
                out.bytes(st);
                String own = s.source(i);
                out.bytes(own == null ? src : own.getBytes(StandardCharsets.UTF_8));
                String note = s.comment(i);
                if (note == null) out.nul(); else out.bytes(note.getBytes(StandardCharsets.UTF_8));
                out.bytes(by);
                out.int8(micros);
                out.int8(importId);
                if ((k & 0xFFFF) == 0) progress.accept(k);
            }
            out.end();
            in.endCopy();
        } finally {
            if (in.isActive()) in.cancelCopy();
        }
    }

    /**
     * The included rows in primary-key order of their column — (indicator, period) ascending, file
     * order within a column (a stable counting sort, linear). Files list a unit's values together, so
     * PostgreSQL's B-tree then mostly appends to its rightmost leaf (which it does without descending
     * the tree) instead of inserting at a hundred places in turn; this cut the server's CPU time of the
     * COPY noticeably (docs/benchmarks.md).
     */
    static int[] keyOrder(StagedValues s, IntPredicate include, long[] indicatorIds, List<String> periodCodes) {
        int nPer = periodCodes.size();
        int groups = indicatorIds.length * nPer;
        Integer[] byKey = new Integer[groups];
        for (int g = 0; g < groups; g++) byKey[g] = g;
        java.util.Arrays.sort(byKey, java.util.Comparator.<Integer>comparingLong(g -> indicatorIds[g / nPer])
                .thenComparing(g -> periodCodes.get(g % nPer)));
        int[] rank = new int[groups];
        for (int r = 0; r < groups; r++) rank[byKey[r]] = r;
        int[] start = new int[groups + 1];
        int n = 0;
        for (int i = 0; i < s.size; i++) {
            if (!include.test(i)) continue;
            start[rank[s.indicator[i] * nPer + s.period[i]] + 1]++;
            n++;
        }
        for (int r = 0; r < groups; r++) start[r + 1] += start[r];
        int[] order = new int[n];
        for (int i = 0; i < s.size; i++) {
            if (include.test(i)) order[start[rank[s.indicator[i] * nPer + s.period[i]]]++] = i;
        }
        return order;
    }

    private static void batches(Connection c, StagedValues s, IntPredicate include, List<Long> indicatorIds, List<String> periodCodes,
            String defaultSource, long importId, ValueStatus status, String user, OffsetDateTime at, LongConsumer progress) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO data_value (indicator_id, period, unit_id, num_value, status, source, note,"
                + " updated_by, updated_at, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(5, status.name());
            ps.setString(8, user);
            ps.setObject(9, at);
            ps.setLong(10, importId);
            long[] ind = new long[indicatorIds.size()];
            for (int i = 0; i < ind.length; i++) ind[i] = indicatorIds.get(i);
            int n = 0;
            for (int i : keyOrder(s, include, ind, periodCodes)) {
                ps.setLong(1, ind[s.indicator[i]]);
                ps.setString(2, periodCodes.get(s.period[i]));
                ps.setLong(3, s.unitId[i]);
                ps.setDouble(4, s.value[i]);
                ps.setString(6, s.source(i) == null ? defaultSource : s.source(i));
                if (s.comment(i) == null) ps.setNull(7, Types.VARCHAR); else ps.setString(7, s.comment(i));
                ps.addBatch();
                if (++n % H2_BATCH == 0) {
                    ps.executeBatch();
                    progress.accept(n);
                }
            }
            ps.executeBatch();
        }
    }
}

