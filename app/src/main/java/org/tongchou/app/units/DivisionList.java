package org.tongchou.app.units;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A national code list (one vintage), or the part of one within a unit (with that unit's ancestors so
 * the tree stays rooted). Entries are grouped by level; every entry's parent is in the list.
 *
 * @param source a label naming where the list came from (directory, version or "database")
 * @param within the code prefix the list was cut to, or null for the whole country
 */
public record DivisionList(String source, String within, Map<UnitLevel, List<DivisionEntry>> byLevel) {

    public DivisionList {
        Map<UnitLevel, List<DivisionEntry>> copy = new EnumMap<>(UnitLevel.class);
        for (UnitLevel l : UnitLevel.values()) copy.put(l, List.copyOf(byLevel.getOrDefault(l, List.of())));
        byLevel = Collections.unmodifiableMap(copy);
    }

    public static DivisionList of(String source, String within, List<DivisionEntry> entries) {
        Map<UnitLevel, List<DivisionEntry>> m = new EnumMap<>(UnitLevel.class);
        for (DivisionEntry e : entries) m.computeIfAbsent(e.level(), k -> new ArrayList<>()).add(e);
        return new DivisionList(source, within, m);
    }

    public List<DivisionEntry> level(UnitLevel level) {
        return byLevel.get(level);
    }

    public int size() {
        return byLevel.values().stream().mapToInt(List::size).sum();
    }

    /** Entries by their code as the lists write it (2–12 digits; unique, unlike padded codes). */
    public Map<String, DivisionEntry> byCode() {
        Map<String, DivisionEntry> m = new HashMap<>(size() * 2);
        byLevel.values().forEach(list -> list.forEach(e -> m.put(e.shortCode(), e)));
        return m;
    }

    /** Whether an entry lies in the list's scope proper (not one of the ancestors kept for the tree). */
    public boolean inScope(DivisionEntry e) {
        return within == null || e.shortCode().startsWith(within);
    }

    /** Counts per level, e.g. "31 / 342 / 2,978 / 41,352 / 620,573". */
    public String counts() {
        StringBuilder b = new StringBuilder();
        for (UnitLevel l : UnitLevel.values()) {
            if (b.length() > 0) b.append(" / ");
            b.append(String.format("%,d", level(l).size()));
        }
        return b.toString();
    }
}
