package org.tongchou.app.units;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes admin_unit rows. */
@Repository
class UnitRepository {
    static final String COLUMNS = "id, code, name, level, kind, parent_id, valid_from, valid_to";
    private static final String VALID_ON = " valid_from <= :on AND (valid_to IS NULL OR valid_to > :on) ";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    UnitRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    static AdminUnit map(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        Date to = rs.getDate("valid_to");
        return new AdminUnit(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                UnitLevel.valueOf(rs.getString("level")), rs.getString("kind"), parentId,
                rs.getDate("valid_from").toLocalDate(), to == null ? null : to.toLocalDate());
    }

    Optional<AdminUnit> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM admin_unit WHERE id = :id").param("id", id).query(UnitRepository::map)
                .optional();
    }

    List<AdminUnit> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        List<AdminUnit> out = new ArrayList<>();
        for (List<Long> chunk : chunks(new ArrayList<>(ids))) {
            out.addAll(jdbc.sql("SELECT " + COLUMNS + " FROM admin_unit WHERE id IN (:ids)").param("ids", chunk)
                    .query(UnitRepository::map).list());
        }
        return out;
    }

    Optional<AdminUnit> findByCode(String code12, UnitLevel level, LocalDate on) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM admin_unit WHERE code = :code AND level = :l AND" + VALID_ON)
                .param("code", code12).param("l", level.name()).param("on", on).query(UnitRepository::map).optional();
    }

    /** Every version of every given code, ordered by code and validity. */
    List<AdminUnit> findByCodes(Collection<String> codes12) {
        List<AdminUnit> out = new ArrayList<>();
        for (List<String> chunk : chunks(new ArrayList<>(codes12))) {
            out.addAll(jdbc.sql("SELECT " + COLUMNS + " FROM admin_unit WHERE code IN (:codes) ORDER BY code, valid_from")
                    .param("codes", chunk).query(UnitRepository::map).list());
        }
        return out;
    }

    List<AdminUnit> children(long parentId, LocalDate on) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM admin_unit WHERE parent_id = :p AND" + VALID_ON + "ORDER BY code")
                .param("p", parentId).param("on", on).query(UnitRepository::map).list();
    }

    /** The subtree below a unit (without it), each level filtered to versions valid on the day. */
    List<AdminUnit> descendants(long unitId, LocalDate on) {
        return jdbc.sql("""
                WITH RECURSIVE sub (id) AS (
                    SELECT id FROM admin_unit WHERE parent_id = :root AND valid_from <= :on AND (valid_to IS NULL OR valid_to > :on)
                    UNION ALL
                    SELECT u.id FROM admin_unit u JOIN sub s ON u.parent_id = s.id
                     WHERE u.valid_from <= :on AND (u.valid_to IS NULL OR u.valid_to > :on)
                )
                SELECT %s FROM admin_unit WHERE id IN (SELECT id FROM sub) ORDER BY code
                """.formatted(COLUMNS)).param("root", unitId).param("on", on).query(UnitRepository::map).list();
    }

    /**
     * Those of the 12-digit {@code codes} of {@code level} whose version valid on {@code on} is {@code ancestorId} or lies
     * below it through parent links (ancestors of any validity, as {@link #ancestorIds}): one recursive query per
     * {@value org.tongchou.app.security.AreaCodes#CHUNK} codes, bound as arrays ({@code code = ANY(?)}), so that a
     * province's codes never meet PostgreSQL's limit of 65,535 parameters.
     */
    Set<String> within(Collection<String> codes, UnitLevel level, long ancestorId, LocalDate on) {
        Set<String> out = new HashSet<>();
        for (List<String> chunk : org.tongchou.app.security.AreaCodes.chunks(codes)) {
            out.addAll(jdbc.sql("""
                    WITH RECURSIVE up (code, id, parent_id, depth) AS (
                        SELECT code, id, parent_id, 0 FROM admin_unit
                         WHERE code = ANY(:codes) AND level = :l AND valid_from <= :on AND (valid_to IS NULL OR valid_to > :on)
                        UNION ALL
                        SELECT up.code, p.id, p.parent_id, up.depth + 1 FROM admin_unit p JOIN up ON p.id = up.parent_id WHERE up.depth < 10
                    )
                    SELECT DISTINCT code FROM up WHERE id = :ancestor""")
                    .param("codes", org.tongchou.app.security.AreaCodes.array(chunk)).param("l", level.name()).param("on", on)
                    .param("ancestor", ancestorId).query(String.class).list());
        }
        return out;
    }

    /** The ids of a unit's ancestors through parent links, nearest first (any validity). */
    List<Long> ancestorIds(long unitId) {
        List<Long> out = new ArrayList<>();
        Long current = unitId;
        // at most five levels; a loop guard against corrupt cycles
        for (int i = 0; i < 10; i++) {
            Long parent = jdbc.sql("SELECT parent_id FROM admin_unit WHERE id = :id").param("id", current)
                    .query(Long.class).optional().orElse(null);
            if (parent == null) break;
            out.add(parent);
            current = parent;
        }
        return out;
    }

    /** Units valid on a day whose code starts with a prefix (a subtree by code), ordered by code. */
    List<AdminUnit> validWithPrefix(String prefix, LocalDate on) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM admin_unit WHERE code LIKE :p AND" + VALID_ON + "ORDER BY code")
                .param("p", prefix + "%").param("on", on).query(UnitRepository::map).list();
    }

    List<AdminUnit> validWithPrefixAtLevel(String prefix, UnitLevel level, LocalDate on) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM admin_unit WHERE code LIKE :p AND level = :l AND" + VALID_ON + "ORDER BY code")
                .param("p", prefix + "%").param("l", level.name()).param("on", on).query(UnitRepository::map).list();
    }

    List<AdminUnit> validAtLevel(UnitLevel level, LocalDate on) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM admin_unit WHERE level = :l AND" + VALID_ON + "ORDER BY code")
                .param("l", level.name()).param("on", on).query(UnitRepository::map).list();
    }

    /** Units still valid (valid_to null) whose code starts with a prefix. */
    List<AdminUnit> currentWithPrefix(String prefix) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM admin_unit WHERE code LIKE :p AND valid_to IS NULL ORDER BY code")
                .param("p", prefix + "%").query(UnitRepository::map).list();
    }

    /** The still-valid unit with a code as the lists write it (2–12 digits, which fixes the level). */
    Optional<AdminUnit> findCurrentByShortCode(String shortCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM admin_unit WHERE code = :code AND level = :l AND valid_to IS NULL")
                .param("code", UnitCode.normalise(shortCode)).param("l", UnitCode.levelOf(shortCode).name())
                .query(UnitRepository::map).optional();
    }

    /** Still-valid units with any of the given 12-digit codes (any level). */
    List<AdminUnit> currentByCodes(Collection<String> codes12) {
        List<AdminUnit> out = new ArrayList<>();
        for (List<String> chunk : chunks(new ArrayList<>(codes12))) {
            out.addAll(jdbc.sql("SELECT " + COLUMNS + " FROM admin_unit WHERE valid_to IS NULL AND code IN (:codes)")
                    .param("codes", chunk).query(UnitRepository::map).list());
        }
        return out;
    }

    /** Still-valid units whose parent is one of the given versions. */
    List<AdminUnit> currentChildrenOf(Collection<Long> parentIds) {
        List<AdminUnit> out = new ArrayList<>();
        for (List<Long> chunk : chunks(new ArrayList<>(parentIds))) {
            out.addAll(jdbc.sql("SELECT " + COLUMNS + " FROM admin_unit WHERE valid_to IS NULL AND parent_id IN (:ids) ORDER BY code")
                    .param("ids", chunk).query(UnitRepository::map).list());
        }
        return out;
    }

    /**
     * The still-valid units within a code prefix and their ancestors, as a code list (parent codes
     * instead of ids), for comparing the database with a list.
     */
    DivisionList currentAsList(String within) {
        String prefix = within == null ? "" : within;
        List<String> ancestors = new ArrayList<>();
        for (UnitLevel l : UnitLevel.values()) {
            if (l.digits() < prefix.length()) ancestors.add(UnitCode.normalise(prefix.substring(0, l.digits())));
        }
        ancestors.add("-");
        List<DivisionEntry> entries = jdbc.sql("""
                SELECT u.code, u.name, u.level, p.code AS parent_code FROM admin_unit u
                  LEFT JOIN admin_unit p ON p.id = u.parent_id
                 WHERE u.valid_to IS NULL AND (u.code LIKE :p OR u.code IN (:anc))
                 ORDER BY u.code""").param("p", prefix + "%").param("anc", ancestors)
                .query((rs, n) -> new DivisionEntry(rs.getString(1), rs.getString(2), UnitLevel.valueOf(rs.getString(3)),
                        rs.getString(4), "database", 0)).list();
        // a prefix query also returns units of higher levels whose code happens to share it; keep the subtree proper
        List<DivisionEntry> kept = entries.stream().filter(e -> e.shortCode().startsWith(prefix)
                || (prefix.startsWith(e.shortCode()) && e.shortCode().length() < prefix.length())).toList();
        return DivisionList.of("database", within, kept);
    }

    java.util.Optional<UnitGeometry> geometry(long unitId) {
        return jdbc.sql("SELECT id, geometry, centroid_lon, centroid_lat FROM admin_unit WHERE id = :id")
                .param("id", unitId).query((rs, n) -> new UnitGeometry(rs.getLong(1), rs.getString(2),
                        (Double) rs.getObject(3, Double.class), (Double) rs.getObject(4, Double.class))).optional();
    }

    int setGeometry(UnitGeometry g) {
        return jdbc.sql("UPDATE admin_unit SET geometry = :g, centroid_lon = :lon, centroid_lat = :lat WHERE id = :id")
                .param("g", g.geoJson()).param("lon", g.centroidLon()).param("lat", g.centroidLat()).param("id", g.unitId())
                .update();
    }

    long countCurrent() {
        return jdbc.sql("SELECT COUNT(*) FROM admin_unit WHERE valid_to IS NULL").query(Long.class).single();
    }

    long insert(String code12, String name, UnitLevel level, String kind, Long parentId, LocalDate validFrom) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO admin_unit (code, name, level, kind, parent_id, valid_from) VALUES (:c, :n, :l, :k, :p, :f)")
                .param("c", code12).param("n", name).param("l", level.name()).param("k", kind).param("p", parentId)
                .param("f", validFrom).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Ends a version's validity on a day (exclusive). */
    void close(long id, LocalDate validTo) {
        jdbc.sql("UPDATE admin_unit SET valid_to = :t WHERE id = :id").param("t", validTo).param("id", id).update();
    }

    /** Ends the validity of many versions, each on its day (one batch). */
    void closeAll(Map<Long, LocalDate> validTo) {
        if (validTo.isEmpty()) return;
        template.batchUpdate("UPDATE admin_unit SET valid_to = ? WHERE id = ?", validTo.entrySet().stream()
                .map(e -> new Object[] {Date.valueOf(e.getValue()), e.getKey()}).toList());
    }

    /** Moves the still-valid children of one version to another (when a parent is continued 1:1). */
    int moveCurrentChildren(long fromParent, long toParent) {
        return jdbc.sql("UPDATE admin_unit SET parent_id = :to WHERE parent_id = :from AND valid_to IS NULL")
                .param("to", toParent).param("from", fromParent).update();
    }

    static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 1000) out.add(all.subList(i, Math.min(all.size(), i + 1000)));
        return out;
    }
}
