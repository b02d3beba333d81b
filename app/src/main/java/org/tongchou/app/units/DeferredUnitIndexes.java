package org.tongchou.app.units;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On PostgreSQL, a large load into an empty {@code admin_unit} runs without the table's secondary
 * indexes and its foreign key to itself, which are built again, in bulk, after the load: one sort per
 * index and one join to check every parent instead of an index insertion and a trigger per row (the
 * 620,573 villages load about twice as fast). The definitions are read from the catalogue and re-created
 * exactly, so a later migration that changes them is followed. The primary key stays (the other tables'
 * foreign keys point at it), and so does any unique constraint or index another constraint relies on.
 *
 * <p>Safe because it all happens in the import's transaction: PostgreSQL's DDL is transactional, so an
 * error anywhere rolls the indexes back with the rows; the table is locked (no one else can write to
 * it, and readers wait for the import, which only sees an empty table anyway) and must be empty.
 */
final class DeferredUnitIndexes {
    /** Nothing deferred. */
    static final DeferredUnitIndexes NONE = new DeferredUnitIndexes(null, List.of());

    private final JdbcClient jdbc;
    private final List<String> rebuild;

    private DeferredUnitIndexes(JdbcClient jdbc, List<String> rebuild) {
        this.jdbc = jdbc;
        this.rebuild = rebuild;
    }

    /**
     * If {@code admin_unit} holds no row at all, locks it and drops its secondary indexes, unique
     * constraints and self foreign key; call {@link #rebuild()} after the load in the same transaction.
     */
    static DeferredUnitIndexes dropIfEmpty(JdbcClient jdbc) {
        // look before locking: a load into a table that holds units must not lock readers out for its duration
        if (holdsRows(jdbc)) return NONE;
        jdbc.sql("LOCK TABLE admin_unit IN ACCESS EXCLUSIVE MODE").update();
        if (holdsRows(jdbc)) return NONE; // someone was quicker
        List<String> drop = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        List<String> uniques = new ArrayList<>();
        List<String> foreignKeys = new ArrayList<>();
        // plain indexes no constraint uses
        jdbc.sql("""
                SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i
                 WHERE i.indrelid = 'admin_unit'::regclass
                   AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)""")
                .query(rs -> {
                    drop.add("DROP INDEX " + rs.getString(1));
                    indexes.add(rs.getString(2));
                });
        // the table's own unique constraints (unless a foreign key relies on them) and its foreign keys to itself
        jdbc.sql("""
                SELECT c.contype, quote_ident(c.conname), pg_get_constraintdef(c.oid) FROM pg_constraint c
                 WHERE c.conrelid = 'admin_unit'::regclass
                   AND ((c.contype = 'u' AND NOT EXISTS (SELECT 1 FROM pg_constraint f
                                                           WHERE f.contype = 'f' AND f.conindid = c.conindid))
                     OR (c.contype = 'f' AND c.confrelid = 'admin_unit'::regclass))
                 ORDER BY c.contype""")
                .query(rs -> {
                    String add = "ALTER TABLE admin_unit ADD CONSTRAINT " + rs.getString(2) + " " + rs.getString(3);
                    // foreign keys first (ORDER BY contype: 'f' < 'u'), so no unique index is dropped under one
                    drop.add("ALTER TABLE admin_unit DROP CONSTRAINT " + rs.getString(2));
                    ("f".equals(rs.getString(1)) ? foreignKeys : uniques).add(add);
                });
        for (String sql : drop) jdbc.sql(sql).update();
        List<String> rebuild = new ArrayList<>(indexes);
        rebuild.addAll(uniques);
        rebuild.addAll(foreignKeys); // last: checking them may use the indexes above
        return new DeferredUnitIndexes(jdbc, List.copyOf(rebuild));
    }

    private static boolean holdsRows(JdbcClient jdbc) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM admin_unit)").query(Boolean.class).single();
    }

    /** Whether anything was dropped and must be rebuilt. */
    boolean deferred() {
        return !rebuild.isEmpty();
    }

    /** Builds the dropped indexes and constraints again (checking every row against them). */
    void rebuild() {
        for (String sql : rebuild) jdbc.sql(sql).update();
    }
}
