package org.tongchou.app.units;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Inserts many units of one level fast: on PostgreSQL through {@code COPY ... FROM STDIN} on the
 * transaction's own connection, elsewhere (H2) through JDBC batches of 5,000 rows. Parent ids are
 * resolved in memory from the codes of the level above, so no per-row lookup is needed.
 */
@Component
class UnitBulkLoader {
    private static final int CHUNK = 20_000;

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    UnitBulkLoader(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
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

    /** Inserts the entries (all of one level) valid from a day; {@code progress} gets rows done. */
    void insert(List<DivisionEntry> entries, Map<String, Long> parentIds, LocalDate validFrom, LongConsumer progress) {
        if (entries.isEmpty()) return;
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            if (c.isWrapperFor(PGConnection.class)) copy(c.unwrap(PGConnection.class), entries, parentIds, validFrom, progress);
            else batch(c, entries, parentIds, validFrom, progress);
        } catch (SQLException e) {
            throw new IllegalStateException("bulk insert of " + entries.size() + " units failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    private void copy(PGConnection pg, List<DivisionEntry> entries, Map<String, Long> parentIds, LocalDate validFrom,
                      LongConsumer progress) throws SQLException {
        String sql = "COPY admin_unit (code, name, level, kind, parent_id, valid_from) FROM STDIN";
        String from = validFrom.toString();
        StringBuilder b = new StringBuilder(CHUNK * 64);
        int done = 0;
        try {
            for (int i = 0; i < entries.size(); i++) {
                DivisionEntry e = entries.get(i);
                b.append(e.code()).append('\t').append(escape(e.name())).append('\t').append(e.level().name()).append('\t')
                        .append(UnitKinds.of(e.name(), e.level())).append('\t');
                Long parent = parentId(e, parentIds);
                b.append(parent == null ? "\\N" : parent.toString()).append('\t').append(from).append('\n');
                if ((i + 1) % CHUNK == 0 || i == entries.size() - 1) {
                    pg.getCopyAPI().copyIn(sql, new StringReader(b.toString()));
                    b.setLength(0);
                    done = i + 1;
                    progress.accept(done);
                }
            }
        } catch (java.io.IOException ex) {
            throw new SQLException(ex);
        }
    }

    private static String escape(String s) {
        // COPY text format: backslash, tab and line breaks must be escaped
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
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
                if ((i + 1) % 5_000 == 0 || i == entries.size() - 1) {
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
