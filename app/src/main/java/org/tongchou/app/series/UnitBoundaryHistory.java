package org.tongchou.app.series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongchou.app.units.AdminUnit;
import org.tongchou.app.units.ChangeEvent;
import org.tongchou.app.units.UnitCode;
import org.tongchou.app.units.UnitLevel;
import org.tongchou.app.units.UnitService;
import org.tongchou.app.units.UnknownUnitException;

/**
 * The units feature's history seen as {@link BoundaryHistory}: one instance per series request, caching
 * what it reads. Edges are the events' flows; an event without flows that has one predecessor and one
 * successor (rename, re-code, re-parent) is an edge with share 1, and a merge without flows gives share
 * 1 from each predecessor.
 */
final class UnitBoundaryHistory implements BoundaryHistory {
    private final UnitService units;
    private final Map<Long, HistoricUnit> byId = new HashMap<>();
    private final Map<Long, List<ChangeEvent>> eventsByUnit = new HashMap<>();

    UnitBoundaryHistory(UnitService units) {
        this.units = units;
    }

    @Override
    public Optional<HistoricUnit> unitByCode(String code, LocalDate day) {
        Optional<AdminUnit> valid = units.findByCode(code, day);
        if (valid.isPresent()) return valid.map(this::remember);
        UnitLevel level;
        try {
            level = UnitCode.lookupLevel(code);
        } catch (IllegalArgumentException e) {
            throw new UnknownSeriesInputException("'" + code + "' is not a unit code: " + e.getMessage());
        }
        // a padded code can name units of several levels: keep the level the code is read as
        return units.findByCodes(List.of(code)).getOrDefault(code, List.of()).stream()
                .filter(u -> u.level() == level)
                .max(Comparator.comparing(AdminUnit::validFrom)).map(this::remember);
    }

    @Override
    public HistoricUnit unit(long id) {
        HistoricUnit u = byId.get(id);
        if (u != null) return u;
        return remember(units.find(id).orElseThrow(() -> new UnknownUnitException("no unit with id " + id)));
    }

    @Override
    public List<BoundaryLink> linksInto(long unitId) {
        return links(unitId).stream().filter(l -> l.toId() == unitId).toList();
    }

    @Override
    public List<BoundaryLink> linksOutOf(long unitId) {
        return links(unitId).stream().filter(l -> l.fromId() == unitId).toList();
    }

    private List<BoundaryLink> links(long unitId) {
        List<BoundaryLink> out = new ArrayList<>();
        for (ChangeEvent e : eventsByUnit.computeIfAbsent(unitId, units::changeEvents)) {
            e.predecessors().forEach(this::remember);
            e.successors().forEach(this::remember);
            e.absorbers().forEach(this::remember);
            out.addAll(edges(e));
        }
        return out;
    }

    static List<BoundaryLink> edges(ChangeEvent e) {
        if (!e.flows().isEmpty()) {
            return e.flows().stream()
                    .map(f -> new BoundaryLink(f.predecessorId(), f.successorId(), f.share(), e.date())).toList();
        }
        List<AdminUnit> targets = new ArrayList<>(e.successors());
        targets.addAll(e.absorbers());
        if (targets.size() == 1) {
            long to = targets.get(0).id();
            return e.predecessors().stream().map(p -> new BoundaryLink(p.id(), to, 1.0, e.date())).toList();
        }
        return List.of(); // a split without recorded shares: nothing can be apportioned
    }

    private HistoricUnit remember(AdminUnit u) {
        return byId.computeIfAbsent(u.id(), id -> new HistoricUnit(u.id(), u.shortCode(), u.name(), u.validFrom(), u.validTo()));
    }
}
