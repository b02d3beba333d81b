package org.tongchou.app.units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes change events with their participants and flows. */
@Repository
class ChangeEventRepository {
    static final String PREDECESSOR = "PREDECESSOR";
    static final String SUCCESSOR = "SUCCESSOR";
    static final String ABSORBER = "ABSORBER";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final UnitRepository units;

    ChangeEventRepository(JdbcClient jdbc, JdbcTemplate template, UnitRepository units) {
        this.jdbc = jdbc;
        this.template = template;
        this.units = units;
    }

    /** A participant row: a unit's role in an event. */
    record Participant(long eventId, long unitId, String role) {
    }

    /** A flow row: the share of a predecessor that went to a successor. */
    record Flow(long eventId, long predecessorId, long successorId, double share) {
    }

    /** Inserts participants and flows in two batches (their events and units must exist). */
    void insertAll(List<Participant> participants, List<Flow> flows) {
        if (!participants.isEmpty()) {
            template.batchUpdate("INSERT INTO unit_change_participant (event_id, unit_id, role) VALUES (?, ?, ?)",
                    participants.stream().map(p -> new Object[] {p.eventId(), p.unitId(), p.role()}).toList());
        }
        if (!flows.isEmpty()) {
            template.batchUpdate("INSERT INTO unit_change_flow (event_id, predecessor_id, successor_id, share) VALUES (?, ?, ?, ?)",
                    flows.stream().map(f -> new Object[] {f.eventId(), f.predecessorId(), f.successorId(), f.share()}).toList());
        }
    }

    long insertEvent(ChangeKind kind, LocalDate date, String note) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO unit_change_event (kind, change_date, source_note) VALUES (:k, :d, :n)")
                .param("k", kind.name()).param("d", date).param("n", note).update(keys, "id");
        return keys.getKey().longValue();
    }

    void insertParticipant(long eventId, long unitId, String role) {
        jdbc.sql("INSERT INTO unit_change_participant (event_id, unit_id, role) VALUES (:e, :u, :r)")
                .param("e", eventId).param("u", unitId).param("r", role).update();
    }

    void insertFlow(long eventId, long predecessorId, long successorId, double share) {
        jdbc.sql("INSERT INTO unit_change_flow (event_id, predecessor_id, successor_id, share) VALUES (:e, :p, :s, :v)")
                .param("e", eventId).param("p", predecessorId).param("s", successorId).param("v", share).update();
    }

    List<Long> eventIdsOfUnit(long unitId) {
        return jdbc.sql("SELECT DISTINCT event_id FROM unit_change_participant WHERE unit_id = :u")
                .param("u", unitId).query(Long.class).list();
    }

    List<Long> eventIdsBetween(LocalDate from, LocalDate toExclusive) {
        return jdbc.sql("SELECT id FROM unit_change_event WHERE change_date >= :f AND change_date < :t ORDER BY change_date, id")
                .param("f", from).param("t", toExclusive).query(Long.class).list();
    }

    /** Loads events with their participants and flows, in date order. */
    List<ChangeEvent> load(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) return List.of();
        List<Long> ids = new ArrayList<>(new HashSet<>(eventIds));
        record Head(long id, ChangeKind kind, LocalDate date, String note) { }
        record Part(long eventId, long unitId, String role) { }
        Map<Long, Head> heads = new LinkedHashMap<>();
        List<Part> parts = new ArrayList<>();
        record FlowRow(long eventId, ChangeEvent.Flow flow) { }
        List<FlowRow> flows = new ArrayList<>();
        for (List<Long> chunk : UnitRepository.chunks(ids)) {
            jdbc.sql("SELECT id, kind, change_date, source_note FROM unit_change_event WHERE id IN (:ids) ORDER BY change_date, id")
                    .param("ids", chunk).query((rs, n) -> new Head(rs.getLong(1), ChangeKind.valueOf(rs.getString(2)),
                            rs.getDate(3).toLocalDate(), rs.getString(4))).list().forEach(h -> heads.put(h.id(), h));
            parts.addAll(jdbc.sql("SELECT event_id, unit_id, role FROM unit_change_participant WHERE event_id IN (:ids)")
                    .param("ids", chunk).query((rs, n) -> new Part(rs.getLong(1), rs.getLong(2), rs.getString(3))).list());
            jdbc.sql("SELECT event_id, predecessor_id, successor_id, share FROM unit_change_flow WHERE event_id IN (:ids)")
                    .param("ids", chunk).query((rs, n) -> new FlowRow(rs.getLong(1),
                            new ChangeEvent.Flow(rs.getLong(2), rs.getLong(3), rs.getDouble(4)))).list().forEach(flows::add);
        }
        Set<Long> unitIds = new HashSet<>();
        parts.forEach(p -> unitIds.add(p.unitId()));
        Map<Long, AdminUnit> byId = new LinkedHashMap<>();
        units.findAll(unitIds).forEach(u -> byId.put(u.id(), u));
        List<ChangeEvent> out = new ArrayList<>();
        for (Head h : heads.values()) {
            List<AdminUnit> pred = new ArrayList<>();
            List<AdminUnit> succ = new ArrayList<>();
            List<AdminUnit> abs = new ArrayList<>();
            for (Part p : parts) {
                if (p.eventId() != h.id()) continue;
                AdminUnit u = byId.get(p.unitId());
                switch (p.role()) {
                    case PREDECESSOR -> pred.add(u);
                    case SUCCESSOR -> succ.add(u);
                    default -> abs.add(u);
                }
            }
            java.util.Comparator<AdminUnit> byCode = java.util.Comparator.comparing(AdminUnit::code);
            pred.sort(byCode);
            succ.sort(byCode);
            abs.sort(byCode);
            List<ChangeEvent.Flow> fl = flows.stream().filter(f -> f.eventId() == h.id()).map(FlowRow::flow).toList();
            out.add(new ChangeEvent(h.id(), h.kind(), h.date(), h.note(), pred, succ, abs, fl));
        }
        out.sort(java.util.Comparator.comparing(ChangeEvent::date).thenComparing(ChangeEvent::id));
        return out;
    }
}
