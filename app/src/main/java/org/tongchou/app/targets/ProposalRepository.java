package org.tongchou.app.targets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code target_proposal} and {@code target_history} (V30). */
@Repository
class ProposalRepository {
    private static final String SELECT = """
            SELECT p.*, u.code AS unit_code, u.name AS unit_name, i.code AS indicator_code, t.num_value AS approved_value
            FROM target_proposal p JOIN admin_unit u ON u.id = p.unit_id JOIN indicator i ON i.id = p.indicator_id
            LEFT JOIN target t ON t.unit_id = p.unit_id AND t.indicator_id = p.indicator_id AND t.target_year = p.target_year
            """;
    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate template;

    ProposalRepository(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    record NewRow(long unitId, long indicatorId, int year, double value, TargetMethod method, String basis, String note) {
    }

    /** Marks the pending proposal of the same key superseded and inserts the new one; returns its id. */
    long insert(NewRow r, String user, OffsetDateTime at) {
        jdbc.sql("UPDATE target_proposal SET status = 'SUPERSEDED', decided_by = :u, decided_at = :at, decision_note = 'superseded by a newer proposal' "
                        + "WHERE unit_id = :unit AND indicator_id = :ind AND target_year = :y AND status = 'PENDING'")
                .param("u", user).param("at", at).param("unit", r.unitId()).param("ind", r.indicatorId()).param("y", r.year()).update();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO target_proposal (unit_id, indicator_id, target_year, num_value, method, basis, note, status, proposed_by, proposed_at) "
                        + "VALUES (:unit, :ind, :y, :v, :m, :b, :n, 'PENDING', :u, :at)")
                .param("unit", r.unitId()).param("ind", r.indicatorId()).param("y", r.year()).param("v", r.value())
                .param("m", r.method().name()).param("b", cut(r.basis(), 2000)).param("n", cut(r.note(), 2000)).param("u", user).param("at", at)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<TargetProposal> find(long id) {
        return jdbc.sql(SELECT + " WHERE p.id = :id").param("id", id).query(ProposalRepository::map).optional();
    }

    /** Proposals of a year: pending first, then the latest decided, newest first. */
    List<TargetProposal> ofYear(int year, int limit) {
        return jdbc.sql(SELECT + " WHERE p.target_year = :y ORDER BY CASE WHEN p.status = 'PENDING' THEN 0 ELSE 1 END, p.id DESC FETCH FIRST "
                        + limit + " ROWS ONLY")
                .param("y", year).query(ProposalRepository::map).list();
    }

    List<TargetProposal> pending(int year) {
        return jdbc.sql(SELECT + " WHERE p.target_year = :y AND p.status = 'PENDING' ORDER BY u.code, i.code")
                .param("y", year).query(ProposalRepository::map).list();
    }

    /** Sets a pending proposal's decision; false when it is no longer pending. */
    boolean decide(long id, TargetProposal.Status status, String user, OffsetDateTime at, String note) {
        return jdbc.sql("UPDATE target_proposal SET status = :s, decided_by = :u, decided_at = :at, decision_note = :n WHERE id = :id AND status = 'PENDING'")
                .param("s", status.name()).param("u", user).param("at", at).param("n", cut(note, 2000)).param("id", id).update() == 1;
    }

    void history(long unitId, long indicatorId, int year, String action, Double oldValue, Double newValue, TargetMethod method, String note,
                 Long proposalId, String actor, OffsetDateTime at) {
        jdbc.sql("INSERT INTO target_history (unit_id, indicator_id, target_year, action, old_value, new_value, method, note, proposal_id, actor, at) "
                        + "VALUES (:unit, :ind, :y, :a, :o, :n, :m, :note, :p, :actor, :at)")
                .param("unit", unitId).param("ind", indicatorId).param("y", year).param("a", action).param("o", oldValue).param("n", newValue)
                .param("m", method == null ? null : method.name()).param("note", cut(note, 2000)).param("p", proposalId)
                .param("actor", actor).param("at", at).update();
    }

    record HistoryRow(long unitId, long indicatorId, int year, String action, Double oldValue, Double newValue, TargetMethod method,
                      String note, Long proposalId) {
    }

    /** Many history rows of one actor at one time, in one batch (the demo's hundreds of targets). */
    void historyAll(List<HistoryRow> rows, String actor, OffsetDateTime at) {
        if (rows.isEmpty()) return;
        template.batchUpdate("INSERT INTO target_history (unit_id, indicator_id, target_year, action, old_value, new_value, method, note, "
                        + "proposal_id, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, 500, (ps, r) -> {
                    ps.setLong(1, r.unitId());
                    ps.setLong(2, r.indicatorId());
                    ps.setInt(3, r.year());
                    ps.setString(4, r.action());
                    ps.setObject(5, r.oldValue(), java.sql.Types.DOUBLE);
                    ps.setObject(6, r.newValue(), java.sql.Types.DOUBLE);
                    ps.setString(7, r.method() == null ? null : r.method().name());
                    ps.setString(8, cut(r.note(), 2000));
                    ps.setObject(9, r.proposalId(), java.sql.Types.BIGINT);
                    ps.setString(10, actor);
                    ps.setObject(11, at);
                });
    }

    List<TargetChange> history(long unitId, long indicatorId, int year) {
        return jdbc.sql("SELECT * FROM target_history WHERE unit_id = :unit AND indicator_id = :ind AND target_year = :y ORDER BY id")
                .params(Map.of("unit", unitId, "ind", indicatorId, "y", year))
                .query((rs, n) -> new TargetChange(rs.getString("action"), nullable(rs, "old_value"), nullable(rs, "new_value"),
                        rs.getString("method") == null ? null : TargetMethod.valueOf(rs.getString("method")), rs.getString("note"),
                        rs.getObject("proposal_id") == null ? null : rs.getLong("proposal_id"), rs.getString("actor"), time(rs, "at")))
                .list();
    }

    private static TargetProposal map(ResultSet rs, int n) throws SQLException {
        return new TargetProposal(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_code"), rs.getString("unit_name"),
                rs.getString("indicator_code"), rs.getInt("target_year"), rs.getDouble("num_value"), TargetMethod.valueOf(rs.getString("method")),
                rs.getString("basis"), rs.getString("note"), TargetProposal.Status.valueOf(rs.getString("status")), rs.getString("proposed_by"),
                time(rs, "proposed_at"), rs.getString("decided_by"), time(rs, "decided_at"), rs.getString("decision_note"),
                nullable(rs, "approved_value"));
    }

    private static Double nullable(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant().atOffset(ZoneOffset.UTC);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
