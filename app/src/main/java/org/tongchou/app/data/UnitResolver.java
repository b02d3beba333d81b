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
        List<String> keys = p.unitKeys;
        List<List<AdminUnit>> versions = new ArrayList<>(keys.size());
        List<String> codes = new ArrayList<>();
        for (String k : keys) if (isCode(k)) codes.add(k);
        Map<String, List<AdminUnit>> byCode = codes.isEmpty() ? Map.of() : units.findByCodes(codes);
        AdminUnit parent = null;
        if (parentCode != null) {
            List<AdminUnit> pv = units.findByCodes(List.of(parentCode)).getOrDefault(parentCode, List.of());
            if (pv.isEmpty()) {
                problems.add(0, 0, "", parentCode, "unknown parent unit");
            } else {
                parent = pv.get(pv.size() - 1);
            }
        }
        Map<String, List<AdminUnit>> byName = new HashMap<>();
        if (parent != null) {
            for (Period per : p.periods) {
                for (LocalDate d : new LocalDate[] {per.start(), per.end()}) {
                    for (AdminUnit u : units.descendants(parent.id(), d)) {
                        List<AdminUnit> l = byName.computeIfAbsent(u.name(), n -> new ArrayList<>());
                        if (l.stream().noneMatch(x -> x.id() == u.id())) l.add(u);
                    }
                }
            }
        }
        for (String k : keys) versions.add(isCode(k) ? oneLevel(k, byCode.getOrDefault(k, List.of())) : byName.getOrDefault(k, List.of()));

        int nPer = p.periods.size();
        LocalDate[] start = new LocalDate[nPer];
        LocalDate[] endEx = new LocalDate[nPer];
        for (int i = 0; i < nPer; i++) {
            start[i] = p.periods.get(i).start();
            endEx[i] = p.periods.get(i).endExclusive();
        }
        Map<Long, String> codeById = new HashMap<>();
        StagedValues s = p.staged;
        String header = "unit";
        int versionCount = 0;
        for (List<AdminUnit> vs : versions) versionCount += vs.size();
        int nInd = p.indicators.size();
        FirstRows seen = new FirstRows(versionCount, nInd * nPer, s.size);
        LongIntMap denseIds = new LongIntMap(Math.max(16, versionCount));
        // whether each indicator is reported at each level (0 not yet known, 1 yes, 2 no): asked once per pair, not per value
        int nLevels = org.tongchou.app.units.UnitLevel.values().length;
        byte[] levelFits = new byte[nInd * nLevels];
        int denseCount = 0;
        long lastId = Long.MIN_VALUE;
        long denseOf = Long.MIN_VALUE;
        int lastDense = -1;
        for (int i = 0; i < s.size; i++) {
            String key = keys.get(s.unitKey[i]);
            List<AdminUnit> vs = versions.get(s.unitKey[i]);
            int per = s.period[i];
            AdminUnit chosen = null;
            for (AdminUnit u : vs) {
                if (u.overlaps(start[per], endEx[per])) {
                    // several versions overlap the period (a change inside it): take the one valid at its end
                    if (chosen == null || u.validFrom().isAfter(chosen.validFrom())) chosen = u;
                }
            }
            if (chosen == null) {
                if (vs.isEmpty()) {
                    problems.add(s.row[i], unitColumn, header, key, isCode(key) ? "unknown unit"
                            : parentCode == null ? "is not a unit code (give a parent unit to look units up by name)" : "no unit of that name under " + parentCode);
                } else {
                    problems.add(s.row[i], unitColumn, header, key, ValueRules.unitValid(vs.get(vs.size() - 1), p.periods.get(per)));
                }
                continue;
            }
            if (!levels.contains(chosen.level())) {
                problems.add(s.row[i], unitColumn, header, key, "is " + chosen.code() + " (" + chosen.name() + "), a unit of level "
                        + chosen.level().name().toLowerCase(java.util.Locale.ROOT) + "; this import takes values of " + levelNames(levels)
                        + " only (a code cut short names a higher unit)");
                continue;
            }
            if (!isCode(key) && vs.stream().filter(u -> u.overlaps(start[per], endEx[per])).map(AdminUnit::code).distinct().count() > 1) {
                problems.add(s.row[i], unitColumn, header, key, "several units of that name under " + parentCode + "; use the unit code");
                continue;
            }
            if (chosen.id() != denseOf) { // rows of one unit mostly come together: one lookup per run of rows
                int d = denseIds.putIfAbsent(chosen.id(), denseCount);
                lastDense = d >= 0 ? d : denseCount++;
                denseOf = chosen.id();
            }
            int first = seen.putIfAbsent(lastDense, s.indicator[i] * nPer + per, i);
            if (first >= 0) {
                problems.add(s.row[i], 0, "", "", "duplicate: unit " + chosen.code() + ", indicator " + p.indicators.get(s.indicator[i]).code()
                        + ", period " + p.periods.get(per).code() + " already given in row " + s.row[first]);
                continue;
            }
            int fit = s.indicator[i] * nLevels + chosen.level().ordinal();
            if (levelFits[fit] == 0) levelFits[fit] = ValueRules.levelFits(p.indicators.get(s.indicator[i]), chosen) == null ? (byte) 1 : (byte) 2;
            if (levelFits[fit] == 2) {
                problems.add(s.row[i], unitColumn, header, key, ValueRules.levelFits(p.indicators.get(s.indicator[i]), chosen));
                continue;
            }
            Map<String, Long> names = p.unitNames.remove(s.unitKey[i]);
            if (names != null) contradictingNames(names, chosen, vs, p.unitNameColumn, p.unitNameHeader, problems);
            if (chosen.id() != lastId) { // no boxing per row
                codeById.putIfAbsent(chosen.id(), chosen.code());
                lastId = chosen.id();
            }
            s.unitId[i] = chosen.id();
        }
        return codeById;
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
