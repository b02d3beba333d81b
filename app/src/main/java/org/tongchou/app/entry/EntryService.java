package org.tongchou.app.entry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongchou.app.data.AuditEntry;
import org.tongchou.app.data.DataValue;
import org.tongchou.app.data.DataValueService;
import org.tongchou.app.data.StaleValueException;
import org.tongchou.app.data.ValueStatus;
import org.tongchou.app.data.ValueWrite;
import org.tongchou.app.indicators.Framework;
import org.tongchou.app.indicators.FrameworkNode;
import org.tongchou.app.indicators.FrameworkService;
import org.tongchou.app.indicators.Indicator;
import org.tongchou.app.indicators.IndicatorCatalog;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.periods.Period;
import org.tongchou.app.units.AdminUnit;
import org.tongchou.app.units.UnitLevel;
import org.tongchou.app.units.UnitService;
import org.tongchou.app.web.Conflict;
import org.tongchou.app.web.NotFound;

/**
 * Data entry and review of one unit and period: the form built from the primary framework, saving
 * drafts, submitting, approving and returning, each value's history. Scope checks (who may touch which
 * unit) and role checks (who may approve) are the web layer's; this service trusts its caller.
 *
 * <p>The form holds the framework's raw indicators, grouped by the dimension that first uses them
 * (derived indicators are replaced by their raw inputs), and only those whose periodicity allows the
 * period (a yearly indicator has no quarterly value). Indicators that Tongchou computes at every run
 * ({@link Indicator#computed()}: the cadre indicators from targets and commitments) are never on the form;
 * a value typed for one is refused naming why ({@link EntryProblem#COMPUTED}).
 */
@Service
public class EntryService {

    private final FrameworkService frameworks;
    private final IndicatorService indicators;
    private final DataValueService values;
    private final UnitService units;

    private final Clock clock;

    public EntryService(FrameworkService frameworks, IndicatorService indicators, DataValueService values, UnitService units, Clock clock) {
        this.clock = clock;
        this.frameworks = frameworks;
        this.indicators = indicators;
        this.values = values;
        this.units = units;
    }

    /** The unit valid today (Beijing time) with this code, or 404. */
    public AdminUnit unit(String unitCode) {
        try {
            return units.findByCode(unitCode, today()).orElseThrow(
                    () -> new NotFound("no unit with code " + unitCode + " is valid today"));
        } catch (IllegalArgumentException malformed) {
            throw new NotFound("'" + unitCode + "' is not a unit code");
        }
    }

    /** The villages (units directly below) of a unit, as valid today. */
    public List<AdminUnit> children(AdminUnit unit) {
        return units.children(unit.id(), today());
    }

    /** Township-level units valid today, ordered by code. */
    public List<AdminUnit> towns() {
        return units.atLevel(UnitLevel.TOWNSHIP, today());
    }

    /** The form with what is stored. */
    @Transactional(readOnly = true)
    public EntryForm form(String unitCode, Period period) {
        return build(unit(unitCode), period, Map.of(), false);
    }

    /**
     * The form with typed values over the stored ones, every field checked. Used to check as the user
     * types (nothing is written).
     *
     * @param forSubmit whether an outlier without a comment counts as a problem
     */
    @Transactional(readOnly = true)
    public EntryForm check(String unitCode, Period period, Collection<EntryInput> inputs, boolean forSubmit) {
        return build(unit(unitCode), period, byCode(inputs), forSubmit);
    }

    /**
     * Saves typed values: as drafts, or all of the form's values submitted. Every value is checked
     * first; if any has a problem (or, when submitting, an outlier has no comment) nothing is written.
     * An empty field leaves a stored value alone (values are never deleted here). A draft save keeps
     * the status of values whose value and comment did not change, and makes changed ones DRAFT.
     *
     * @return the form as stored afterwards
     * @throws EntryRejectedException listing every problem
     */
    @Transactional
    public EntryForm save(String unitCode, Period period, Collection<EntryInput> inputs, boolean submit, String user) {
        AdminUnit unit = unit(unitCode);
        Map<String, EntryInput> typed = byCode(inputs);
        EntryForm checked = build(unit, period, typed, submit);
        List<EntryRejectedException.Rejection> problems = new ArrayList<>();
        for (String code : typed.keySet()) {
            if (checked.field(code) == null) {
                boolean computed = indicators.find(code).map(Indicator::computed).orElse(false);
                problems.add(new EntryRejectedException.Rejection(code, typed.get(code).value(), computed
                        ? EntryProblem.of(EntryProblem.COMPUTED, code, null, null)
                        : EntryProblem.of(EntryProblem.NOT_IN_FORM, period.type().name().toLowerCase(java.util.Locale.ROOT), null, null)));
            }
        }
        for (EntryField f : checked.fields()) {
            String shown = f.value() == null ? typed.getOrDefault(f.indicator().code(), new EntryInput(f.indicator().code(), "", null)).value()
                    : EntryChecks.fmt(f.value());
            for (EntryProblem p : f.problems()) problems.add(new EntryRejectedException.Rejection(f.indicator().code(), shown, p));
            if (f.needsComment()) {
                problems.add(new EntryRejectedException.Rejection(f.indicator().code(), shown,
                        new EntryProblem(EntryProblem.OUTLIER, EntryChecks.fmt(f.value()), EntryChecks.fmt(f.lastYear()), null)));
            }
        }
        if (submit && checked.fields().stream().noneMatch(f -> f.value() != null)) {
            problems.add(new EntryRejectedException.Rejection("values", null, EntryProblem.of(EntryProblem.NOTHING_TO_SUBMIT, null, null, null)));
        }
        if (!problems.isEmpty()) {
            throw new EntryRejectedException(EntryProblem.of(EntryProblem.REJECTED, problems.size(), unit.code(), period.code()), problems, checked);
        }
        Map<String, DataValue> stored = stored(unit.id(), codes(checked), period);
        stale(unit, period, typed, stored);
        for (EntryField f : checked.fields()) {
            if (f.value() == null || f.locked()) continue;
            DataValue old = stored.get(f.indicator().code());
            boolean same = old != null && old.value() == f.value() && Objects.equals(old.comment(), f.comment());
            ValueStatus status = submit ? ValueStatus.SUBMITTED : same ? old.status() : ValueStatus.DRAFT;
            // the version read here: a change by someone else from now until the write is refused by the data service
            values.write(new ValueWrite(unit.id(), f.indicator().code(), period, f.value(), status, old == null ? "entry" : old.source(),
                    f.comment(), old == null ? 0L : old.version()), user, submit ? "submitted" : null);
        }
        return build(unit, period, Map.of(), false);
    }

    /**
     * Refuses ({@link StaleValueException}, nothing written) when a typed value was based on a version of the stored
     * value that is no longer the stored one: someone saved, approved, returned or reopened it since the form was read.
     */
    private void stale(AdminUnit unit, Period period, Map<String, EntryInput> typed, Map<String, DataValue> stored) {
        List<StaleValueException.Stale> out = new ArrayList<>();
        for (EntryInput in : typed.values()) {
            if (in.version() == null) continue;
            DataValue s = stored.get(in.indicator());
            long now = s == null ? 0 : s.version();
            if (now == in.version()) continue;
            Double yours = null;
            try {
                yours = in.value().isEmpty() ? null : EntryChecks.parse(in.value());
            } catch (NumberFormatException e) {
                // shown as no value: the stored one is what matters
            }
            out.add(new StaleValueException.Stale(unit.code(), in.indicator(), period.code(), yours, in.version(), s == null ? null : s.value(),
                    s == null ? null : s.status(), now, s == null ? null : s.updatedBy(), s == null ? null : s.updatedAt()));
        }
        if (!out.isEmpty()) {
            throw new StaleValueException(out.size() + " value(s) of " + unit.code() + " in " + period.code()
                    + " were changed by someone else since the form was read; nothing was written: " + describe(out), out);
        }
    }

    private static String describe(List<StaleValueException.Stale> stale) {
        StringBuilder b = new StringBuilder();
        for (StaleValueException.Stale s : stale) {
            if (b.length() > 0) b.append("; ");
            b.append(s.indicator()).append(": yours ").append(s.yourValue() == null ? "–" : EntryChecks.fmt(s.yourValue()))
                    .append(" (version ").append(s.yourVersion()).append("), stored ")
                    .append(s.storedValue() == null ? "–" : EntryChecks.fmt(s.storedValue()))
                    .append(s.storedStatus() == null ? "" : " " + s.storedStatus()).append(" (version ").append(s.storedVersion())
                    .append(s.storedBy() == null ? "" : ", by " + s.storedBy()).append(')');
        }
        return b.toString();
    }

    /** Approves every submitted value of the form (they become locked). Returns how many. */
    @Transactional
    public int approve(String unitCode, Period period, String user) {
        return approve(unitCode, period, user, null);
    }

    /**
     * Approves the submitted values of the form, each only at the version the reviewer saw ({@code seen}: indicator →
     * version; null = as stored now). A submitted value the reviewer did not see, or that changed since, refuses the
     * whole request ({@link StaleValueException}): approving is of what was reviewed.
     */
    @Transactional
    public int approve(String unitCode, Period period, String user, Map<String, Long> seen) {
        EntryForm form = form(unitCode, period);
        checkSeen(form, seen, f -> f.status() == ValueStatus.SUBMITTED);
        int n = 0;
        for (EntryField f : form.fields()) {
            if (f.status() == ValueStatus.SUBMITTED) {
                values.transition(form.unit().id(), f.indicator().code(), period, ValueStatus.APPROVED, user, "approved", f.version());
                n++;
            }
        }
        return n;
    }

    /**
     * The versions of the form as stored now, provided its entity tag is still {@code etag} (what the reviewer's page
     * showed); null when no tag is given; refused ({@link StaleValueException}) when the form changed since.
     */
    @Transactional(readOnly = true)
    public Map<String, Long> versionsIfUnchanged(String unitCode, Period period, String etag) {
        if (etag == null || etag.isBlank()) return null;
        EntryForm now = form(unitCode, period);
        if (now.etag().equals(etag)) return now.versions();
        List<StaleValueException.Stale> changed = new ArrayList<>();
        for (EntryField f : now.fields()) {
            if (f.version() > 0) changed.add(new StaleValueException.Stale(unitCode, f.indicator().code(), period.code(), null, null, f.value(), f.status(),
                    f.version(), null, f.updatedAt()));
        }
        throw new StaleValueException("the values of " + unitCode + " in " + period.code() + " changed since the page was shown; nothing was done",
                changed);
    }

    /** Refuses when a value the request acts on is not at the version the caller saw. */
    private void checkSeen(EntryForm form, Map<String, Long> seen, java.util.function.Predicate<EntryField> acted) {
        if (seen == null) return;
        List<StaleValueException.Stale> out = new ArrayList<>();
        for (EntryField f : form.fields()) {
            Long v = seen.get(f.indicator().code());
            boolean acts = acted.test(f);
            if ((v == null && acts) || (v != null && v != f.version())) {
                out.add(new StaleValueException.Stale(form.unit().code(), f.indicator().code(), form.period().code(), null, v, f.value(), f.status(),
                        f.version(), null, f.updatedAt()));
            }
        }
        if (!out.isEmpty()) {
            throw new StaleValueException(out.size() + " value(s) of " + form.unit().code() + " in " + form.period().code()
                    + " changed since you saw them; nothing was done: " + describe(out), out);
        }
    }

    /**
     * Returns submitted values to the reporter with a reason.
     *
     * @param indicatorCodes which; null or empty = every submitted value of the form
     * @throws IllegalArgumentException without a reason, or when a named value is not submitted
     */
    @Transactional
    public int returnValues(String unitCode, Period period, Collection<String> indicatorCodes, String reason, String user) {
        return returnValues(unitCode, period, indicatorCodes, reason, user, null);
    }

    /** As above, each value only at the version the reviewer saw ({@code seen}, null = as stored now). */
    @Transactional
    public int returnValues(String unitCode, Period period, Collection<String> indicatorCodes, String reason, String user, Map<String, Long> seen) {
        if (reason == null || reason.isBlank()) throw new EntryRequestException(EntryProblem.of(EntryProblem.RETURN_REASON, null, null, null));
        EntryForm form = form(unitCode, period);
        checkSeen(form, seen, f -> f.status() == ValueStatus.SUBMITTED
                && (indicatorCodes == null || indicatorCodes.isEmpty() || indicatorCodes.contains(f.indicator().code())));
        Set<String> wanted = indicatorCodes == null || indicatorCodes.isEmpty() ? null : new LinkedHashSet<>(indicatorCodes);
        int n = 0;
        for (EntryField f : form.fields()) {
            if (wanted != null && !wanted.remove(f.indicator().code())) continue;
            if (f.status() == ValueStatus.SUBMITTED) {
                values.transition(form.unit().id(), f.indicator().code(), period, ValueStatus.RETURNED, user, reason.strip(), f.version());
                n++;
            } else if (wanted != null) {
                throw new EntryRequestException(EntryProblem.of(EntryProblem.NOT_SUBMITTED, f.indicator().code(), unitCode, period.code()));
            }
        }
        if (wanted != null && !wanted.isEmpty()) {
            throw new EntryRequestException(EntryProblem.of(EntryProblem.UNKNOWN_INDICATORS, String.join(", ", wanted), unitCode, period.code()));
        }
        return n;
    }

    /**
     * Unlocks approved values so that they can be corrected: each becomes RETURNED with the reason,
     * which the data feature's audit keeps (shown in the value's history) and the reporter sees on the
     * form. All-or-nothing: a named value that is not approved refuses the whole request.
     *
     * @param indicatorCodes which; null or empty = every approved value of the form
     * @throws EntryRequestException without a reason, or when a named value is not approved or not on the form
     */
    @Transactional
    public int reopen(String unitCode, Period period, Collection<String> indicatorCodes, String reason, String user) {
        return reopen(unitCode, period, indicatorCodes, reason, user, null);
    }

    /** As above, each value only at the version the analyst saw ({@code seen}, null = as stored now). */
    @Transactional
    public int reopen(String unitCode, Period period, Collection<String> indicatorCodes, String reason, String user, Map<String, Long> seen) {
        if (reason == null || reason.isBlank()) throw new EntryRequestException(EntryProblem.of(EntryProblem.REOPEN_REASON, null, null, null));
        EntryForm form = form(unitCode, period);
        checkSeen(form, seen, f -> f.status() == ValueStatus.APPROVED
                && (indicatorCodes == null || indicatorCodes.isEmpty() || indicatorCodes.contains(f.indicator().code())));
        Set<String> wanted = indicatorCodes == null || indicatorCodes.isEmpty() ? null : new LinkedHashSet<>(indicatorCodes);
        List<EntryField> chosen = new ArrayList<>();
        for (EntryField f : form.fields()) {
            if (wanted != null && !wanted.remove(f.indicator().code())) continue;
            if (f.status() == ValueStatus.APPROVED) {
                chosen.add(f);
            } else if (wanted != null) {
                throw new EntryRequestException(EntryProblem.of(EntryProblem.NOT_APPROVED, f.indicator().code(), unitCode, period.code()));
            }
        }
        if (wanted != null && !wanted.isEmpty()) {
            throw new EntryRequestException(EntryProblem.of(EntryProblem.UNKNOWN_INDICATORS, String.join(", ", wanted), unitCode, period.code()));
        }
        for (EntryField f : chosen) values.reopen(form.unit().id(), f.indicator().code(), period, user, reason.strip(), f.version());
        return chosen.size();
    }

    /**
     * Approves every submitted value of every township-level unit's own form for the period: the
     * review queue's "approve all", for an analyst who has checked the submissions.
     *
     * @return per unit code (in code order) how many values were approved; units with none are left out
     */
    @Transactional
    public Map<String, Integer> approveAll(Period period, String user) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (AdminUnit town : towns()) {
            int n = approve(town.code(), period, user);
            if (n > 0) out.put(town.code(), n);
        }
        return out;
    }

    /** Every change of one value, oldest first (empty when never stored). */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(String unitCode, Period period, String indicator) {
        AdminUnit unit = unit(unitCode);
        if (indicators.find(indicator).isEmpty()) {
            throw new NotFound("no indicator '" + indicator + "'");
        }
        return values.history(unit.id(), indicator, period);
    }

    /** Completeness of every town's own form for the period (villages not counted). */
    @Transactional(readOnly = true)
    public List<Completeness> completeness(Period period) {
        List<Completeness> out = new ArrayList<>();
        for (AdminUnit town : towns()) {
            EntryForm f = build(town, period, Map.of(), false);
            out.add(new Completeness(town, f.fields().size(), f.entered(), f.count(ValueStatus.DRAFT), f.count(ValueStatus.SUBMITTED),
                    f.count(ValueStatus.APPROVED), f.count(ValueStatus.RETURNED),
                    f.fields().stream().map(EntryField::updatedAt).filter(Objects::nonNull).max(java.util.Comparator.naturalOrder()).orElse(null),
                    f.etag()));
        }
        return out;
    }

    private EntryForm build(AdminUnit unit, Period period, Map<String, EntryInput> typed, boolean forSubmit) {
        Framework framework = frameworks.primary().orElseThrow(
                () -> new Conflict("no indicator framework is defined yet"));
        IndicatorCatalog catalog = indicators.catalog();
        EntryChecks checks = new EntryChecks(catalog);
        Map<FrameworkNode, List<Indicator>> layout = new LinkedHashMap<>();
        Set<String> placed = new LinkedHashSet<>();
        for (FrameworkNode d : framework.dimensions()) {
            List<Indicator> raw = new ArrayList<>();
            for (String code : d.indicatorCodes()) {
                for (String r : catalog.rawInputs(code)) {
                    Indicator i = catalog.get(r);
                    if (!i.computed() && i.reportedAt(unit.level().name()) && period.type().perYear() <= i.periodicity().perYear() && placed.add(r)) {
                        raw.add(i);
                    }
                }
            }
            if (!raw.isEmpty()) layout.put(d, raw);
        }
        Period lastYear = new Period(period.type(), period.year() - 1, period.index());
        Map<String, DataValue> now = stored(unit.id(), placed, period);
        Map<String, DataValue> before = stored(unit.id(), placed, lastYear);
        Map<String, Double> known = new HashMap<>();
        Map<String, String> notNumbers = new HashMap<>();
        for (String code : placed) {
            DataValue s = now.get(code);
            EntryInput in = typed.get(code);
            Double v = s == null ? null : s.value();
            if (in != null && !in.value().isEmpty()) {
                try {
                    v = EntryChecks.parse(in.value());
                } catch (NumberFormatException e) {
                    notNumbers.put(code, in.value());
                    v = null;
                }
            }
            if (v != null) known.put(code, v);
        }
        List<EntryGroup> groups = new ArrayList<>();
        layout.forEach((d, raw) -> {
            List<EntryField> fields = new ArrayList<>();
            for (Indicator i : raw) {
                String code = i.code();
                DataValue s = now.get(code);
                EntryInput in = typed.get(code);
                Double v = known.get(code);
                String comment = in != null ? in.comment() : s == null ? null : s.comment();
                Double ly = before.containsKey(code) ? before.get(code).value() : null;
                List<EntryProblem> problems = new ArrayList<>();
                if (notNumbers.containsKey(code)) {
                    problems.add(new EntryProblem(EntryProblem.NOT_NUMBER, notNumbers.get(code), null, null));
                } else if (v != null) {
                    if (s != null && s.status() == ValueStatus.APPROVED && (s.value() != v || !Objects.equals(s.comment(), comment))) {
                        problems.add(new EntryProblem(EntryProblem.LOCKED, null, null, null));
                    }
                    problems.addAll(checks.errors(i, v, known));
                }
                boolean needsComment = forSubmit && v != null && comment == null && EntryChecks.outlier(v, ly)
                        && (s == null || s.status() != ValueStatus.APPROVED);
                String reason = s != null && s.status() == ValueStatus.RETURNED ? returnReason(unit.id(), code, period) : null;
                fields.add(new EntryField(i, v, s == null ? null : s.status(), comment, ly, reason, s == null ? null : s.updatedAt(),
                        List.copyOf(problems), needsComment, s == null ? 0 : s.version()));
            }
            groups.add(new EntryGroup(d.code(), d.nameZh(), d.nameEn(), fields));
        });
        return new EntryForm(unit, period, groups);
    }

    private String returnReason(long unitId, String code, Period period) {
        List<AuditEntry> h = values.history(unitId, code, period);
        for (int k = h.size() - 1; k >= 0; k--) {
            if (h.get(k).newStatus() == ValueStatus.RETURNED && h.get(k).oldStatus() != ValueStatus.RETURNED) return h.get(k).reason();
        }
        return null;
    }

    private Map<String, DataValue> stored(long unitId, Collection<String> codes, Period period) {
        Map<String, DataValue> out = new HashMap<>();
        if (codes.isEmpty()) return out;
        for (DataValue v : values.list(codes, List.of(unitId), List.of(period))) out.put(v.indicator(), v);
        return out;
    }

    private static List<String> codes(EntryForm form) {
        return form.fields().stream().map(f -> f.indicator().code()).toList();
    }

    private static Map<String, EntryInput> byCode(Collection<EntryInput> inputs) {
        Map<String, EntryInput> out = new LinkedHashMap<>();
        for (EntryInput in : inputs) out.put(in.indicator(), in);
        return out;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
