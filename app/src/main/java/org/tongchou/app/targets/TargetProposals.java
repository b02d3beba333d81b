package org.tongchou.app.targets;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongchou.app.data.CheckedValues;
import org.tongchou.app.data.DataImportService;
import org.tongchou.app.data.ImportOptions;
import org.tongchou.app.data.ImportProblem;
import org.tongchou.app.indicators.Aggregation;
import org.tongchou.app.indicators.Indicator;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.periods.Period;
import org.tongchou.app.periods.PeriodType;
import org.tongchou.app.units.AdminUnit;
import org.tongchou.app.units.UnitLevel;
import org.tongchou.app.units.UnitService;
import org.tongchou.app.web.Conflict;
import org.tongchou.app.web.FieldProblem;
import org.tongchou.app.web.FieldProblemsException;
import org.tongchou.app.web.NotFound;

/**
 * Targets on their way to approval: proposed on the page or through the API, imported from a CSV or
 * XLSX file (the data module's reader and checks), proposed from a unit's trend or by sharing a city
 * target out between its towns; approved (then written to the targets every module reads) or rejected
 * with a reason by an analyst. Every step is written to the target's history. Who may do what is the
 * web layer's check; this service checks the figures.
 */
@Service
class TargetProposals {
    private final ProposalRepository proposals;
    private final TargetRepository targets;
    private final IndicatorService indicators;
    private final UnitService units;
    private final ApprovedFigures figures;
    private final DataImportService imports;
    private final Clock clock;

    TargetProposals(ProposalRepository proposals, TargetRepository targets, IndicatorService indicators, UnitService units,
                    ApprovedFigures figures, DataImportService imports, Clock clock) {
        this.proposals = proposals;
        this.targets = targets;
        this.indicators = indicators;
        this.units = units;
        this.figures = figures;
        this.imports = imports;
        this.clock = clock;
    }

    /** One target to propose: unit by its 12-digit code, indicator code, year, value, and the basis text if any. */
    record Entry(String unitCode, String indicator, int year, double value, String note, String basis) {
    }

    /**
     * Proposes targets, all or nothing: every entry is checked (unit valid in the year, indicator
     * known, four-digit year, finite value within the indicator's plausible range) and all problems are
     * reported at once. A pending proposal of the same unit, indicator and year is superseded.
     *
     * @return the ids of the new proposals, in order
     * @throws FieldProblemsException listing every problem; nothing is written
     */
    @Transactional
    List<Long> propose(List<Entry> entries, TargetMethod method, String user) {
        List<FieldProblem> problems = new ArrayList<>();
        List<ProposalRepository.NewRow> rows = new ArrayList<>();
        Map<String, Long> ids = indicators.idsByCode();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String at = "targets[" + i + "]";
            Optional<Indicator> ind = indicators.find(e.indicator());
            if (ind.isEmpty()) problems.add(new FieldProblem(at + ".indicator", e.indicator(), "unknown indicator"));
            if (e.year() < 1000 || e.year() > 9999) problems.add(new FieldProblem(at + ".year", String.valueOf(e.year()), "is not a four-digit year"));
            if (!Double.isFinite(e.value())) {
                problems.add(new FieldProblem(at + ".value", String.valueOf(e.value()), "is not a finite number"));
            } else if (ind.isPresent() && !ind.get().plausible(e.value())) {
                problems.add(new FieldProblem(at + ".value", fmt(e.value()), "is outside the plausible range of " + e.indicator()
                        + " [" + (ind.get().min() == null ? "-∞" : fmt(ind.get().min())) + ", " + (ind.get().max() == null ? "∞" : fmt(ind.get().max())) + "]"));
            }
            Optional<AdminUnit> unit = e.year() >= 1000 && e.year() <= 9999 ? unitIn(e.unitCode(), e.year()) : Optional.empty();
            if (unit.isEmpty()) problems.add(new FieldProblem(at + ".unit", e.unitCode(), "no unit with this code is valid in " + e.year()));
            if (problems.isEmpty()) {
                rows.add(new ProposalRepository.NewRow(unit.get().id(), ids.get(e.indicator()), e.year(), e.value(), method, e.basis(), e.note()));
            }
        }
        if (!problems.isEmpty()) throw new TargetRefusedException(problems);
        OffsetDateTime now = now();
        List<Long> out = new ArrayList<>();
        for (ProposalRepository.NewRow r : rows) {
            long id = proposals.insert(r, user, now);
            Double old = targets.find(r.unitId(), r.indicatorId(), r.year()).map(TargetRepository.Row::value).orElse(null);
            proposals.history(r.unitId(), r.indicatorId(), r.year(), "PROPOSED", old, r.value(), method, r.note(), id, user, now);
            out.add(id);
        }
        return out;
    }

    /**
     * Approves pending proposals: each becomes the unit's approved target (replacing an earlier one,
     * whose value the history keeps). A proposal that is no longer pending is refused (409), nothing
     * is written.
     */
    @Transactional
    int approve(List<Long> ids, String user) {
        OffsetDateTime now = now();
        for (long id : ids) {
            TargetProposal p = pending(id);
            long ind = indicators.idsByCode().get(p.indicator());
            Double old = targets.find(p.unitId(), ind, p.year()).map(TargetRepository.Row::value).orElse(null);
            proposals.decide(id, TargetProposal.Status.APPROVED, user, now, null);
            targets.upsert(new TargetRepository.Row(p.unitId(), ind, p.year(), p.value(), p.note(), user, now));
            proposals.history(p.unitId(), ind, p.year(), "APPROVED", old, p.value(), p.method(), p.note(), id, user, now);
        }
        return ids.size();
    }

    /** Rejects a pending proposal; the reason is required and kept. */
    @Transactional
    void reject(long id, String reason, String user) {
        if (reason == null || reason.isBlank()) {
            throw new TargetRefusedException(List.of(new FieldProblem("reason", "", "a reason is required to reject a proposed target")));
        }
        TargetProposal p = pending(id);
        long ind = indicators.idsByCode().get(p.indicator());
        OffsetDateTime now = now();
        proposals.decide(id, TargetProposal.Status.REJECTED, user, now, reason.strip());
        proposals.history(p.unitId(), ind, p.year(), "REJECTED", p.approvedValue(), p.value(), p.method(), reason.strip(), id, user, now);
    }

    private TargetProposal pending(long id) {
        TargetProposal p = proposals.find(id).orElseThrow(() -> new NotFound("no proposed target " + id));
        if (p.status() != TargetProposal.Status.PENDING) {
            throw new Conflict("proposed target " + id + " is " + p.status().name().toLowerCase()
                    + ", not pending");
        }
        return p;
    }

    Optional<TargetProposal> find(long id) {
        return proposals.find(id);
    }

    List<TargetProposal> pending(int year) {
        return proposals.pending(year);
    }

    List<TargetProposal> ofYear(int year) {
        return proposals.ofYear(year, 500);
    }

    List<TargetChange> history(long unitId, String indicator, int year) {
        Long ind = indicators.idsByCode().get(indicator);
        return ind == null ? List.of() : proposals.history(unitId, ind, year);
    }

    /** What an import found: the proposals made, or the problems by row and column (then nothing was written). */
    record ImportOutcome(String source, int proposed, List<ImportProblem> problems, long problemCount) {
        public boolean ok() {
            return problemCount == 0;
        }
    }

    /**
     * Proposes the targets of a CSV or XLSX file in the layouts of the value import (long: unit,
     * indicator, period, value[, comment]; or wide), read and checked by the data module; the period is
     * the target's year, so only years are accepted. With any problem nothing is written.
     *
     * @param allowedUnit when not null, every row must be this unit (a town proposing its own targets)
     */
    @Transactional
    ImportOutcome importFile(Path file, String user, String allowedUnit) {
        CheckedValues checked = imports.check(file, new ImportOptions(null, null, true, null, user, null), true);
        if (!checked.ok()) return new ImportOutcome(checked.source(), 0, checked.problems(), checked.problemCount());
        List<ImportProblem> problems = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (CheckedValues.Value v : checked.values()) {
            if (v.period().type() != PeriodType.YEAR) {
                problems.add(new ImportProblem(v.row(), 0, "period", v.period().code(), "targets are annual: give a year, not a "
                        + v.period().type().name().toLowerCase()));
            } else if (allowedUnit != null && !allowedUnit.equals(v.unitCode())) {
                problems.add(new ImportProblem(v.row(), 0, "unit", v.unitCode(), "you may propose targets of " + allowedUnit + " only"));
            } else {
                entries.add(new Entry(v.unitCode(), v.indicator(), v.period().year(), v.value(), v.comment(), "imported from " + checked.source()));
            }
        }
        if (!problems.isEmpty()) return new ImportOutcome(checked.source(), 0, problems, problems.size());
        return new ImportOutcome(checked.source(), propose(entries, TargetMethod.IMPORTED, user).size(), List.of(), 0);
    }

    /** What a trend or share proposal did: how many were proposed, and the towns skipped with why. */
    record Outcome(int proposed, List<String> skipped) {
    }

    /**
     * Proposes a target for every town of {@code areaCode} (township-level units valid at the end of the
     * year) from its approved values of the {@code years} years before, by {@link TrendProposer}.
     * Towns without enough history are skipped and listed.
     */
    @Transactional
    Outcome proposeFromTrend(String areaCode, String indicator, int year, TrendProposer.Method method, int years, String user) {
        requireIndicator(indicator);
        if (years < 2 || years > 20) throw refused("years", String.valueOf(years), "use between 2 and 20 past years");
        List<AdminUnit> towns = towns(areaCode, year);
        List<Period> past = new ArrayList<>();
        for (int y = year - years; y < year; y++) past.add(Period.year(y));
        double[][] v = figures.figures(indicator, towns.stream().mapToLong(AdminUnit::id).toArray(), past);
        List<Entry> entries = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int t = 0; t < towns.size(); t++) {
            List<TrendProposer.Point> pts = new ArrayList<>();
            for (int p = 0; p < past.size(); p++) if (!Double.isNaN(v[p][t])) pts.add(new TrendProposer.Point(past.get(p).year(), v[p][t]));
            TrendProposer.Proposal prop = TrendProposer.propose(pts, year, method);
            if (prop.value() == null) {
                skipped.add(towns.get(t).name() + ": " + prop.problem());
                continue;
            }
            Indicator ind = indicators.find(indicator).orElseThrow();
            double value = round2(clamp(ind, prop.value()));
            entries.add(new Entry(towns.get(t).code(), indicator, year, value, null, prop.basis()));
        }
        return new Outcome(entries.isEmpty() ? 0 : propose(entries, TargetMethod.TREND, user).size(), skipped);
    }

    /**
     * Proposes the city's target of an indicator that adds up across towns and shares it out between
     * the area's towns by their approved values of {@code baseYear} ({@link CityShare}); the city's own
     * target is proposed too. Refused, naming the towns, when a base value is missing.
     */
    @Transactional
    Outcome proposeShare(String areaCode, String indicator, int year, double cityTarget, int baseYear, String user) {
        Indicator ind = requireIndicator(indicator);
        if (ind.derived() || ind.aggregation() != Aggregation.SUM) {
            throw refused("indicator", indicator, "only indicators that add up across towns (aggregation sum) can be shared out; "
                    + indicator + " aggregates by " + ind.aggregation().name().toLowerCase());
        }
        AdminUnit area = unitIn(areaCode, year).orElseThrow(() -> refused("area", areaCode, "no unit with this code is valid in " + year));
        List<AdminUnit> towns = towns(areaCode, year);
        double[][] base = figures.figures(indicator, towns.stream().mapToLong(AdminUnit::id).toArray(), List.of(Period.year(baseYear)));
        Map<String, Double> byTown = new LinkedHashMap<>();
        for (int t = 0; t < towns.size(); t++) byTown.put(towns.get(t).code(), Double.isNaN(base[0][t]) ? null : base[0][t]);
        CityShare.Result r = CityShare.share(cityTarget, byTown);
        if (!r.problems().isEmpty()) {
            throw new TargetRefusedException(r.problems().stream().map(p -> new FieldProblem("baseYear", String.valueOf(baseYear), p)).toList());
        }
        String basis = "city target " + fmt(cityTarget) + " of " + area.name() + " shared by the towns' approved " + baseYear + " values";
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(area.code(), indicator, year, cityTarget, null, "city target (shared out between its towns by " + baseYear + " values)"));
        for (AdminUnit t : towns) {
            double share = byTown.get(t.code()) / byTown.values().stream().mapToDouble(Double::doubleValue).sum();
            entries.add(new Entry(t.code(), indicator, year, r.targets().get(t.code()), null,
                    basis + ": share " + String.format(java.util.Locale.ROOT, "%.2f %%", share * 100)));
        }
        return new Outcome(propose(entries, TargetMethod.SHARED, user).size(), List.of());
    }

    /** The township-level units within an area valid at the end of the year, by code. */
    List<AdminUnit> towns(String areaCode, int year) {
        return units.withinCode(areaCode, LocalDate.of(year, 12, 31)).stream().filter(u -> u.level() == UnitLevel.TOWNSHIP).toList();
    }

    /** The version of the unit with this code valid at some time in the year (the latest such). */
    Optional<AdminUnit> unitIn(String code, int year) {
        if (code == null) return Optional.empty();
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year + 1, 1, 1);
        return units.findByCodes(List.of(code)).getOrDefault(code, List.of()).stream()
                .filter(u -> u.overlaps(from, to) && u.level() != UnitLevel.VILLAGE)
                .reduce((a, b) -> b.validFrom().isAfter(a.validFrom()) ? b : a);
    }

    private Indicator requireIndicator(String code) {
        return indicators.find(code).orElseThrow(() -> refused("indicator", code, "unknown indicator"));
    }

    private static TargetRefusedException refused(String field, String value, String why) {
        return new TargetRefusedException(List.of(new FieldProblem(field, value, why)));
    }

    private static double clamp(Indicator i, double v) {
        if (i.min() != null) v = Math.max(i.min(), v);
        if (i.max() != null) v = Math.min(i.max(), v);
        return v;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
