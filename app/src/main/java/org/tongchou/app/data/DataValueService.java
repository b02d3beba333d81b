package org.tongchou.app.data;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongchou.app.indicators.Indicator;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.indicators.UnknownIndicatorException;
import org.tongchou.app.periods.Period;
import org.tongchou.app.units.AdminUnit;
import org.tongchou.app.units.UnitService;
import org.tongchou.app.web.BadInput;

/**
 * Data values: bulk reads for the evaluation engine, single writes with their workflow and audit.
 * Every change (value, status, source or comment) writes one audit row with the old value and status;
 * writing what is already stored changes nothing and is not audited. Approved values are locked:
 * changing one needs {@link #reopen} first. Role checks (who may approve) belong to the web layer.
 */
@Service
public class DataValueService {
    private final DataValueRepository repository;
    private final IndicatorService indicators;
    private final UnitService units;

    private final Clock clock;

    /** A transaction of its own, to read what another transaction committed (the stored side of a conflict). */
    private final org.springframework.transaction.support.TransactionTemplate fresh;

    public DataValueService(DataValueRepository repository, IndicatorService indicators, UnitService units, Clock clock,
            org.springframework.transaction.PlatformTransactionManager transactions) {
        this.fresh = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.fresh.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.fresh.setReadOnly(true);
        this.clock = clock;
        this.repository = repository;
        this.indicators = indicators;
        this.units = units;
    }

    /**
     * Reads values as columns: one {@code double[]} per indicator and period aligned with {@code unitIds}
     * (NaN where no value is stored).
     *
     * @param statuses which statuses count (e.g. only {@link ValueStatus#APPROVED} for published results); null = all
     */
    @Transactional(readOnly = true)
    public ValueTable read(List<String> indicatorCodes, long[] unitIds, List<Period> periods, Set<ValueStatus> statuses) {
        Map<String, Long> ids = ids(indicatorCodes);
        ValueTable t = new ValueTable(unitIds, indicatorCodes, periods);
        Map<Long, Integer> indicatorAt = new HashMap<>();
        ids.forEach((code, id) -> indicatorAt.put(id, t.indicatorIndex(code)));
        Map<String, Integer> periodAt = new HashMap<>();
        for (int k = 0; k < periods.size(); k++) periodAt.put(periods.get(k).code(), t.periodIndex(periods.get(k)));
        String[] lastSource = {null};
        repository.readValues(ids.values(), periodAt.keySet(), unitIds, statuses, (indicatorId, period, unitId, value, source) -> {
            Integer i = indicatorAt.get(indicatorId);
            Integer p = periodAt.get(period);
            if (i != null && p != null) t.set(i, p, unitId, value);
            if (source != null && !source.equals(lastSource[0])) {
                t.source(source);
                lastSource[0] = source;
            }
        });
        return t;
    }

    /** {@link #read(List, long[], List, Set)} with every status. */
    public ValueTable read(List<String> indicatorCodes, long[] unitIds, List<Period> periods) {
        return read(indicatorCodes, unitIds, periods, null);
    }

    /**
     * Values as rows, ordered by indicator, period and unit.
     *
     * @param unitIds null = every unit
     * @param periods null = every period
     */
    @Transactional(readOnly = true)
    public List<DataValue> list(Collection<String> indicatorCodes, Collection<Long> unitIds, Collection<Period> periods) {
        Map<String, Long> ids = ids(indicatorCodes);
        Map<Long, String> codes = invert(ids);
        List<DataValue> out = new ArrayList<>();
        repository.select(ids.values(), periods == null ? null : periods.stream().map(Period::code).toList(), unitIds, null,
                r -> out.add(toValue(r, codes.get(r.indicatorId()))));
        return out;
    }

    public Optional<DataValue> find(long unitId, String indicator, Period period) {
        long id = id(indicator);
        return repository.find(id, period.code(), unitId).map(r -> toValue(r, indicator));
    }

    /**
     * Stores one value. Refused when the indicator is unknown or derived, the period finer than its
     * periodicity, the value outside the plausible range, the unit unknown or not valid in the period,
     * or the stored value approved (locked).
     *
     * @param reason why (kept in the audit row), may be null
     * @return the stored value (unchanged if the same value, status, source and comment were already there)
     */
    @Transactional
    public DataValue write(ValueWrite w, String user, String reason) {
        Indicator ind = indicators.find(w.indicator()).orElseThrow(() -> new UnknownIndicatorException(w.indicator()));
        AdminUnit unit = units.find(w.unitId()).orElseThrow(() -> new IllegalArgumentException("unknown unit id " + w.unitId()));
        for (String problem : new String[] {ValueRules.storable(ind, false), ValueRules.periodFits(ind, w.period()),
                ValueRules.plausible(ind, w.value()), ValueRules.unitValid(unit, w.period()), ValueRules.levelFits(ind, unit)}) {
            if (problem != null) throw new BadInput(problem);
        }
        long id = id(w.indicator());
        Optional<DataValueRepository.Row> old = repository.find(id, w.period().code(), w.unitId());
        long stored = old.map(DataValueRepository.Row::version).orElse(0L);
        if (w.expectedVersion() != null && w.expectedVersion() != stored) {
            throw stale(unit, w.indicator(), w.period(), w.value(), w.expectedVersion(), old.orElse(null));
        }
        if (old.isPresent()) {
            DataValueRepository.Row o = old.get();
            if (o.value() == w.value() && o.status() == w.status() && Objects.equals(o.source(), w.source()) && Objects.equals(o.comment(), w.comment())) {
                return toValue(o, w.indicator());
            }
            if (!o.status().editable()) {
                throw new DataLockedException(w.indicator() + " of unit " + unit.code() + " in " + w.period().code()
                        + " is approved and locked; an analyst must reopen it first");
            }
        }
        DataValueRepository.Row now = new DataValueRepository.Row(id, w.period().code(), w.unitId(), w.value(), w.status(), w.source(),
                w.comment(), user, now(), stored + 1);
        if (old.isPresent()) {
            // only if no one changed the value since it was read above (another transaction may have, in between)
            if (!updated(now)) throw stale(unit, w.indicator(), w.period(), w.value(), stored, current(id, w.period(), w.unitId()));
        } else {
            try {
                repository.insert(now);
            } catch (org.springframework.dao.DuplicateKeyException e) {
                throw stale(unit, w.indicator(), w.period(), w.value(), 0L, current(id, w.period(), w.unitId()));
            }
        }
        repository.audit(old.orElse(null), now, reason);
        return toValue(now, w.indicator());
    }

    /**
     * The optimistic update; false when the value is no longer at the version read, or when the database reports the
     * concurrent update itself (H2 may, instead of re-reading the row another transaction changed).
     */
    private boolean updated(DataValueRepository.Row now) {
        try {
            return repository.update(now);
        } catch (org.springframework.dao.ConcurrencyFailureException e) {
            return false;
        }
    }

    /** The stored row now, read outside the caller's transaction (it may see a concurrent commit), or null. */
    private DataValueRepository.Row current(long indicatorId, Period period, long unitId) {
        return fresh.execute(s -> repository.find(indicatorId, period.code(), unitId).orElse(null));
    }

    private StaleValueException stale(AdminUnit unit, String indicator, Period period, Double yours, Long yourVersion, DataValueRepository.Row stored) {
        String now = stored == null ? "nothing is stored" : "it is " + ValueRules.fmt(stored.value()) + " (" + stored.status() + ", version "
                + stored.version() + ", by " + stored.updatedBy() + ")";
        return new StaleValueException(indicator + " of unit " + unit.code() + " in " + period.code() + " was changed by someone else since"
                + (yourVersion == null ? " it was read" : " version " + yourVersion) + ": " + now + "; nothing was written",
                List.of(new StaleValueException.Stale(unit.code(), indicator, period.code(), yours, yourVersion, stored == null ? null : stored.value(),
                        stored == null ? null : stored.status(), stored == null ? 0 : stored.version(), stored == null ? null : stored.updatedBy(),
                        stored == null ? null : stored.updatedAt())));
    }

    /**
     * Moves a value along the workflow (submit, approve, return, back to draft).
     *
     * @param reason required when returning a value
     * @throws DataLockedException when the workflow does not allow the move (e.g. leaving APPROVED: use {@link #reopen})
     */
    @Transactional
    public DataValue transition(long unitId, String indicator, Period period, ValueStatus to, String user, String reason) {
        return transition(unitId, indicator, period, to, user, reason, null);
    }

    /**
     * As {@link #transition(long, String, Period, ValueStatus, String, String)}, refused ({@link StaleValueException})
     * when the stored version is not {@code expectedVersion} (null: not checked against what the caller saw).
     */
    @Transactional
    public DataValue transition(long unitId, String indicator, Period period, ValueStatus to, String user, String reason, Long expectedVersion) {
        DataValueRepository.Row o = existing(unitId, indicator, period);
        checkVersion(o, indicator, period, expectedVersion);
        if (o.status() == to) return toValue(o, indicator);
        if (!o.status().canMoveTo(to)) {
            throw new DataLockedException(indicator + " of unit " + unitId + " in " + period.code() + " cannot move from " + o.status() + " to " + to
                    + (o.status() == ValueStatus.APPROVED ? " (approved values are locked; reopen first)" : ""));
        }
        if (to == ValueStatus.RETURNED && (reason == null || reason.isBlank())) {
            throw new BadInput("returning " + indicator + " of unit " + unitId + " in " + period.code() + " needs a reason");
        }
        reasonFits(reason);
        return changeStatus(o, indicator, to, user, reason);
    }

    /** The most a reason (of a return or reopening) holds, as its column. */
    static final int MAX_REASON = 2000;

    private static void reasonFits(String reason) {
        if (reason != null && reason.length() > MAX_REASON) {
            throw new BadInput("the reason has " + reason.length() + " characters; at most " + MAX_REASON);
        }
    }

    /** Unlocks an approved value (it becomes RETURNED, so it can be corrected and submitted again). Audited with the reason. */
    @Transactional
    public DataValue reopen(long unitId, String indicator, Period period, String user, String reason) {
        return reopen(unitId, indicator, period, user, reason, null);
    }

    /** As {@link #reopen(long, String, Period, String, String)}, refused when the stored version is not {@code expectedVersion}. */
    @Transactional
    public DataValue reopen(long unitId, String indicator, Period period, String user, String reason, Long expectedVersion) {
        if (reason == null || reason.isBlank()) throw new BadInput("reopening an approved value needs a reason");
        reasonFits(reason);
        DataValueRepository.Row o = existing(unitId, indicator, period);
        checkVersion(o, indicator, period, expectedVersion);
        if (o.status() != ValueStatus.APPROVED) {
            throw new DataLockedException(indicator + " of unit " + unitId + " in " + period.code() + " is " + o.status() + ", not approved");
        }
        return changeStatus(o, indicator, ValueStatus.RETURNED, user, reason);
    }

    /** Every change of one value, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(long unitId, String indicator, Period period) {
        return repository.history(id(indicator), period.code(), unitId).stream()
                .map(a -> new AuditEntry(a.id(), a.unitId(), indicator, Period.parse(a.period()), a.oldValue(), a.newValue(),
                        a.oldStatus() == null ? null : ValueStatus.valueOf(a.oldStatus()), ValueStatus.valueOf(a.newStatus()),
                        a.changedBy(), a.changedAt(), a.reason(), a.importId()))
                .toList();
    }

    public long count() {
        return repository.count();
    }

    public long auditCount() {
        return repository.auditCount();
    }

    private void checkVersion(DataValueRepository.Row o, String indicator, Period period, Long expected) {
        if (expected != null && expected != o.version()) {
            throw stale(units.find(o.unitId()).orElseThrow(), indicator, period, null, expected, o);
        }
    }

    private DataValue changeStatus(DataValueRepository.Row o, String indicator, ValueStatus to, String user, String reason) {
        DataValueRepository.Row now = new DataValueRepository.Row(o.indicatorId(), o.period(), o.unitId(), o.value(), to, o.source(),
                o.comment(), user, now(), o.version() + 1);
        if (!updated(now)) {
            Period p = Period.parse(o.period());
            throw stale(units.find(o.unitId()).orElseThrow(), indicator, p, null, o.version(), current(o.indicatorId(), p, o.unitId()));
        }
        repository.audit(o, now, reason);
        return toValue(now, indicator);
    }

    private DataValueRepository.Row existing(long unitId, String indicator, Period period) {
        return repository.find(id(indicator), period.code(), unitId).orElseThrow(
                () -> new BadInput("no value of " + indicator + " for unit " + unitId + " in " + period.code()));
    }

    private long id(String code) {
        Long id = indicators.idsByCode().get(code);
        if (id == null) throw new UnknownIndicatorException(code);
        return id;
    }

    private Map<String, Long> ids(Collection<String> codes) {
        Map<String, Long> all = indicators.idsByCode();
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        for (String c : codes) {
            Long id = all.get(c);
            if (id == null) throw new UnknownIndicatorException(c);
            out.put(c, id);
        }
        return out;
    }

    private static Map<Long, String> invert(Map<String, Long> ids) {
        Map<Long, String> out = new HashMap<>();
        ids.forEach((c, id) -> out.put(id, c));
        return out;
    }

    private static DataValue toValue(DataValueRepository.Row r, String indicator) {
        return new DataValue(r.unitId(), indicator, Period.parse(r.period()), r.value(), r.status(), r.source(), r.comment(), r.updatedBy(), r.updatedAt(),
                r.version());
    }

    /** Now, from the application's clock, as stored (UTC). */
    OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
