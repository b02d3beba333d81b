package org.tongchou.app.evaluation;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.tongchou.app.pgcopy.PgBinaryRows;

/**
 * Writes a run's many result rows (a province: ~160,000 node scores, gaps, obstacles and group ranks; the country
 * about 4.8 million): on PostgreSQL one {@code COPY ... FROM STDIN (FORMAT binary)} per table in the run's
 * transaction ({@link PgBinaryRows}: no number is formatted as text here nor parsed on the server), elsewhere (H2)
 * JDBC batches of 1,000. The rows are the same either way; {@code RunStoreTest} reads them back on both databases.
 *
 * <p>Values, by their Java type, which must be the column's: {@code null} is NULL, a {@link Double} a
 * {@code DOUBLE PRECISION} bit for bit (callers turn NaN into null), a {@link Long} a {@code BIGINT}, an
 * {@link Integer} an {@code INTEGER}, a {@link String} text.
 */
@Component
class ResultRows {
    private final JdbcTemplate template;
    private final DataSource dataSource;

    ResultRows(JdbcTemplate template, DataSource dataSource) {
        this.template = template;
        this.dataSource = dataSource;
    }

    /** Inserts {@code rows} (each one value per column, in order) into {@code table}. */
    void insert(String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) return;
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            if (c.isWrapperFor(PGConnection.class)) {
                copy(c.unwrap(PGConnection.class), table, columns, rows);
                return;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("writing " + rows.size() + " rows into " + table + " failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
        String marks = String.join(", ", java.util.Collections.nCopies(columns.size(), "?"));
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + marks + ")";
        for (int i = 0; i < rows.size(); i += 1000) template.batchUpdate(sql, rows.subList(i, Math.min(rows.size(), i + 1000)));
    }

    private static void copy(PGConnection pg, String table, List<String> columns, List<Object[]> rows) throws SQLException {
        CopyIn in = pg.getCopyAPI().copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT binary)");
        try {
            PgBinaryRows out = new PgBinaryRows(in);
            for (Object[] row : rows) {
                out.row(row.length);
                for (Object v : row) field(out, v);
            }
            out.end();
            in.endCopy();
        } finally {
            if (in.isActive()) in.cancelCopy();
        }
    }

    /** One field in the binary format, typed by its Java value (the column's type: see the class comment). */
    private static void field(PgBinaryRows out, Object v) throws SQLException {
        if (v == null) out.nul();
        else if (v instanceof Double d) out.float8(d);
        else if (v instanceof Long l) out.int8(l);
        else if (v instanceof Integer i) out.int4(i);
        else if (v instanceof String t) out.text(t);
        else throw new IllegalArgumentException("no binary COPY field for a " + v.getClass().getName() + ": " + v);
    }
}
