package org.tongchou.app.units;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Read access to administrative units and their history, for every other feature. Codes may be given
 * as the lists write them (2, 4, 6, 9 or 12 digits) or padded to 12; they are normalised first.
 */
@Service
public class UnitService {
    private final UnitRepository units;
    private final ChangeEventRepository events;

    public UnitService(UnitRepository units, ChangeEventRepository events) {
        this.units = units;
        this.events = events;
    }

    public Optional<AdminUnit> find(long id) {
        return units.find(id);
    }

    /**
     * The unit version carrying that code on that day, if any. The code's level is its length, or for
     * a 12-digit code its trailing zero groups ({@link UnitCode#lookupLevel}).
     */
    /** The unit versions with these ids (those that exist), in no particular order. */
    public List<AdminUnit> findAll(Collection<Long> ids) {
        return units.findAll(ids);
    }

    public Optional<AdminUnit> findByCode(String code, LocalDate on) {
        return units.findByCode(UnitCode.normalise(code), UnitCode.lookupLevel(code), on);
    }

    /** The unit version of a level carrying that code (any form) on that day. */
    public Optional<AdminUnit> findByCode(String code, UnitLevel level, LocalDate on) {
        return units.findByCode(UnitCode.normalise(code), level, on);
    }

    /**
     * All versions per code (ordered by validity), for validating a whole upload at once. The keys are
     * the codes as given; a code without any version maps to an empty list; a malformed code too.
     */
    public Map<String, List<AdminUnit>> findByCodes(Collection<String> codes) {
        Map<String, String> normalised = new LinkedHashMap<>();
        for (String c : codes) {
            try {
                normalised.put(c, UnitCode.normalise(c));
            } catch (IllegalArgumentException e) {
                normalised.put(c, null);
            }
        }
        Map<String, List<AdminUnit>> byCode12 = new LinkedHashMap<>();
        for (AdminUnit u : units.findByCodes(normalised.values().stream().filter(c -> c != null).distinct().toList())) {
            byCode12.computeIfAbsent(u.code(), k -> new ArrayList<>()).add(u);
        }
        Map<String, List<AdminUnit>> out = new LinkedHashMap<>();
        normalised.forEach((given, c12) -> out.put(given, c12 == null ? List.of() : byCode12.getOrDefault(c12, List.of())));
        return out;
    }

    /** The children valid on a day, ordered by code. */
    public List<AdminUnit> children(long parentId, LocalDate on) {
        return units.children(parentId, on);
    }

    /** The whole subtree below a unit (not including it) valid on a day, ordered by code. */
    public List<AdminUnit> descendants(long unitId, LocalDate on) {
        return units.descendants(unitId, on);
    }

    /**
     * Those of {@code codes} (any form, as {@link #findByCode(String, LocalDate)} reads them; malformed ones are within
     * nothing) whose unit valid on {@code on} is {@code ancestorId} or lies below it through parent links, as given:
     * the set form of {@link #isWithin}, one query per level and {@value org.tongchou.app.security.AreaCodes#CHUNK} codes.
     */
    public Set<String> within(Collection<String> codes, long ancestorId, LocalDate on) {
        Map<UnitLevel, Map<String, List<String>>> byLevel = new java.util.EnumMap<>(UnitLevel.class);
        for (String c : codes) {
            try {
                byLevel.computeIfAbsent(UnitCode.lookupLevel(c), k -> new LinkedHashMap<>())
                        .computeIfAbsent(UnitCode.normalise(c), k -> new ArrayList<>()).add(c);
            } catch (IllegalArgumentException | NullPointerException malformed) {
                // names no unit: within nothing
            }
        }
        Set<String> out = new java.util.HashSet<>();
        byLevel.forEach((level, given) -> {
            for (String code12 : units.within(given.keySet(), level, ancestorId, on)) out.addAll(given.get(code12));
        });
        return out;
    }

    /** Whether {@code unitId} is {@code ancestorId} or lies below it through parent links. */
    public boolean isWithin(long unitId, long ancestorId) {
        return unitId == ancestorId || units.ancestorIds(unitId).contains(ancestorId);
    }

    /** The ancestors of a unit through its parent links, nearest first. */
    public List<AdminUnit> ancestors(long unitId) {
        List<Long> ids = units.ancestorIds(unitId);
        Map<Long, AdminUnit> byId = new LinkedHashMap<>();
        units.findAll(ids).forEach(u -> byId.put(u.id(), u));
        return ids.stream().map(byId::get).toList();
    }

    /**
     * Predecessors and successors of a unit version, transitively through change events. Backwards a
     * unit comes from the predecessors of the events where it is a successor or an absorber;
     * forwards it goes to the successors and absorbers of the events where it is a predecessor.
     */
    public Lineage lineage(long unitId) {
        AdminUnit unit = units.find(unitId).orElseThrow(() -> new UnknownUnitException("no unit with id " + unitId));
        Map<Long, ChangeEvent> seen = new LinkedHashMap<>();
        List<AdminUnit> back = walk(unitId, seen, true);
        List<AdminUnit> forward = walk(unitId, seen, false);
        List<ChangeEvent> evs = new ArrayList<>(seen.values());
        evs.sort(Comparator.comparing(ChangeEvent::date).thenComparing(ChangeEvent::id));
        return new Lineage(unit, back, forward, evs);
    }

    private List<AdminUnit> walk(long start, Map<Long, ChangeEvent> seen, boolean backwards) {
        Set<Long> visited = new LinkedHashSet<>();
        visited.add(start);
        List<AdminUnit> out = new ArrayList<>();
        Deque<Long> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            long id = queue.poll();
            for (ChangeEvent e : events.load(events.eventIdsOfUnit(id))) {
                boolean isPredecessor = e.predecessors().stream().anyMatch(u -> u.id() == id);
                boolean isSuccessor = e.successors().stream().anyMatch(u -> u.id() == id)
                        || e.absorbers().stream().anyMatch(u -> u.id() == id);
                List<AdminUnit> next = new ArrayList<>();
                if (backwards && isSuccessor) next.addAll(e.predecessors());
                if (!backwards && isPredecessor) {
                    next.addAll(e.successors());
                    next.addAll(e.absorbers());
                }
                if (!next.isEmpty()) seen.putIfAbsent(e.id(), e);
                for (AdminUnit u : next) {
                    if (visited.add(u.id())) {
                        out.add(u);
                        queue.add(u.id());
                    }
                }
            }
        }
        return out;
    }

    /** The change events a unit version took part in, in date order. */
    public List<ChangeEvent> changeEvents(long unitId) {
        return events.load(events.eventIdsOfUnit(unitId));
    }

    /** The change events effective in [from, toExclusive), in date order. */
    public List<ChangeEvent> changeEvents(LocalDate from, LocalDate toExclusive) {
        return events.load(events.eventIdsBetween(from, toExclusive));
    }

    /** The shape of a unit version, if it has a row (its parts may be null). */
    public Optional<UnitGeometry> geometry(long unitId) {
        return units.geometry(unitId);
    }

    /** Stores (or clears, with nulls) the shape of a unit version. */
    public void setGeometry(UnitGeometry geometry) {
        if (units.setGeometry(geometry) == 0) throw new UnknownUnitException("no unit with id " + geometry.unitId());
    }

    /** The units of one level valid on a day, ordered by code. */
    public List<AdminUnit> atLevel(UnitLevel level, LocalDate on) {
        return units.validAtLevel(level, on);
    }

    /**
     * The units of one level valid on a day in the subtree of a code (by code prefix): a province's townships
     * without reading its villages.
     */
    public List<AdminUnit> withinCode(String code, UnitLevel level, LocalDate on) {
        return units.validWithPrefixAtLevel(UnitCode.prefix(code), level, on);
    }

    /** The units valid on a day in the subtree of a code (by code prefix; includes the unit itself). */
    public List<AdminUnit> withinCode(String code, LocalDate on) {
        return units.validWithPrefix(UnitCode.prefix(code), on);
    }
}
