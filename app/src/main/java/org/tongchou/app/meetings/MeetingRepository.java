package org.tongchou.app.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.tongchou.app.security.AreaCodes;

/** The tables {@code meeting}, {@code meeting_item}, {@code meeting_attachment} and {@code meeting_kind} (V32). */
@Repository
class MeetingRepository {
    private final JdbcClient jdbc;
    private final FileRepository files;

    MeetingRepository(JdbcClient jdbc, FileRepository files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    /** The fields of a meeting as written. */
    record Fields(String kindCode, String title, java.time.LocalDate heldOn, String hostUnitCode, String hostUnitName, String venue,
                  String planCode, String period, String minutes, boolean synthetic) {
    }

    long insert(Fields f, String user, OffsetDateTime at) {
        GeneratedKeyHolder kh = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO meeting (kind_code, title, held_on, host_unit_code, host_unit_name, venue, plan_code, period, minutes, synthetic,
                    created_by, created_at, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(f.kindCode(), f.title(), f.heldOn(), f.hostUnitCode(), f.hostUnitName(), f.venue(), f.planCode(), f.period(), f.minutes(),
                        f.synthetic(), user, at, user, at)
                .update(kh, "id");
        return kh.getKey().longValue();
    }

    void update(long id, Fields f, String user, OffsetDateTime at) {
        jdbc.sql("""
                UPDATE meeting SET kind_code = ?, title = ?, held_on = ?, host_unit_code = ?, host_unit_name = ?, venue = ?, plan_code = ?,
                    period = ?, minutes = ?, updated_by = ?, updated_at = ? WHERE id = ?""")
                .params(f.kindCode(), f.title(), f.heldOn(), f.hostUnitCode(), f.hostUnitName(), f.venue(), f.planCode(), f.period(), f.minutes(),
                        user, at, id)
                .update();
    }

    void replaceItems(long meetingId, List<MeetingItem> items) {
        jdbc.sql("DELETE FROM meeting_item WHERE meeting_id = ?").param(meetingId).update();
        int[] position = new int[AgendaPart.values().length];
        for (MeetingItem i : items) {
            jdbc.sql("INSERT INTO meeting_item (meeting_id, part, position, title, detail) VALUES (?, ?, ?, ?, ?)")
                    .params(meetingId, i.part().name(), ++position[i.part().ordinal()], i.title(), i.detail()).update();
        }
    }

    void attach(long meetingId, long fileId) {
        jdbc.sql("INSERT INTO meeting_attachment (meeting_id, file_id) VALUES (?, ?)").params(meetingId, fileId).update();
    }

    boolean detach(long meetingId, long fileId) {
        return jdbc.sql("DELETE FROM meeting_attachment WHERE meeting_id = ? AND file_id = ?").params(meetingId, fileId).update() == 1;
    }

    /** Whether the file is an attachment of some meeting (then everyone signed in may read it). */
    boolean isAttachment(long fileId) {
        return jdbc.sql("SELECT COUNT(*) FROM meeting_attachment WHERE file_id = ?").param(fileId).query(Long.class).single() > 0;
    }

    Optional<Meeting> find(long id) {
        return jdbc.sql("SELECT * FROM meeting WHERE id = ?").param(id).query(this::map).optional();
    }

    List<Meeting> list() {
        return jdbc.sql("SELECT * FROM meeting ORDER BY held_on DESC, id DESC").query(this::map).list();
    }

    /**
     * The meetings of an area ({@code area}: the codes of its units): hosted by one of them, or holding a published
     * commitment of one of them; newest first. The codes go as arrays ({@link AreaCodes}), one statement.
     */
    List<Meeting> list(Set<String> area) {
        if (area.isEmpty()) return List.of();
        Map<String, Object> p = new HashMap<>();
        return jdbc.sql("SELECT * FROM meeting m WHERE " + ofArea(area, p) + " ORDER BY held_on DESC, id DESC").params(p).query(this::map).list();
    }

    /** Whether the meeting is one of the area's ({@link #list(Set)}). */
    boolean holds(long id, Set<String> area) {
        if (area.isEmpty()) return false;
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        return jdbc.sql("SELECT COUNT(*) FROM meeting m WHERE m.id = :id AND " + ofArea(area, p)).params(p).query(Long.class).single() > 0;
    }

    /** Whether some meeting of the area ({@link #list(Set)}) has the file as an attachment. */
    boolean isAttachmentOf(long fileId, Set<String> area) {
        if (area.isEmpty()) return false;
        Map<String, Object> p = new HashMap<>();
        p.put("file", fileId);
        return jdbc.sql("SELECT COUNT(*) FROM meeting m JOIN meeting_attachment a ON a.meeting_id = m.id WHERE a.file_id = :file AND " + ofArea(area, p))
                .params(p).query(Long.class).single() > 0;
    }

    private static String ofArea(Set<String> area, Map<String, Object> p) {
        return "(" + AreaCodes.anyOf("m.host_unit_code", "area", area, p) + " OR EXISTS (SELECT 1 FROM commitment c WHERE c.meeting_id = m.id"
                + " AND c.published = TRUE AND " + AreaCodes.anyOf("c.town_code", "area", area, p) + "))";
    }

    List<MeetingKind> ownKinds() {
        return jdbc.sql("SELECT code, name_zh, name_en FROM meeting_kind ORDER BY code")
                .query((rs, n) -> new MeetingKind(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"), false)).list();
    }

    void addKind(MeetingKind k, String user, OffsetDateTime at) {
        jdbc.sql("INSERT INTO meeting_kind (code, name_zh, name_en, created_by, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(k.code(), k.nameZh(), k.nameEn(), user, at).update();
    }

    private Meeting map(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        List<MeetingItem> items = jdbc.sql("SELECT part, title, detail FROM meeting_item WHERE meeting_id = ? ORDER BY part, position").param(id)
                .query((r, k) -> new MeetingItem(AgendaPart.valueOf(r.getString("part")), r.getString("title"), r.getString("detail"))).list();
        List<Long> fileIds = jdbc.sql("SELECT file_id FROM meeting_attachment WHERE meeting_id = ? ORDER BY file_id").param(id).query(Long.class).list();
        return new Meeting(id, rs.getString("kind_code"), rs.getString("title"), rs.getObject("held_on", java.time.LocalDate.class),
                rs.getString("host_unit_code"), rs.getString("host_unit_name"), rs.getString("venue"), rs.getString("plan_code"),
                rs.getString("period"), rs.getString("minutes"), rs.getBoolean("synthetic"), sorted(items), files.infos(fileIds),
                rs.getString("created_by"), time(rs, "created_at"), rs.getString("updated_by"), time(rs, "updated_at"));
    }

    /** Items by part in the order of {@link AgendaPart}, then position (the query sorts parts by name). */
    private static List<MeetingItem> sorted(List<MeetingItem> items) {
        return items.stream().sorted(java.util.Comparator.comparingInt(i -> i.part().ordinal())).toList();
    }

    static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant().atOffset(ZoneOffset.UTC);
    }
}
