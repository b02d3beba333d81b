package org.tongchou.app.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongchou.app.periods.Period;

@Repository
class DataValueRepository {
    /** Ids per IN list, to keep statements reasonable on both databases. */
    private static final int CHUNK = 1000;
    /**
     * The first history entry of values inserted by an import batch (null -> value, by whom, when),
     * derived from the value and its batch; followed by a WHERE on {@code d}.
     */
    static final String DERIVED_FIRST_ENTRY = "SELECT d.indicator_id, d.period, d.unit_id, CAST(NULL AS DOUBLE PRECISION) AS old_value,"
            + " d.num_value AS new_value, CAST(NULL AS VARCHAR(10)) AS old_status, d.status AS new_status, d.updated_by AS changed_by,"
            + " d.updated_at AS changed_at, CONCAT('import ', i.source) AS reason, d.import_id"
            + " FROM data_value d JOIN data_import i ON i.id = d.import_id";
    /** Writes the derived first entry as an audit row; followed by a WHERE on {@code d}. */
    static final String MATERIALIZE = "INSERT INTO data_value_audit (indicator_id, period, unit_id, old_value, new_value, old_status, new_status,"
            + " changed_by, changed_at, reason, import_id) " + DERIVED_FIRST_ENTRY;
    /** Rows fetched per round trip by the bulk read (PostgreSQL otherwise holds a whole result in memory first). */
    private static final int FETCH = 10_000;
    private final JdbcClient jdbc;
    /** The bulk read's client: the same data source and transaction, results fetched {@link #FETCH} rows at a time. */
    private final JdbcClient streaming;
    private final javax.sql.DataSource dataSource;
    private volatile Boolean postgres;

    DataValueRepository(JdbcClient jdbc, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        org.springframework.jdbc.core.JdbcTemplate t = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        t.setFetchSize(FETCH);
        this.streaming = JdbcClient.create(t);
    }

    /** A stored value as the bulk read gives it: what an evaluation needs, no status, comment or audit columns. */
    interface ValueSink {
        void accept(long indicatorId, String period, long unitId, double value, String source);
    }

    /**
     * Streams the values of the given indicators, periods and units ({@code statuses} null = every status), in no
     * particular order: the bulk read behind {@link DataValueService#read}. On PostgreSQL more than {@value #CHUNK}
     * units go as one array ({@code unit_id = ANY(?)}, which the server hashes) in one statement: each statement
     * scans the period's partition whole, and a national read in {@value #CHUNK}-unit IN lists scanned it once per
     * list (39 times for the country's townships; docs/benchmarks.md). Elsewhere, and for fewer units, IN lists.
     */
    void readValues(Collection<Long> indicatorIds, Collection<String> periods, long[] unitIds, Collection<ValueStatus> statuses,
            ValueSink sink) {
        if (indicatorIds.isEmpty() || periods.isEmpty() || unitIds.length == 0) return;
        StringBuilder where = new StringBuilder(" WHERE indicator_id IN (:ind) AND period IN (:per)");
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("ind", indicatorIds);
        p.put("per", periods);
        if (statuses != null) {
            where.append(" AND status IN (:st)");
            p.put("st", statuses.stream().map(Enum::name).toList());
        }
        String select = "SELECT indicator_id, period, unit_id, num_value, source FROM data_value";
        org.springframework.jdbc.core.RowCallbackHandler row = rs -> sink.accept(rs.getLong(1), rs.getString(2), rs.getLong(3),
                rs.getDouble(4), rs.getString(5));
        if (unitIds.length > CHUNK && postgres()) {
            Object[] all = new Object[unitIds.length];
            for (int i = 0; i < all.length; i++) all[i] = unitIds[i];
            p.put("units", new org.springframework.jdbc.support.SqlArrayValue("bigint", all));
            streaming.sql(select + where + " AND unit_id = ANY(:units)").params(p).query(row);
            return;
        }
        for (int i = 0; i < unitIds.length; i += CHUNK) {
            List<Long> units = new ArrayList<>(Math.min(CHUNK, unitIds.length - i));
            for (int k = i; k < Math.min(unitIds.length, i + CHUNK); k++) units.add(unitIds[k]);
            p.put("units", units);
            streaming.sql(select + where + " AND unit_id IN (:units)").params(p).query(row);
        }
    }

    private boolean postgres() {
        Boolean pg = postgres;
        if (pg == null) {
            java.sql.Connection c = org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource);
            try {
                pg = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot tell which database this is: " + e.getMessage(), e);
            } finally {
                org.springframework.jdbc.datasource.DataSourceUtils.releaseConnection(c, dataSource);
            }
            postgres = pg;
        }
        return pg;
    }

    record Row(long indicatorId, String period, long unitId, double value, ValueStatus status, String source, String comment,
            String updatedBy, OffsetDateTime updatedAt, long version) {
    }

    Optional<Row> find(long indicatorId, String period, long unitId) {
        return jdbc.sql("SELECT * FROM data_value WHERE indicator_id = ? AND period = ? AND unit_id = ?")
                .params(indicatorId, period, unitId).query((rs, n) -> map(rs)).optional();
    }

    /**
     * Streams the rows of the given indicators and periods; {@code unitIds} null means every unit.
     * {@code statuses} null means every status.
     */
    void select(Collection<Long> indicatorIds, Collection<String> periods, Collection<Long> unitIds, Collection<ValueStatus> statuses,
            Consumer<Row> sink) {
        if (indicatorIds.isEmpty() || (periods != null && periods.isEmpty()) || (unitIds != null && unitIds.isEmpty())) return;
        List<List<Long>> unitChunks = new ArrayList<>();
        if (unitIds == null) {
            unitChunks.add(null);
        } else {
            List<Long> all = new ArrayList<>(unitIds);
            for (int i = 0; i < all.size(); i += CHUNK) unitChunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        for (List<Long> units : unitChunks) {
            StringBuilder sql = new StringBuilder("SELECT * FROM data_value WHERE indicator_id IN (:ind)");
            Map<String, Object> p = new java.util.HashMap<>();
            p.put("ind", indicatorIds);
            if (periods != null) {
                sql.append(" AND period IN (:per)");
                p.put("per", periods);
            }
            if (units != null) {
                sql.append(" AND unit_id IN (:units)");
                p.put("units", units);
            }
            if (statuses != null) {
                sql.append(" AND status IN (:st)");
                p.put("st", statuses.stream().map(Enum::name).toList());
            }
            sql.append(" ORDER BY indicator_id, period, unit_id");
            jdbc.sql(sql.toString()).params(p).query(rs -> {
                sink.accept(map(rs));
            });
        }
    }

    void insert(Row r) {
        jdbc.sql("""
                INSERT INTO data_value (indicator_id, period, unit_id, num_value, status, source, note, updated_by, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.indicatorId(), r.period(), r.unitId(), r.value(), r.status().name(), r.source(), r.comment(), r.updatedBy(), r.updatedAt())
                .update();
    }

    /**
     * Updates a stored value. A value still as its import batch inserted it (import_id set) first gets
     * its derived first history entry written as an audit row, since after the update it can no longer
     * be derived (V22, docs/data-import.md).
     */
    /**
     * Updates a stored value if it is still at version {@code r.version() - 1} (optimistic locking); returns whether
     * it was (when not, the caller refuses and its transaction rolls back). A value still as its import batch inserted
     * it (import_id set) first gets its derived first history entry written as an audit row, since after the update it
     * can no longer be derived (V22, docs/data-import.md).
     */
    boolean update(Row r) {
        jdbc.sql(MATERIALIZE + " WHERE d.indicator_id = ? AND d.period = ? AND d.unit_id = ?").params(r.indicatorId(), r.period(), r.unitId()).update();
        return jdbc.sql("""
                UPDATE data_value SET num_value = ?, status = ?, source = ?, note = ?, updated_by = ?, updated_at = ?, import_id = NULL, version = ?
                WHERE indicator_id = ? AND period = ? AND unit_id = ? AND version = ?""")
                .params(r.value(), r.status().name(), r.source(), r.comment(), r.updatedBy(), r.updatedAt(), r.version(), r.indicatorId(), r.period(),
                        r.unitId(), r.version() - 1)
                .update() == 1;
    }

    void audit(Row old, Row now, String reason) {
        jdbc.sql("""
                INSERT INTO data_value_audit (indicator_id, period, unit_id, old_value, new_value, old_status, new_status, changed_by, changed_at, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(now.indicatorId(), now.period(), now.unitId(), old == null ? null : old.value(), now.value(),
                        old == null ? null : old.status().name(), now.status().name(), now.updatedBy(), now.updatedAt(), reason)
                .update();
    }

    record AuditRow(long id, long indicatorId, String period, long unitId, Double oldValue, Double newValue, String oldStatus,
            String newStatus, String changedBy, OffsetDateTime changedAt, String reason, Long importId) {
    }

    /**
     * The audit rows of one value, oldest first, preceded by the derived first entry when the value is
     * still as an import batch inserted it (such a value has no audit rows; its derived entry has id 0).
     */
    List<AuditRow> history(long indicatorId, String period, long unitId) {
        List<AuditRow> out = new ArrayList<>(jdbc.sql("SELECT 0 AS id, x.* FROM (" + DERIVED_FIRST_ENTRY
                        + " WHERE d.indicator_id = ? AND d.period = ? AND d.unit_id = ?) x")
                .params(indicatorId, period, unitId).query((rs, n) -> auditRow(rs)).list());
        out.addAll(jdbc.sql("SELECT * FROM data_value_audit WHERE indicator_id = ? AND period = ? AND unit_id = ? ORDER BY id")
                .params(indicatorId, period, unitId)
                .query((rs, n) -> auditRow(rs)).list());
        return out;
    }

    private static AuditRow auditRow(ResultSet rs) throws SQLException {
        return new AuditRow(rs.getLong("id"), rs.getLong("indicator_id"), rs.getString("period"), rs.getLong("unit_id"),
                        rs.getObject("old_value", Double.class), rs.getObject("new_value", Double.class), rs.getString("old_status"),
                        rs.getString("new_status"), rs.getString("changed_by"), time(rs, "changed_at"), rs.getString("reason"),
                        rs.getObject("import_id", Long.class));
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM data_value").query(Long.class).single();
    }

    /** History entries: audit rows plus the derived first entries of values still as an import batch inserted them. */
    long auditCount() {
        return jdbc.sql("SELECT COUNT(*) FROM data_value_audit").query(Long.class).single()
                + jdbc.sql("SELECT COUNT(*) FROM data_value WHERE import_id IS NOT NULL").query(Long.class).single();
    }

    static Row map(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("indicator_id"), rs.getString("period"), rs.getLong("unit_id"), rs.getDouble("num_value"),
                ValueStatus.valueOf(rs.getString("status")), rs.getString("source"), rs.getString("note"), rs.getString("updated_by"),
                time(rs, "updated_at"), rs.getLong("version"));
    }

    static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant().atOffset(ZoneOffset.UTC);
    }
}
