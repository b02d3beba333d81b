package org.tongchou.app.targets;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.indicators.UnknownIndicatorException;
import org.tongchou.app.units.UnitService;

/**
 * Annual targets: unit × indicator × year → value, shown beside the values on the dashboard. These
 * are the approved targets; proposals wait in {@link TargetProposals} until an analyst approves them.
 * Every change is kept in the target's history.
 */
@Service
public class TargetService {
    private final TargetRepository repository;
    private final IndicatorService indicators;
    private final UnitService units;
    private final ProposalRepository history;
    private final java.time.Clock clock;

    TargetService(TargetRepository repository, IndicatorService indicators, UnitService units, ProposalRepository history,
                  java.time.Clock clock) {
        this.repository = repository;
        this.indicators = indicators;
        this.units = units;
        this.history = history;
        this.clock = clock;
    }

    /** Sets (or replaces) a target. @throws IllegalArgumentException for an unknown unit or indicator, or a non-finite value */
    @Transactional
    public Target set(long unitId, String indicator, int year, double value, String note, String user) {
        check(indicator, unitId, year, value);
        units.find(unitId).orElseThrow(() -> new IllegalArgumentException("unknown unit id " + unitId));
        TargetRepository.Row r = new TargetRepository.Row(unitId, id(indicator), year, value, note, user, now());
        Double old = repository.find(unitId, r.indicatorId(), year).map(TargetRepository.Row::value).orElse(null);
        repository.upsert(r);
        history.history(unitId, r.indicatorId(), year, "SET", old, value, null, note, null, user, r.setAt());
        return new Target(unitId, indicator, year, value, note, user, r.setAt());
    }

    /** One target for {@link #setAll}. */
    public record NewTarget(long unitId, String indicator, int year, double value, String note) {
    }

    /**
     * Sets (or replaces) many targets at once, all or nothing, each checked as by {@link #set}: the
     * units are looked up in one query and the rows written in two batches (the demo's 510 targets
     * took two statements and a unit lookup each before). Returns how many were set.
     *
     * @throws IllegalArgumentException naming the first target that is not valid (nothing is written)
     */
    @Transactional
    public int setAll(List<NewTarget> targets, String user) {
        java.util.Set<Long> unitIds = new java.util.HashSet<>();
        java.util.Map<String, NewTarget> distinct = new java.util.LinkedHashMap<>();
        for (NewTarget t : targets) {
            check(t.indicator(), t.unitId(), t.year(), t.value());
            id(t.indicator());
            unitIds.add(t.unitId());
            distinct.put(t.unitId() + "/" + t.indicator() + "/" + t.year(), t); // the last of repeated ones wins, as with set
        }
        java.util.Set<Long> found = new java.util.HashSet<>();
        units.findAll(unitIds).forEach(u -> found.add(u.id()));
        for (Long id : unitIds) {
            if (!found.contains(id)) throw new IllegalArgumentException("unknown unit id " + id);
        }
        java.time.OffsetDateTime now = now();
        List<TargetRepository.Row> rows = distinct.values().stream()
                .map(t -> new TargetRepository.Row(t.unitId(), id(t.indicator()), t.year(), t.value(), t.note(), user, now)).toList();
        repository.upsertAll(rows);
        history.historyAll(rows.stream().map(r -> new ProposalRepository.HistoryRow(r.unitId(), r.indicatorId(), r.year(), "SET", null,
                r.value(), null, r.note(), null)).toList(), user, now);
        return distinct.size();
    }

    private static void check(String indicator, long unitId, int year, double value) {
        if (!Double.isFinite(value)) throw new IllegalArgumentException("target of " + indicator + " for unit " + unitId + " in " + year + " must be finite");
        if (year < 1000 || year > 9999) throw new IllegalArgumentException("target year " + year + " is not a four-digit year");
    }

    public Optional<Target> find(long unitId, String indicator, int year) {
        return repository.find(unitId, id(indicator), year).map(r -> new Target(r.unitId(), indicator, r.year(), r.value(), r.note(), r.setBy(), r.setAt()));
    }

    /** Targets of the given indicators for a year, for every unit that has one. */
    public List<Target> list(Collection<String> indicatorCodes, int year) {
        Map<Long, String> codes = new HashMap<>();
        Map<String, Long> ids = indicators.idsByCode();
        for (String c : indicatorCodes) {
            Long id = ids.get(c);
            if (id == null) throw new UnknownIndicatorException(c);
            codes.put(id, c);
        }
        return repository.list(codes.keySet(), year).stream()
                .map(r -> new Target(r.unitId(), codes.get(r.indicatorId()), r.year(), r.value(), r.note(), r.setBy(), r.setAt())).toList();
    }

    /** Every approved target of a year (all indicators, all units). */
    public List<Target> ofYear(int year) {
        Map<Long, String> codes = new HashMap<>();
        indicators.idsByCode().forEach((c, id) -> codes.put(id, c));
        return repository.list(codes.keySet(), year).stream()
                .map(r -> new Target(r.unitId(), codes.get(r.indicatorId()), r.year(), r.value(), r.note(), r.setBy(), r.setAt())).toList();
    }

    @Transactional
    public boolean delete(long unitId, String indicator, int year, String user) {
        long ind = id(indicator);
        Optional<TargetRepository.Row> old = repository.find(unitId, ind, year);
        boolean deleted = repository.delete(unitId, ind, year);
        if (deleted) history.history(unitId, ind, year, "DELETED", old.get().value(), null, null, null, null, user, now());
        return deleted;
    }

    /** Times are stored in UTC, as the data values' are; "now" is the injected clock's. */
    private java.time.OffsetDateTime now() {
        return java.time.OffsetDateTime.now(clock).withOffsetSameInstant(java.time.ZoneOffset.UTC);
    }

    private long id(String code) {
        Long id = indicators.idsByCode().get(code);
        if (id == null) throw new UnknownIndicatorException(code);
        return id;
    }
}
