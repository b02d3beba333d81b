package org.tongchou.app.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.tongchou.app.security.AreaCodes;

/** The tables {@code commitment}, {@code commitment_update} and {@code commitment_evidence} (V32). */
@Repository
class CommitmentRepository {
    private static final String SELECT = "SELECT c.*, m.title AS meeting_title, m.held_on AS meeting_held_on FROM commitment c JOIN meeting m ON m.id = c.meeting_id";
    private final JdbcClient jdbc;
    private final FileRepository files;

    CommitmentRepository(JdbcClient jdbc, FileRepository files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    /** What a commitment says, as written by an analyst. */
    record Fields(long meetingId, String townCode, String townName, String text, String ownerUser, String ownerOffice, CommitmentKind kind,
                  String indicator, Comparison comparison, Double targetValue, LocalDate deadline, boolean synthetic) {
    }

    long insert(Fields f, String user, OffsetDateTime at) {
        GeneratedKeyHolder kh = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO commitment (meeting_id, town_code, town_name, text, owner_user, owner_office, kind, indicator_code, comparison,
                    target_value, deadline, status, review, published, synthetic, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NOT_STARTED', 'NONE', FALSE, ?, ?, ?, ?)""")
                .params(f.meetingId(), f.townCode(), f.townName(), f.text(), f.ownerUser(), f.ownerOffice(), f.kind().name(), f.indicator(),
                        f.comparison() == null ? null : f.comparison().name(), f.targetValue(), f.deadline(), f.synthetic(), user, at, at)
                .update(kh, "id");
        return kh.getKey().longValue();
    }

    void updateFields(long id, Fields f, OffsetDateTime at) {
        jdbc.sql("""
                UPDATE commitment SET town_code = ?, town_name = ?, text = ?, owner_user = ?, owner_office = ?, kind = ?, indicator_code = ?,
                    comparison = ?, target_value = ?, deadline = ?, updated_at = ? WHERE id = ?""")
                .params(f.townCode(), f.townName(), f.text(), f.ownerUser(), f.ownerOffice(), f.kind().name(), f.indicator(),
                        f.comparison() == null ? null : f.comparison().name(), f.targetValue(), f.deadline(), at, id)
                .update();
    }

    /** Sets status, review and the two days; the other fields stay. */
    void updateState(long id, CommitmentStatus status, Review review, LocalDate declaredOn, LocalDate doneOn, OffsetDateTime at) {
        jdbc.sql("UPDATE commitment SET status = ?, review = ?, declared_on = ?, done_on = ?, updated_at = ? WHERE id = ?")
                .params(status.name(), review.name(), declaredOn, doneOn, at, id).update();
    }

    void publish(long id, String user, OffsetDateTime at) {
        jdbc.sql("UPDATE commitment SET published = TRUE, published_by = ?, published_at = ?, updated_at = ? WHERE id = ?")
                .params(user, at, at, id).update();
    }

    Optional<Commitment> find(long id) {
        return jdbc.sql(SELECT + " WHERE c.id = ?").param(id).query(CommitmentRepository::map).optional();
    }

    /** Commitments matching the filter, by town code then deadline. */
    List<Commitment> find(CommitmentFilter f) {
        StringBuilder sql = new StringBuilder(SELECT + " WHERE 1 = 1");
        Map<String, Object> p = new HashMap<>();
        if (f.meetingId() != null) {
            sql.append(" AND c.meeting_id = :meeting");
            p.put("meeting", f.meetingId());
        }
        if (f.townCode() != null) {
            sql.append(" AND c.town_code = :town");
            p.put("town", f.townCode());
        }
        if (f.statuses() != null && !f.statuses().isEmpty()) {
            sql.append(" AND c.status IN (:statuses)");
            p.put("statuses", f.statuses().stream().map(Enum::name).toList());
        }
        if (f.publishedOnly()) sql.append(" AND c.published = TRUE");
        if (f.visibleDraftsOf() != null) {
            sql.append(" AND (c.published = TRUE OR c.town_code = :own)");
            p.put("own", f.visibleDraftsOf());
        }
        if (f.deadlineFrom() != null) {
            sql.append(" AND c.deadline >= :from");
            p.put("from", f.deadlineFrom());
        }
        if (f.deadlineTo() != null) {
            sql.append(" AND c.deadline <= :to");
            p.put("to", f.deadlineTo());
        }
        if (f.reviewPending()) sql.append(" AND c.review = 'PENDING'");
        if (f.townsWithin() != null) {
            if (f.townsWithin().isEmpty()) return List.of();
            // an area's codes as arrays, never one parameter per code: a province's exceed PostgreSQL's 65,535 parameters
            sql.append(" AND ").append(AreaCodes.anyOf("c.town_code", "within", f.townsWithin(), p));
        }
        sql.append(" ORDER BY c.town_code, c.deadline, c.id");
        return jdbc.sql(sql.toString()).params(p).query(CommitmentRepository::map).list();
    }

    long addUpdate(long commitmentId, UpdateKind kind, String text, CommitmentStatus oldStatus, CommitmentStatus newStatus, String author,
                   OffsetDateTime at, LocalDate onDay) {
        GeneratedKeyHolder kh = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO commitment_update (commitment_id, kind, text, old_status, new_status, author, at, on_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(commitmentId, kind.name(), cut(text, 4000), oldStatus == null ? null : oldStatus.name(), newStatus == null ? null : newStatus.name(),
                        author, at, onDay)
                .update(kh, "id");
        return kh.getKey().longValue();
    }

    void addEvidence(long updateId, long fileId) {
        jdbc.sql("INSERT INTO commitment_evidence (update_id, file_id) VALUES (?, ?)").params(updateId, fileId).update();
    }

    List<CommitmentUpdate> updates(long commitmentId) {
        Map<Long, List<Long>> evidence = new HashMap<>();
        jdbc.sql("SELECT e.update_id, e.file_id FROM commitment_evidence e JOIN commitment_update u ON u.id = e.update_id "
                        + "WHERE u.commitment_id = ? ORDER BY e.file_id").param(commitmentId)
                .query((rs, n) -> evidence.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2))).list();
        return jdbc.sql("SELECT * FROM commitment_update WHERE commitment_id = ? ORDER BY id").param(commitmentId)
                .query((rs, n) -> new CommitmentUpdate(rs.getLong("id"), commitmentId, UpdateKind.valueOf(rs.getString("kind")), rs.getString("text"),
                        status(rs.getString("old_status")), status(rs.getString("new_status")), rs.getString("author"), MeetingRepository.time(rs, "at"),
                        rs.getObject("on_day", LocalDate.class), files.infos(evidence.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
    }

    /** The commitment an evidence file belongs to, if it is one. */
    Optional<Long> commitmentOfEvidence(long fileId) {
        return jdbc.sql("SELECT u.commitment_id FROM commitment_evidence e JOIN commitment_update u ON u.id = e.update_id WHERE e.file_id = ?")
                .param(fileId).query(Long.class).optional();
    }

    /** How many commitments each meeting has, by status; {@code area}: of these towns only (null: every town's). */
    Map<Long, Map<CommitmentStatus, Long>> countsByMeeting(Collection<Long> meetingIds, boolean publishedOnly, java.util.Set<String> area) {
        Map<Long, Map<CommitmentStatus, Long>> out = new HashMap<>();
        if (meetingIds.isEmpty()) return out;
        Map<String, Object> p = new HashMap<>();
        p.put("ids", List.copyOf(meetingIds));
        jdbc.sql("SELECT meeting_id, status, COUNT(*) FROM commitment WHERE meeting_id IN (:ids)" + (publishedOnly ? " AND published = TRUE" : "")
                        + (area == null ? "" : " AND " + AreaCodes.anyOf("town_code", "area", area, p))
                        + " GROUP BY meeting_id, status").params(p)
                .query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new java.util.EnumMap<>(CommitmentStatus.class))
                        .put(CommitmentStatus.valueOf(rs.getString(2)), rs.getLong(3))).list();
        return out;
    }

    private static CommitmentStatus status(String s) {
        return s == null ? null : CommitmentStatus.valueOf(s);
    }

    private static Commitment map(ResultSet rs, int n) throws SQLException {
        double t = rs.getDouble("target_value");
        Double target = rs.wasNull() ? null : t;
        String cmp = rs.getString("comparison");
        return new Commitment(rs.getLong("id"), rs.getLong("meeting_id"), rs.getString("meeting_title"), rs.getObject("meeting_held_on", LocalDate.class),
                rs.getString("town_code"),
                rs.getString("town_name"), rs.getString("text"), rs.getString("owner_user"), rs.getString("owner_office"),
                CommitmentKind.valueOf(rs.getString("kind")), rs.getString("indicator_code"), cmp == null ? null : Comparison.valueOf(cmp), target,
                rs.getObject("deadline", LocalDate.class), CommitmentStatus.valueOf(rs.getString("status")), Review.valueOf(rs.getString("review")),
                rs.getObject("declared_on", LocalDate.class), rs.getObject("done_on", LocalDate.class), rs.getBoolean("published"),
                rs.getBoolean("synthetic"), rs.getString("created_by"), MeetingRepository.time(rs, "created_at"), MeetingRepository.time(rs, "updated_at"));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
