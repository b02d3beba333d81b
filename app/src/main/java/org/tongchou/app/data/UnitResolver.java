package org.tongchou.app.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongchou.app.periods.Period;
import org.tongchou.app.units.AdminUnit;
import org.tongchou.app.units.UnitService;

/**
 * Second stage of an import: resolves the unit keys of the parsed rows (codes in one query, names
 * among the descendants of a parent unit), checks that each unit is valid in its row's period, and
 * finds duplicate (unit, indicator, period) rows. Works on the staged columns, without per-row SQL.
 */
final class UnitResolver {
    private final UnitService units;

    UnitResolver(UnitService units) {
        this.units = units;
    }

    /** Fills {@code staged.unitId}; reports problems; returns the unit codes by id (for the change list). */
    Map<Long, String> resolve(ImportParser p, String parentCode, ProblemList problems, int unitColumn) {
        return resolve(p, parentCode, ImportOptions.DEFAULT_LEVELS, problems, unitColumn);
    }

    /** As above, refusing values of units whose level is not among {@code levels}. */
    Map<Long, String> resolve(ImportParser p, String parentCode, java.util.Set<org.tongchou.app.units.UnitLevel> levels, ProblemList problems,
            int unitColumn) {
        Rows rows = new Rows(p, versions(p, parentCode, problems), parentCode, levels, problems, unitColumn);
        Map<Long, String> codeById = new HashMap<>();
        StagedValues s = p.staged;
        long lastId = Long.MIN_VALUE;
        for (int i = 0; i < s.size; i++) {
            AdminUnit chosen = rows.unit(i);
            if (chosen == null) continue;
            if (chosen.id() != lastId) { // rows of one unit mostly come together: no boxing per row
                codeById.putIfAbsent(chosen.id(), chosen.code());
                lastId = chosen.id();
            }
            s.unitId[i] = chosen.id();
        }
        return codeById;
    }

    /** The versions of the unit each key names, by key index: codes in one query, names among the parent's descendants. */
    private List<List<AdminUnit>> versions(ImportParser p, String parentCode, ProblemList problems) {
        List<String> keys = p.unitKeys;
        List<String> codes = new ArrayList<>();
        for (String k : keys) if (isCode(k)) codes.add(k);
        Map<String, List<AdminUnit>> byCode = codes.isEmpty() ? Map.of() : units.findByCodes(codes);
        AdminUnit parent = parent(parentCode, problems);
        Map<String, List<AdminUnit>> byName = parent == null ? Map.of() : namesUnder(parent, p.periods);
        List<List<AdminUnit>> versions = new ArrayList<>(keys.size());
        for (String k : keys) versions.add(isCode(k) ? oneLevel(k, byCode.getOrDefault(k, List.of())) : byName.getOrDefault(k, List.of()));
        return versions;
    }

    /** The parent unit of a by-name import (its latest version), null when none is given or it is unknown (reported). */
    private AdminUnit parent(String parentCode, ProblemList problems) {
        if (parentCode == null) return null;
        List<AdminUnit> pv = units.findByCodes(List.of(parentCode)).getOrDefault(parentCode, List.of());
        if (pv.isEmpty()) {
            problems.add(0, 0, "", parentCode, "unknown parent unit");
            return null;
        }
        return pv.get(pv.size() - 1);
    }

    /** The descendants of {@code parent} at the start and end of every period, by name, each unit once. */
    private Map<String, List<AdminUnit>> namesUnder(AdminUnit parent, List<Period> periods) {
        Map<String, List<AdminUnit>> byName = new HashMap<>();
        for (Period per : periods) {
            for (LocalDate d : new LocalDate[] {per.start(), per.end()}) {
                for (AdminUnit u : units.descendants(parent.id(), d)) {
                    List<AdminUnit> l = byName.computeIfAbsent(u.name(), n -> new ArrayList<>());
                    if (l.stream().noneMatch(x -> x.id() == u.id())) l.add(u);
                }
            }
        }
        return byName;
    }

    /** The checks of the staged rows, one row at a time, reporting each row's first problem. */
    private static final class Rows {
        private static final String HEADER = "unit";
        private final ImportParser p;
        private final List<String> keys;
        private final List<List<AdminUnit>> versions;
        private final String parentCode;
        private final java.util.Set<org.tongchou.app.units.UnitLevel> levels;
        private final ProblemList problems;
        private final int unitColumn;
        private final StagedValues s;
        private final LocalDate[] start;
        private final LocalDate[] endEx;
        private final FirstRows seen;
        /** Dense numbers of the units chosen so far (0, 1, … by first appearance), for {@link #seen}. */
        private final LongIntMap denseIds;
        private int denseCount;
        private long denseOf = Long.MIN_VALUE;
        private int lastDense = -1;
        /** Whether each indicator is reported at each level (0 not yet known, 1 yes, 2 no): asked once per pair, not per value. */
        private final byte[] levelFits;
        private static final int LEVELS = org.tongchou.app.units.UnitLevel.values().length;

        Rows(ImportParser p, List<List<AdminUnit>> versions, String parentCode, java.util.Set<org.tongchou.app.units.UnitLevel> levels,
                ProblemList problems, int unitColumn) {
            this.p = p;
            this.keys = p.unitKeys;
            this.versions = versions;
            this.parentCode = parentCode;
            this.levels = levels;
            this.problems = problems;
            this.unitColumn = unitColumn;
            this.s = p.staged;
            int nPer = p.periods.size();
            this.start = new LocalDate[nPer];
            this.endEx = new LocalDate[nPer];
            for (int i = 0; i < nPer; i++) {
                start[i] = p.periods.get(i).start();
                endEx[i] = p.periods.get(i).endExclusive();
            }
            int units = 0;
            for (List<AdminUnit> vs : versions) units += vs.size(); // at most this many distinct units
            this.seen = new FirstRows(units, p.indicators.size() * nPer, s.size);
            this.denseIds = new LongIntMap(Math.max(16, units));
            this.levelFits = new byte[p.indicators.size() * LEVELS];
        }

        /** The unit of staged row {@code i}, or null after reporting why it has none. */
        AdminUnit unit(int i) {
            String key = keys.get(s.unitKey[i]);
            List<AdminUnit> vs = versions.get(s.unitKey[i]);
            int per = s.period[i];
            AdminUnit chosen = validAtEnd(vs, per);
            String problem = chosen == null ? none(key, vs, per) : unfit(key, vs, per, chosen);
            if (problem != null) {
                problems.add(s.row[i], unitColumn, HEADER, key, problem);
                return null;
            }
            if (duplicate(i, chosen, per)) return null;
            if (!reportedAt(i, chosen)) {
                problems.add(s.row[i], unitColumn, HEADER, key, ValueRules.levelFits(p.indicators.get(s.indicator[i]), chosen));
                return null;
            }
            Map<String, Long> names = p.unitNames.remove(s.unitKey[i]);
            if (names != null) contradictingNames(names, chosen, vs, p.unitNameColumn, p.unitNameHeader, problems);
            return chosen;
        }

        /** Of the versions valid in period {@code per}, the one valid at its end (several overlap when the unit changed inside it). */
        private AdminUnit validAtEnd(List<AdminUnit> vs, int per) {
            AdminUnit chosen = null;
            for (AdminUnit u : vs) {
                if (u.overlaps(start[per], endEx[per]) && (chosen == null || u.validFrom().isAfter(chosen.validFrom()))) chosen = u;
            }
            return chosen;
        }

        /** Why a key has no unit valid in the period: none of that code or name, or none valid then. */
        private String none(String key, List<AdminUnit> vs, int per) {
            if (!vs.isEmpty()) return ValueRules.unitValid(vs.get(vs.size() - 1), p.periods.get(per));
            if (isCode(key)) return "unknown unit";
            return parentCode == null ? "is not a unit code (give a parent unit to look units up by name)" : "no unit of that name under " + parentCode;
        }

        /** Why the unit found does not take the value: a level this import does not take, or a name several units have; null if none. */
        private String unfit(String key, List<AdminUnit> vs, int per, AdminUnit chosen) {
            if (!levels.contains(chosen.level())) {
                return "is " + chosen.code() + " (" + chosen.name() + "), a unit of level " + chosen.level().name().toLowerCase(java.util.Locale.ROOT)
                        + "; this import takes values of " + levelNames(levels) + " only (a code cut short names a higher unit)";
            }
            if (!isCode(key) && vs.stream().filter(u -> u.overlaps(start[per], endEx[per])).map(AdminUnit::code).distinct().count() > 1) {
                return "several units of that name under " + parentCode + "; use the unit code";
            }
            return null;
        }

        /** Whether row {@code i}'s indicator is reported at the level of {@code chosen} ({@link ValueRules#levelFits}, asked once per level). */
        private boolean reportedAt(int i, AdminUnit chosen) {
            int k = s.indicator[i] * LEVELS + chosen.level().ordinal();
            if (levelFits[k] == 0) levelFits[k] = ValueRules.levelFits(p.indicators.get(s.indicator[i]), chosen) == null ? (byte) 1 : (byte) 2;
            return levelFits[k] == 1;
        }

        /** Whether row {@code i} repeats the unit, indicator and period of an earlier row (reported). */
        private boolean duplicate(int i, AdminUnit chosen, int per) {
            if (chosen.id() != denseOf) { // rows of one unit mostly come together: one lookup per run of rows
                int d = denseIds.putIfAbsent(chosen.id(), denseCount);
                lastDense = d >= 0 ? d : denseCount++;
                denseOf = chosen.id();
            }
            int first = seen.putIfAbsent(lastDense, s.indicator[i] * p.periods.size() + per, i);
            if (first < 0) return false;
            problems.add(s.row[i], 0, "", "", "duplicate: unit " + chosen.code() + ", indicator " + p.indicators.get(s.indicator[i]).code()
                    + ", period " + p.periods.get(per).code() + " already given in row " + s.row[first]);
            return true;
        }
    }

    /**
     * Reports each name given beside a unit's code that is none of the names the unit has had: a row meant for
     * one town under another's code (a code copied from the row above) would otherwise be stored on the wrong town.
     * Names compare without spaces; a former name of the same code is its name.
     */
    private static void contradictingNames(Map<String, Long> names, AdminUnit chosen, List<AdminUnit> versions, int column, String header,
            ProblemList problems) {
        java.util.Set<String> known = new java.util.HashSet<>();
        known.add(compact(chosen.name()));
        for (AdminUnit u : versions) known.add(compact(u.name()));
        names.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> {
            if (!known.contains(compact(e.getKey()))) {
                problems.add(e.getValue(), column, header, e.getKey(), "is not the name of unit " + chosen.code() + ", which is "
                        + chosen.name() + ": is the code or the name wrong?");
            }
        });
    }

    private static String compact(String name) {
        return name == null ? "" : name.replaceAll("[\\s\u3000]", "");
    }

    /**
     * Padded codes repeat across levels (township 320582100 and village 320582100000 are both stored as
     * 320582100000). A short code names its level by its length; a 12-digit code that matches several
     * levels is taken as the coarsest (a code ending in zeros is most often a padded higher-level code).
     */
    static List<AdminUnit> oneLevel(String key, List<AdminUnit> versions) {
        if (versions.size() < 2 || versions.stream().map(AdminUnit::level).distinct().count() < 2) return versions;
        List<AdminUnit> byLength = versions.stream().filter(u -> u.level().digits() == key.length()).toList();
        if (key.length() < 12 && !byLength.isEmpty()) return byLength;
        var coarsest = versions.stream().map(AdminUnit::level).min(java.util.Comparator.naturalOrder()).orElseThrow();
        return versions.stream().filter(u -> u.level() == coarsest).toList();
    }

    static String levelNames(java.util.Set<org.tongchou.app.units.UnitLevel> levels) {
        return levels.stream().sorted().map(l -> l.name().toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.joining(", "));
    }

    static boolean isCode(String k) {
        if (k.isEmpty() || k.length() > 12) return false;
        for (int i = 0; i < k.length(); i++) if (k.charAt(i) < '0' || k.charAt(i) > '9') return false;
        return true;
    }
}
