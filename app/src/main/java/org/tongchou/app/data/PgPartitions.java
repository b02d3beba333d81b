package org.tongchou.app.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The partitions of a PostgreSQL table partitioned by range of its period (data_value, V91: one partition per
 * year and a default one), read from the catalogue, so that a bulk load can {@code COPY} each period's rows
 * straight into its partition instead of having the server route every row through the parent (a binary search
 * over the bounds, with a collation-aware comparison, per row: about a quarter of the COPY's server CPU for
 * 2 M values; docs/benchmarks.md "Data: value import").
 *
 * <p>Used only when it is certain to agree with the server: every partition a plain table with a bound
 * {@code FOR VALUES FROM ('…') TO ('…')} or {@code DEFAULT}, and every bound and period code made of ASCII digits
 * and capital letters, whose order is the same in every collation (digits before letters, a prefix first).
 * Otherwise {@link #forPeriods} answers null and the caller copies into the parent. The server still checks
 * each row against the partition's constraint, so a wrong mapping would fail the load (rolled back whole), never
 * store a row in the wrong partition.
 */
final class PgPartitions {
    private static final Pattern RANGE = Pattern.compile("FOR VALUES FROM \\('([0-9A-Z]*)'\\) TO \\('([0-9A-Z]*)'\\)");
    private static final Pattern CODE = Pattern.compile("[0-9A-Z]+");

    private final List<String> tables;
    private final List<String[]> bounds;
    private final boolean usable;

    private PgPartitions(List<String> tables, List<String[]> bounds, boolean usable) {
        this.tables = tables;
        this.bounds = bounds;
        this.usable = usable;
    }

    /** The partitions of {@code parent} (none when it is not partitioned), read on the caller's connection. */
    static PgPartitions of(Connection c, String parent) throws SQLException {
        List<String> tables = new ArrayList<>();
        List<String[]> bounds = new ArrayList<>();
        boolean usable = true;
        try (PreparedStatement ps = c.prepareStatement("SELECT p.oid::regclass::text, p.relkind, pg_get_expr(p.relpartbound, p.oid)"
                + " FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhrelid WHERE i.inhparent = to_regclass(?) ORDER BY 1")) {
            ps.setString(1, parent);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                    String bound = rs.getString(3);
                    Matcher m = bound == null ? null : RANGE.matcher(bound);
                    if (!"r".equals(rs.getString(2)) || bound == null) {
                        usable = false;
                        bounds.add(null);
                    } else if ("DEFAULT".equals(bound)) {
                        bounds.add(null);
                    } else if (m.matches()) {
                        bounds.add(new String[] {m.group(1), m.group(2)});
                    } else {
                        usable = false;
                        bounds.add(null);
                    }
                }
            }
        }
        return new PgPartitions(tables, bounds, usable && !tables.isEmpty());
    }

    int size() {
        return tables.size();
    }

    /** The partition's name as the server quotes it (schema-qualified where the search path needs it). */
    String table(int t) {
        return tables.get(t);
    }

    /**
     * For each period code, the index of the partition its rows go to; null when the table is not partitioned or
     * the mapping is not certain (see the class comment).
     */
    int[] forPeriods(List<String> periodCodes) {
        if (!usable) return null;
        int fallback = -1;
        for (int t = 0; t < bounds.size(); t++) if (bounds.get(t) == null) fallback = t;
        int[] out = new int[periodCodes.size()];
        for (int p = 0; p < out.length; p++) {
            String code = periodCodes.get(p);
            if (!CODE.matcher(code).matches()) return null;
            out[p] = fallback;
            for (int t = 0; t < bounds.size(); t++) {
                String[] b = bounds.get(t);
                if (b != null && code.compareTo(b[0]) >= 0 && code.compareTo(b[1]) < 0) {
                    out[p] = t;
                    break;
                }
            }
            if (out[p] < 0) return null;
        }
        return out;
    }
}
