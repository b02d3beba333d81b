package org.tongchou.app.evaluation;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.tongchou.app.pgcopy.CopyText;

/**
 * Writes a run's many result rows (a province: ~160,000 node scores, gaps, obstacles and group ranks; the country
 * several million): on PostgreSQL one {@code COPY ... FROM STDIN} per table in the run's transaction (text format,
 * through a 1 MB buffer), elsewhere (H2) JDBC batches of 1,000. The rows are the same either way; the PostgreSQL
 * contract tests read them back.
 *
 * <p>Values: {@code null} is NULL, a {@link Double} its {@link Double#toString} (callers turn NaN into null), any
 * other value its {@code toString()} as a COPY text field ({@link CopyText}).
 */
@Component
class ResultRows {
    private static final int BUFFER = 1 << 20;
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
        CopyIn in = pg.getCopyAPI().copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN");
        try {
            StringBuilder text = new StringBuilder(BUFFER + 4096);
            for (Object[] row : rows) {
                for (int k = 0; k < row.length; k++) {
                    if (k > 0) text.append('\t');
                    field(text, row[k]);
                }
                text.append('\n');
                if (text.length() >= BUFFER) {
                    write(in, text);
                    text.setLength(0);
                }
            }
            write(in, text);
            in.endCopy();
        } finally {
            if (in.isActive()) in.cancelCopy();
        }
    }

    private static void field(StringBuilder out, Object v) {
        if (v == null) {
            out.append("\\N");
            return;
        }
        if (v instanceof Double d) {
            out.append(d.doubleValue());
            return;
        }
        if (v instanceof Number || v instanceof Boolean) {
            out.append(v);
            return;
        }
        CopyText.append(out, v.toString());
    }

    private static void write(CopyIn in, StringBuilder text) throws SQLException {
        if (text.isEmpty()) return;
        byte[] b = text.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(b, 0, b.length);
    }
}
