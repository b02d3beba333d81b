package org.tongchou.app.targets;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TargetRepository {
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    TargetRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    record Row(long unitId, long indicatorId, int year, double value, String note, String setBy, java.time.OffsetDateTime setAt) {
    }

    void upsert(Row r) {
        int n = jdbc.sql("UPDATE target SET num_value = ?, note = ?, set_by = ?, set_at = ? WHERE unit_id = ? AND indicator_id = ? AND target_year = ?")
                .params(r.value(), r.note(), r.setBy(), r.setAt(), r.unitId(), r.indicatorId(), r.year()).update();
        if (n == 0) {
            jdbc.sql("INSERT INTO target (unit_id, indicator_id, target_year, num_value, note, set_by, set_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(r.unitId(), r.indicatorId(), r.year(), r.value(), r.note(), r.setBy(), r.setAt()).update();
        }
    }

    /**
     * Sets many targets with two statements however many there are: one batch of updates, then one
     * batch of inserts for the rows no update found (portable: no MERGE dialect of H2 or PostgreSQL).
     * Run it in a transaction. Rows must be distinct by unit, indicator and year.
     */
    void upsertAll(List<Row> rows) {
        if (rows.isEmpty()) return;
        int[] updated = template.batchUpdate(
                "UPDATE target SET num_value = ?, note = ?, set_by = ?, set_at = ? WHERE unit_id = ? AND indicator_id = ? AND target_year = ?",
                rows.stream().map(r -> new Object[] {r.value(), r.note(), r.setBy(), r.setAt(), r.unitId(), r.indicatorId(), r.year()})
                        .toList());
        List<Object[]> inserts = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            // a driver may answer SUCCESS_NO_INFO (-2) for a batch row: then the row exists only if a lookup finds it
            boolean missing = updated[i] == 0
                    || (updated[i] < 0 && find(rows.get(i).unitId(), rows.get(i).indicatorId(), rows.get(i).year()).isEmpty());
            if (!missing) continue;
            Row r = rows.get(i);
            inserts.add(new Object[] {r.unitId(), r.indicatorId(), r.year(), r.value(), r.note(), r.setBy(), r.setAt()});
        }
        if (!inserts.isEmpty()) {
            template.batchUpdate("INSERT INTO target (unit_id, indicator_id, target_year, num_value, note, set_by, set_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    inserts);
        }
    }

    boolean delete(long unitId, long indicatorId, int year) {
        return jdbc.sql("DELETE FROM target WHERE unit_id = ? AND indicator_id = ? AND target_year = ?").params(unitId, indicatorId, year).update() > 0;
    }

    Optional<Row> find(long unitId, long indicatorId, int year) {
        return jdbc.sql("SELECT * FROM target WHERE unit_id = ? AND indicator_id = ? AND target_year = ?").params(unitId, indicatorId, year)
                .query((rs, n) -> map(rs)).optional();
    }

    List<Row> list(Collection<Long> indicatorIds, int year) {
        if (indicatorIds.isEmpty()) return List.of();
        return jdbc.sql("SELECT * FROM target WHERE indicator_id IN (:ind) AND target_year = :y ORDER BY indicator_id, unit_id")
                .param("ind", indicatorIds).param("y", year).query((rs, n) -> map(rs)).list();
    }

    /** The latest year with an approved target, if any. */
    Optional<Integer> latestYear() {
        return jdbc.sql("SELECT MAX(target_year) FROM target").query(Integer.class).optional();
    }

    private static Row map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getLong("unit_id"), rs.getLong("indicator_id"), rs.getInt("target_year"), rs.getDouble("num_value"), rs.getString("note"),
                rs.getString("set_by"), time(rs, "set_at"));
    }

    private static java.time.OffsetDateTime time(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        java.sql.Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
