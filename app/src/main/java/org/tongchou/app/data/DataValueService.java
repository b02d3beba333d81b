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

    public DataValueService(DataValueRepository repository, IndicatorService indicators, UnitService units, Clock clock) {
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
        Map<Long, String> codes = invert(ids);
        ValueTable t = new ValueTable(unitIds, indicatorCodes, periods);
        Map<String, Period> byCode = new HashMap<>();
        for (Period p : periods) byCode.put(p.code(), p);
        List<Long> unitList = new ArrayList<>(unitIds.length);
        for (long u : unitIds) unitList.add(u);
        repository.select(ids.values(), byCode.keySet(), unitList, statuses,
                r -> t.set(codes.get(r.indicatorId()), byCode.get(r.period()), r.unitId(), r.value()));
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
        for (String problem : new String[] {ValueRules.storable(ind), ValueRules.periodFits(ind, w.period()),
                ValueRules.plausible(ind, w.value()), ValueRules.unitValid(unit, w.period())}) {
            if (problem != null) throw new BadInput(problem);
        }
        long id = id(w.indicator());
        Optional<DataValueRepository.Row> old = repository.find(id, w.period().code(), w.unitId());
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
                w.comment(), user, now());
        if (old.isPresent()) repository.update(now); else repository.insert(now);
        repository.audit(old.orElse(null), now, reason);
        return toValue(now, w.indicator());
    }

    /**
     * Moves a value along the workflow (submit, approve, return, back to draft).
     *
     * @param reason required when returning a value
     * @throws DataLockedException when the workflow does not allow the move (e.g. leaving APPROVED: use {@link #reopen})
     */
    @Transactional
    public DataValue transition(long unitId, String indicator, Period period, ValueStatus to, String user, String reason) {
        DataValueRepository.Row o = existing(unitId, indicator, period);
        if (o.status() == to) return toValue(o, indicator);
        if (!o.status().canMoveTo(to)) {
            throw new DataLockedException(indicator + " of unit " + unitId + " in " + period.code() + " cannot move from " + o.status() + " to " + to
                    + (o.status() == ValueStatus.APPROVED ? " (approved values are locked; reopen first)" : ""));
        }
        if (to == ValueStatus.RETURNED && (reason == null || reason.isBlank())) {
            throw new BadInput("returning " + indicator + " of unit " + unitId + " in " + period.code() + " needs a reason");
        }
        return changeStatus(o, indicator, to, user, reason);
    }

    /** Unlocks an approved value (it becomes RETURNED, so it can be corrected and submitted again). Audited with the reason. */
    @Transactional
    public DataValue reopen(long unitId, String indicator, Period period, String user, String reason) {
        if (reason == null || reason.isBlank()) throw new BadInput("reopening an approved value needs a reason");
        DataValueRepository.Row o = existing(unitId, indicator, period);
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

    private DataValue changeStatus(DataValueRepository.Row o, String indicator, ValueStatus to, String user, String reason) {
        DataValueRepository.Row now = new DataValueRepository.Row(o.indicatorId(), o.period(), o.unitId(), o.value(), to, o.source(),
                o.comment(), user, now());
        repository.update(now);
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
        return new DataValue(r.unitId(), indicator, Period.parse(r.period()), r.value(), r.status(), r.source(), r.comment(), r.updatedBy(), r.updatedAt());
    }

    /** Now, from the application's clock, as stored (UTC). */
    OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
