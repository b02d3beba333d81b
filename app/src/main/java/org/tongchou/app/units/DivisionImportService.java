package org.tongchou.app.units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a national code list (or the part of it within one unit). Into an empty scope the units are
 * simply loaded, valid from the given day. If the scope already holds units, nothing is written:
 * the list is compared with the database and the differences come back as a {@link ChangeProposal}
 * for a person to review and apply (units that are unchanged keep their record).
 */
@Service
public class DivisionImportService {
    private final UnitRepository units;
    private final UnitBulkLoader loader;
    private final JdbcClient jdbc;

    public DivisionImportService(UnitRepository units, UnitBulkLoader loader, JdbcClient jdbc) {
        this.units = units;
        this.loader = loader;
        this.jdbc = jdbc;
    }

    /**
     * What an import did (or, on a dry run, would do).
     *
     * @param added     units inserted
     * @param unchanged units already present as in the list
     * @param proposal  the changes to review when the scope was not empty (null otherwise)
     * @param insertMillis time spent inserting each level (empty on a dry run or a proposal)
     * @param indexMillis  time spent building indexes and constraints after the load, when they were
     *                     deferred (PostgreSQL, large load into an empty table; else 0)
     */
    public record ImportResult(String source, LocalDate validFrom, int added, int unchanged, ChangeProposal proposal,
                               boolean dryRun, Map<UnitLevel, Long> insertMillis, long indexMillis) {
    }

    /** Imports in one transaction: everything or nothing. {@code progress} gets units inserted so far. */
    @Transactional
    public ImportResult importList(DivisionList list, LocalDate validFrom, boolean dryRun, LongConsumer progress) {
        String prefix = list.within() == null ? "" : list.within();
        DivisionList current = units.currentAsList(list.within());
        Map<String, DivisionEntry> cur = current.byCode();
        boolean scopeEmpty = UnitLevelStream.all(current).noneMatch(current::inScope);
        boolean ancestorsDiffer = UnitLevelStream.all(list).filter(e -> !list.inScope(e))
                .anyMatch(e -> cur.containsKey(e.shortCode()) && !same(cur.get(e.shortCode()), e));
        if (!scopeEmpty || ancestorsDiffer) {
            ChangeProposal p = DivisionDiff.propose(current, list, validFrom);
            return new ImportResult(list.source(), validFrom, 0, p.unchanged(), p, dryRun, Map.of(), 0);
        }
        int added = 0;
        int unchanged = 0;
        Map<UnitLevel, List<DivisionEntry>> fresh = new EnumMap<>(UnitLevel.class);
        for (UnitLevel level : UnitLevel.values()) {
            List<DivisionEntry> all = list.level(level);
            List<DivisionEntry> in = all;
            if (!cur.isEmpty()) { // only ancestors of the scope can be there already
                in = new ArrayList<>();
                for (DivisionEntry e : all) {
                    if (cur.containsKey(e.shortCode())) unchanged++;
                    else in.add(e);
                }
            }
            fresh.put(level, in);
            added += in.size();
        }
        UnitBulkLoader.Timing timing = dryRun ? new UnitBulkLoader.Timing(Map.of(), 0)
                : loader.insertAll(fresh, prefix, validFrom, progress);
        if (!dryRun) {
            jdbc.sql("INSERT INTO unit_code_list_import (source, valid_from, within_code, units_added) VALUES (:s, :f, :w, :n)")
                    .param("s", list.source()).param("f", validFrom).param("w", list.within()).param("n", added).update();
        }
        return new ImportResult(list.source(), validFrom, added, unchanged, null, dryRun, timing.insertMillis(),
                timing.rebuildMillis());
    }

    private static boolean same(DivisionEntry a, DivisionEntry b) {
        return a.name().equals(b.name()) && java.util.Objects.equals(a.parentCode(), b.parentCode()) && a.level() == b.level();
    }

    /** The still-valid units within a code (or all, for null) as a code list, parents by code. */
    public DivisionList currentAsList(String within) {
        return units.currentAsList(within == null ? null : UnitCode.prefix(within));
    }
}
