package org.tongchou.app.units;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.tongchou.app.pgcopy.CopyText;

/**
 * Inserts many new units fast, level by level from provinces down, in the caller's transaction: on
 * PostgreSQL through one {@code COPY ... FROM STDIN} per level written as UTF-8 bytes, and into an empty
 * table of at least {@code tongchou.units.defer-indexes-from} units (default 50,000) with the secondary
 * indexes built after the load ({@link DeferredUnitIndexes}); elsewhere (H2) through JDBC batches.
 * Parent ids are resolved in memory from the codes of the level above, so no per-row lookup is needed.
 */
@Component
class UnitBulkLoader {
    private static final int BATCH = 10_000;
    private static final int COPY_BUFFER = 1 << 20;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final int deferIndexesFrom;

    UnitBulkLoader(DataSource dataSource, JdbcClient jdbc,
                   @Value("${tongchou.units.defer-indexes-from:50000}") int deferIndexesFrom) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.deferIndexesFrom = deferIndexesFrom;
    }

    /**
     * What a load took.
     *
     * @param insertMillis  per level, inserting the rows
     * @param rebuildMillis building the deferred indexes and constraints (0 if none were deferred)
     */
    record Timing(Map<UnitLevel, Long> insertMillis, long rebuildMillis) {
    }

    /** Code → id of the still-valid units of a level whose code starts with {@code prefix}. */
    Map<String, Long> currentIds(UnitLevel level, String prefix) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("SELECT code, id FROM admin_unit WHERE level = :l AND valid_to IS NULL AND code LIKE :p")
                .param("l", level.name()).param("p", prefix + "%")
                .query(rs -> {
                    ids.put(rs.getString(1), rs.getLong(2));
                });
        return ids;
    }

    /**
     * Inserts new units, valid from a day, level by level; a unit's parent must be in the database or
     * in an earlier level. {@code prefix}: the code prefix of the import's scope ("" for the country),
     * which bounds the parent lookups. {@code progress} gets rows done.
     */
    Timing insertAll(Map<UnitLevel, List<DivisionEntry>> fresh, String prefix, LocalDate validFrom, LongConsumer progress) {
        int total = fresh.values().stream().mapToInt(List::size).sum();
        Map<UnitLevel, Long> millis = new EnumMap<>(UnitLevel.class);
        if (total == 0) return new Timing(millis, 0);
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            PGConnection pg = c.isWrapperFor(PGConnection.class) ? c.unwrap(PGConnection.class) : null;
            DeferredUnitIndexes deferred = pg != null && total >= deferIndexesFrom
                    ? DeferredUnitIndexes.dropIfEmpty(jdbc) : DeferredUnitIndexes.NONE;
            long done = 0;
            for (UnitLevel level : UnitLevel.values()) {
                List<DivisionEntry> entries = fresh.getOrDefault(level, List.of());
                if (entries.isEmpty()) continue;
                long t0 = System.nanoTime();
                Map<String, Long> parents = level.parent() == null ? Map.of()
                        : currentIds(level.parent(), prefix.substring(0, Math.min(prefix.length(), level.parent().digits())));
                long before = done;
                LongConsumer levelProgress = n -> progress.accept(before + n);
                if (pg != null) copy(pg, entries, parents, validFrom, levelProgress);
                else batch(c, entries, parents, validFrom, levelProgress);
                millis.put(level, (System.nanoTime() - t0) / 1_000_000);
                done += entries.size();
            }
            long t0 = System.nanoTime();
            deferred.rebuild();
            return new Timing(millis, deferred.deferred() ? (System.nanoTime() - t0) / 1_000_000 : 0);
        } catch (SQLException e) {
            throw new IllegalStateException("bulk insert of " + total + " units failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    private void copy(PGConnection pg, List<DivisionEntry> entries, Map<String, Long> parentIds, LocalDate validFrom,
                      LongConsumer progress) throws SQLException {
        CopyIn in = pg.getCopyAPI().copyIn("COPY admin_unit (code, name, level, kind, parent_id, valid_from) FROM STDIN");
        try {
            CopyRows rows = new CopyRows(in, "\t" + entries.get(0).level().name() + "\t", "\t" + validFrom + "\n");
            for (int i = 0; i < entries.size(); i++) {
                DivisionEntry e = entries.get(i);
                Long parent = parentId(e, parentIds);
                rows.row(e.code(), e.name(), UnitKinds.of(e.name(), e.level()), parent == null ? -1 : parent);
                if (rows.flushIfFull()) progress.accept(i + 1);
            }
            rows.flush();
            in.endCopy();
            progress.accept(entries.size());
        } finally {
            if (in.isActive()) in.cancelCopy();
        }
    }

    /**
     * COPY text rows built as UTF-8 bytes in one reused buffer: the level and the date are the same on
     * every row of a level, and the few kinds are encoded once each.
     */
    private static final class CopyRows {
        private final CopyIn in;
        private final byte[] levelField;
        private final byte[] tail;
        private final Map<String, byte[]> kinds = new IdentityHashMap<>();
        private byte[] buf = new byte[COPY_BUFFER + 4096];
        private int n;

        CopyRows(CopyIn in, String levelField, String tail) {
            this.in = in;
            this.levelField = levelField.getBytes(StandardCharsets.US_ASCII);
            this.tail = tail.getBytes(StandardCharsets.US_ASCII);
        }

        /** One row: code, name, level, kind, parent id ({@code -1} for none, written as NULL), valid_from. */
        void row(String code, String name, String kind, long parentId) {
            ascii(code);
            put((byte) '\t');
            text(name);
            put(levelField);
            put(kinds.computeIfAbsent(kind, k -> k.getBytes(StandardCharsets.UTF_8)));
            put((byte) '\t');
            if (parentId < 0) ascii("\\N");
            else number(parentId);
            put(tail);
        }

        /** A name as a COPY text field ({@link CopyText}). */
        private void text(String s) {
            put(CopyText.field(s).getBytes(StandardCharsets.UTF_8));
        }

        private void number(long v) {
            ensure(20);
            if (v == 0) {
                buf[n++] = '0';
                return;
            }
            int from = n;
            for (long x = v; x > 0; x /= 10) buf[n++] = (byte) ('0' + x % 10);
            for (int i = from, j = n - 1; i < j; i++, j--) {
                byte t = buf[i];
                buf[i] = buf[j];
                buf[j] = t;
            }
        }

        private void ascii(String s) {
            ensure(s.length());
            for (int i = 0; i < s.length(); i++) buf[n++] = (byte) s.charAt(i);
        }

        private void put(byte b) {
            ensure(1);
            buf[n++] = b;
        }

        private void put(byte[] b) {
            ensure(b.length);
            System.arraycopy(b, 0, buf, n, b.length);
            n += b.length;
        }

        private void ensure(int more) {
            if (n + more > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + more));
        }

        /** Sends the buffer once it holds about a megabyte; true if it did. */
        boolean flushIfFull() throws SQLException {
            if (n < COPY_BUFFER) return false;
            flush();
            return true;
        }

        void flush() throws SQLException {
            if (n > 0) in.writeToCopy(buf, 0, n);
            n = 0;
        }
    }

    private void batch(Connection c, List<DivisionEntry> entries, Map<String, Long> parentIds, LocalDate validFrom,
                       LongConsumer progress) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO admin_unit (code, name, level, kind, parent_id, valid_from) VALUES (?, ?, ?, ?, ?, ?)")) {
            Date from = Date.valueOf(validFrom);
            for (int i = 0; i < entries.size(); i++) {
                DivisionEntry e = entries.get(i);
                ps.setString(1, e.code());
                ps.setString(2, e.name());
                ps.setString(3, e.level().name());
                ps.setString(4, UnitKinds.of(e.name(), e.level()));
                Long parent = parentId(e, parentIds);
                if (parent == null) ps.setNull(5, java.sql.Types.BIGINT);
                else ps.setLong(5, parent);
                ps.setDate(6, from);
                ps.addBatch();
                if ((i + 1) % BATCH == 0 || i == entries.size() - 1) {
                    ps.executeBatch();
                    progress.accept(i + 1);
                }
            }
        }
    }

    private static Long parentId(DivisionEntry e, Map<String, Long> parentIds) {
        if (e.parentCode() == null) return null;
        Long id = parentIds.get(e.parentCode());
        if (id == null) {
            throw new DivisionListException(e.where() + ": parent " + e.parentCode() + " of " + e.code() + " is not in the database");
        }
        return id;
    }
}
