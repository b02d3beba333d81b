package org.tongchou.app.indicators;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class FrameworkRepository {
    private final JdbcClient jdbc;

    private final Clock clock;

    FrameworkRepository(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM framework").query(Long.class).single();
    }

    List<String> codes() {
        return jdbc.sql("SELECT code FROM framework ORDER BY id").query(String.class).list();
    }

    /** Replaces the framework's header and tree (the framework keeps its id if it existed). */
    void replace(Framework f) {
        Optional<Long> existing = jdbc.sql("SELECT id FROM framework WHERE code = ?").param(f.code()).query(Long.class).optional();
        long id;
        if (existing.isPresent()) {
            id = existing.get();
            jdbc.sql("UPDATE framework SET name_zh = ?, name_en = ?, description = ?, updated_at = ? WHERE id = ?")
                    .params(f.nameZh(), f.nameEn(), f.description(), OffsetDateTime.now(clock), id).update();
            jdbc.sql("DELETE FROM framework_node WHERE framework_id = ?").param(id).update();
        } else {
            KeyHolder kh = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO framework (code, name_zh, name_en, description, updated_at) VALUES (?, ?, ?, ?, ?)")
                    .params(f.code(), f.nameZh(), f.nameEn(), f.description(), OffsetDateTime.now(clock)).update(kh, "id");
            id = kh.getKey().longValue();
        }
        int pos = 0;
        for (FrameworkNode n : f.dimensions()) insert(id, null, n, pos++);
        for (FrameworkNode n : f.subsystems()) insert(id, null, n, pos++);
    }

    private void insert(long frameworkId, Long parentId, FrameworkNode n, int position) {
        KeyHolder kh = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO framework_node (framework_id, parent_id, kind, code, name_zh, name_en, weight, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(frameworkId, parentId, n.kind().name(), n.code(), n.nameZh(), n.nameEn(), n.weight(), position).update(kh, "id");
        long id = kh.getKey().longValue();
        int pos = 0;
        for (FrameworkNode c : n.children()) insert(frameworkId, id, c, pos++);
    }

    /** Header and tree of the framework; the caller adds the indicators. */
    Optional<Framework> find(String code, List<Indicator> indicators) {
        record Header(long id, String code, String zh, String en, String description) {
        }
        Optional<Header> h = jdbc.sql("SELECT id, code, name_zh, name_en, description FROM framework WHERE code = ?").param(code)
                .query((rs, n) -> new Header(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5))).optional();
        if (h.isEmpty()) return Optional.empty();
        record Row(long id, Long parent, NodeKind kind, String code, String zh, String en, double weight) {
        }
        List<Row> rows = jdbc.sql("SELECT id, parent_id, kind, code, name_zh, name_en, weight FROM framework_node WHERE framework_id = ? ORDER BY position, id")
                .param(h.get().id())
                .query((rs, n) -> new Row(rs.getLong(1), rs.getObject(2, Long.class), NodeKind.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getDouble(7)))
                .list();
        Map<Long, List<Row>> byParent = new LinkedHashMap<>();
        for (Row r : rows) byParent.computeIfAbsent(r.parent() == null ? 0L : r.parent(), k -> new ArrayList<>()).add(r);
        java.util.function.Function<Row, FrameworkNode>[] build = new java.util.function.Function[1];
        build[0] = r -> new FrameworkNode(r.kind(), r.code(), r.zh(), r.en(), r.weight(),
                byParent.getOrDefault(r.id(), List.of()).stream().map(build[0]).toList());
        List<FrameworkNode> roots = byParent.getOrDefault(0L, List.of()).stream().map(build[0]).toList();
        return Optional.of(new Framework(h.get().code(), h.get().zh(), h.get().en(), h.get().description(), indicators,
                roots.stream().filter(n -> n.kind() != NodeKind.SUBSYSTEM).toList(),
                roots.stream().filter(n -> n.kind() == NodeKind.SUBSYSTEM).toList()));
    }
}
