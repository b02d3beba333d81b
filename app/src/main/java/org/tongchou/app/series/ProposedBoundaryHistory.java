package org.tongchou.app.series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongchou.app.units.ChangeKind;
import org.tongchou.app.units.ProposedChange;

/**
 * The stored history with one proposed change event laid over it, in memory: the predecessors end on
 * the change date, new successors exist from it (with negative ids, never written), and the event's
 * shares are edges. Lets the series algorithm show what a change would do to comparable series before
 * anything is written. The proposal is assumed checked (predecessors current before the date).
 */
final class ProposedBoundaryHistory implements BoundaryHistory {
    private final BoundaryHistory stored;
    private final Map<Long, HistoricUnit> overridden = new HashMap<>();
    private final Map<String, HistoricUnit> createdByCode = new LinkedHashMap<>();
    private final List<BoundaryLink> added = new ArrayList<>();

    ProposedBoundaryHistory(BoundaryHistory stored, ProposedChange change) {
        this.stored = stored;
        LocalDate day = change.date();
        LocalDate before = day.minusDays(1);
        Map<String, Long> predecessorIds = new LinkedHashMap<>();
        for (ProposedChange.Predecessor p : change.predecessors()) {
            HistoricUnit u = stored.unitByCode(p.code(), before)
                    .orElseThrow(() -> new UnknownSeriesInputException("no unit with code '" + p.code() + "'"));
            overridden.put(u.id(), new HistoricUnit(u.id(), u.code(), u.name(), u.validFrom(), day));
            predecessorIds.put(p.code(), u.id());
        }
        long nextId = -1;
        for (ProposedChange.Successor s : change.successors()) {
            long id;
            if (s.existing()) {
                id = stored.unitByCode(s.code(), before)
                        .orElseThrow(() -> new UnknownSeriesInputException("no unit with code '" + s.code() + "'")).id();
            } else {
                HistoricUnit created = new HistoricUnit(nextId--, s.code(), s.name(), day, null);
                createdByCode.put(s.code(), created);
                id = created.id();
            }
            for (var e : shares(change, s).entrySet()) {
                Long from = predecessorIds.get(e.getKey());
                if (from != null) added.add(new BoundaryLink(from, id, e.getValue(), day));
            }
        }
    }

    /** The same defaults as applying: 1 from each predecessor, or equal parts of a split. */
    private static Map<String, Double> shares(ProposedChange c, ProposedChange.Successor s) {
        if (!s.shares().isEmpty()) return s.shares();
        Map<String, Double> out = new LinkedHashMap<>();
        double part = c.kind() == ChangeKind.SPLIT ? 1.0 / c.successors().size() : 1.0;
        c.predecessors().forEach(p -> out.put(p.code(), part));
        return out;
    }

    @Override
    public Optional<HistoricUnit> unitByCode(String code, LocalDate day) {
        HistoricUnit created = createdByCode.get(code);
        if (created != null && created.validOn(day)) return Optional.of(created);
        Optional<HistoricUnit> found = stored.unitByCode(code, day).map(this::overlay);
        if (found.isPresent() && found.get().validOn(day)) return found;
        return created != null ? Optional.of(created) : found;
    }

    @Override
    public HistoricUnit unit(long id) {
        if (id < 0) {
            return createdByCode.values().stream().filter(u -> u.id() == id).findFirst().orElseThrow();
        }
        return overlay(stored.unit(id));
    }

    @Override
    public List<BoundaryLink> linksInto(long unitId) {
        List<BoundaryLink> out = new ArrayList<>(unitId < 0 ? List.of() : stored.linksInto(unitId));
        added.stream().filter(l -> l.toId() == unitId).forEach(out::add);
        return out;
    }

    @Override
    public List<BoundaryLink> linksOutOf(long unitId) {
        List<BoundaryLink> out = new ArrayList<>(unitId < 0 ? List.of() : stored.linksOutOf(unitId));
        added.stream().filter(l -> l.fromId() == unitId).forEach(out::add);
        return out;
    }

    private HistoricUnit overlay(HistoricUnit u) {
        return overridden.getOrDefault(u.id(), u);
    }
}
