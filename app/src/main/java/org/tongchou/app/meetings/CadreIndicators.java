package org.tongchou.app.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tongchou.app.evaluation.RunInputSupplier;
import org.tongchou.app.evaluation.SuppliedInputs;
import org.tongchou.app.indicators.Indicator;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.periods.Period;
import org.tongchou.app.periods.PeriodType;
import org.tongchou.app.targets.ApprovedFigures;
import org.tongchou.app.targets.Target;
import org.tongchou.app.targets.TargetService;
import org.tongchou.app.units.AdminUnit;
import org.tongchou.app.units.UnitService;
import org.tongchou.engine.data.Direction;

/**
 * The cadre dimension (镇村干部队伍) reads the loop: for a run of a year Y, as of the injected clock's
 * day D (docs/meetings.md, "The cadre indicators"), per town:
 * <ul>
 * <li>commitments due ({@code commitments_due}) = the town's published commitments with a deadline in Y
 * that are decided by D: done on or before D, or not done with the deadline before D (a milestone; an
 * indicator commitment once the approved figure of its deadline's year has missed: before that it is
 * left out as awaiting data); withdrawn ones never count, nor those not yet due on D;</li>
 * <li>done on time ({@code commitments_done_on_time}) = those of them done on or before their deadline
 * (a milestone: the day the town declared it, once verified); the framework's formula then gives
 * 承诺事项按时完成率 = done on time ÷ due × 100;</li>
 * <li>目标任务完成率 ({@code target_completion_rate}) = 100 × the town's approved targets of Y met by the
 * approved figure of Y (≥ for more-is-better indicators, ≤ for less-is-better) ÷ those with an approved
 * figure; targets without a figure are left out, and so are the targets of the cadre indicators
 * themselves.</li>
 * </ul>
 * A town with nothing due (or no target judged) gets no computed value (NaN): the run then reads the
 * stored value as before, e.g. a typed one of a year before the city kept its commitments here, or
 * refuses the run naming the town when there is none; the run's notes say which towns. A year in which
 * no town has any basis is left to the stored values altogether (no note). Only yearly
 * runs are supplied. Before computing, the daily check runs, so that statuses are those of day D.
 * Each run records every commitment and target counted or left out ({@code cadre_run_input}).
 */
@Component
class CadreIndicators implements RunInputSupplier {
    private final CommitmentRepository commitments;
    private final CommitmentChecks checks;
    private final TargetService targets;
    private final ApprovedFigures figures;
    private final IndicatorService indicators;
    private final UnitService units;
    private final CadreInputRepository inputs;
    private final Clock clock;
    private final String dueCode;
    private final String onTimeCode;
    private final String targetRateCode;

    CadreIndicators(CommitmentRepository commitments, CommitmentChecks checks, TargetService targets, ApprovedFigures figures,
                    IndicatorService indicators, UnitService units, CadreInputRepository inputs, Clock clock,
                    @Value("${tongchou.meetings.cadre.commitments-due:commitments_due}") String dueCode,
                    @Value("${tongchou.meetings.cadre.commitments-on-time:commitments_done_on_time}") String onTimeCode,
                    @Value("${tongchou.meetings.cadre.target-completion:target_completion_rate}") String targetRateCode) {
        this.commitments = commitments;
        this.checks = checks;
        this.targets = targets;
        this.figures = figures;
        this.indicators = indicators;
        this.units = units;
        this.inputs = inputs;
        this.clock = clock;
        this.dueCode = dueCode;
        this.onTimeCode = onTimeCode;
        this.targetRateCode = targetRateCode;
    }

    /** The values of one run and what fed them. */
    record Computed(Map<String, double[]> columns, List<String> notes, List<CadreInput> inputs) {
    }

    @Override
    public SuppliedInputs supply(Period period, List<String> townCodes, Set<String> wanted) {
        boolean commitmentsWanted = wanted.contains(dueCode) && wanted.contains(onTimeCode);
        boolean targetsWanted = wanted.contains(targetRateCode);
        if (period.type() != PeriodType.YEAR || (!commitmentsWanted && !targetsWanted)) return SuppliedInputs.none();
        checks.run();
        Computed c = compute(period.year(), townCodes, LocalDate.now(clock), commitmentsWanted, targetsWanted);
        return new SuppliedInputs(c.columns(), c.notes(), runId -> inputs.insert(runId, c.inputs()));
    }

    /** The cadre indicators of the towns for year Y as of day D, with what fed them. */
    Computed compute(int year, List<String> townCodes, LocalDate day, boolean commitmentsWanted, boolean targetsWanted) {
        int n = townCodes.size();
        double[] due = nan(n);
        double[] onTime = nan(n);
        double[] rate = nan(n);
        List<CadreInput> fed = new ArrayList<>();
        List<String> noCommitments = new ArrayList<>();
        List<String> noTargets = new ArrayList<>();
        // read once for all towns (a province has a thousand, the country 41,352): commitments of the year by town,
        // targets of the year by unit, the towns' units at the end of the year
        Map<String, List<Commitment>> commitmentsByTown = new java.util.HashMap<>();
        if (commitmentsWanted) {
            for (Commitment c : commitments.find(CommitmentFilter.all().deadlines(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))) {
                commitmentsByTown.computeIfAbsent(c.townCode(), k -> new ArrayList<>()).add(c);
            }
        }
        Map<Long, List<Target>> targetsByUnit = new java.util.HashMap<>();
        Map<String, List<AdminUnit>> townUnits = Map.of();
        if (targetsWanted) {
            for (Target t : targets.ofYear(year)) targetsByUnit.computeIfAbsent(t.unitId(), k -> new ArrayList<>()).add(t);
            townUnits = units.findByCodes(townCodes);
        }
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        for (int t = 0; t < n; t++) {
            String town = townCodes.get(t);
            if (commitmentsWanted) {
                int[] counts = commitments(commitmentsByTown.getOrDefault(town, List.of()), town, day, fed);
                if (counts[0] > 0) {
                    due[t] = counts[0];
                    onTime[t] = counts[1];
                } else {
                    noCommitments.add(town);
                }
            }
            if (targetsWanted) {
                Optional<AdminUnit> unit = townUnits.getOrDefault(town, List.of()).stream()
                        .filter(u -> u.validOn(yearEnd) && u.level() == org.tongchou.app.units.UnitCode.lookupLevel(town)).findFirst();
                int[] counts = unit.isEmpty() ? new int[] {0, 0} : targets(year, town, unit.get(), targetsByUnit.getOrDefault(unit.get().id(), List.of()), fed);
                if (counts[0] > 0) rate[t] = 100.0 * counts[1] / counts[0];
                else noTargets.add(town);
            }
        }
        Map<String, double[]> cols = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        // a year without any basis (e.g. before the city kept its commitments here) reads the stored values silently
        commitmentsWanted &= noCommitments.size() < n;
        targetsWanted &= noTargets.size() < n;
        if (commitmentsWanted) {
            cols.put(dueCode, due);
            cols.put(onTimeCode, onTime);
            notes.add(String.format(Locale.ROOT, "%s and %s of %d computed from the commitments as of %s for %d of %d towns%s", dueCode, onTimeCode,
                    year, day, n - noCommitments.size(), n, noCommitments.isEmpty() ? "" : "; no commitment due (stored value used): " + names(noCommitments, year)));
        }
        if (targetsWanted) {
            cols.put(targetRateCode, rate);
            notes.add(String.format(Locale.ROOT, "%s of %d computed from the approved targets and figures for %d of %d towns%s", targetRateCode, year,
                    n - noTargets.size(), n, noTargets.isEmpty() ? "" : "; no target judged (stored value used): " + names(noTargets, year)));
        }
        return new Computed(cols, notes, fed);
    }

    /** {due, on time} of one town's commitments with a deadline in the year ({@code mine}), each recorded with its outcome. */
    private int[] commitments(List<Commitment> mine, String town, LocalDate day, List<CadreInput> fed) {
        int due = 0;
        int onTime = 0;
        for (Commitment c : mine) {
            CadreInput.Outcome o;
            String why;
            boolean doneBy = c.status() == CommitmentStatus.DONE && c.doneOn() != null && !c.doneOn().isAfter(day);
            if (!c.published()) {
                o = CadreInput.Outcome.LEFT_OUT;
                why = CadreDetails.of("notPublished");
            } else if (c.status() == CommitmentStatus.WITHDRAWN) {
                o = CadreInput.Outcome.LEFT_OUT;
                why = CadreDetails.of("withdrawn");
            } else if (doneBy) {
                o = c.doneOnTime() ? CadreInput.Outcome.ON_TIME : CadreInput.Outcome.LATE;
                why = CadreDetails.of("doneOn", c.doneOn(), c.deadline());
            } else if (!c.deadline().isBefore(day)) {
                o = CadreInput.Outcome.LEFT_OUT;
                why = CadreDetails.of("notYetDue", day, c.deadline());
            } else if (c.kind() == CommitmentKind.INDICATOR && c.status() != CommitmentStatus.OVERDUE && c.status() != CommitmentStatus.DONE) {
                o = CadreInput.Outcome.LEFT_OUT;
                why = CadreDetails.of("awaitingFigure", c.deadline().getYear());
            } else {
                o = CadreInput.Outcome.NOT_DONE;
                why = c.review() == Review.PENDING ? CadreDetails.of("notDoneDeclared", c.deadline(), c.declaredOn()) : CadreDetails.of("notDone", c.deadline());
            }
            if (o == CadreInput.Outcome.ON_TIME) onTime++;
            if (o == CadreInput.Outcome.ON_TIME || o == CadreInput.Outcome.LATE || o == CadreInput.Outcome.NOT_DONE) due++;
            fed.add(new CadreInput(town, dueCode, CadreInput.ItemKind.COMMITMENT, Long.toString(c.id()), o, why));
        }
        return new int[] {due, onTime};
    }

    /** {judged, met} of one town's approved targets of the year ({@code ofUnit}: those of its unit), each recorded with its outcome. */
    private int[] targets(int year, String town, AdminUnit unit, List<Target> ofUnit, List<CadreInput> fed) {
        Set<String> cadre = Set.of(dueCode, onTimeCode, targetRateCode, "commitments_on_time_rate");
        int judged = 0;
        int met = 0;
        for (Target t : ofUnit) {
            String ref = t.indicator() + "/" + year;
            if (cadre.contains(t.indicator())) {
                fed.add(new CadreInput(town, targetRateCode, CadreInput.ItemKind.TARGET, ref, CadreInput.Outcome.LEFT_OUT, CadreDetails.of("cadreItself")));
                continue;
            }
            Optional<Indicator> ind = indicators.find(t.indicator());
            double v = ind.isEmpty() ? Double.NaN : figures.figure(t.indicator(), t.unitId(), Period.year(year));
            if (Double.isNaN(v)) {
                fed.add(new CadreInput(town, targetRateCode, CadreInput.ItemKind.TARGET, ref, CadreInput.Outcome.LEFT_OUT, CadreDetails.of("noFigure")));
                continue;
            }
            boolean less = ind.get().direction() == Direction.NEGATIVE;
            boolean ok = less ? v <= t.value() : v >= t.value();
            judged++;
            if (ok) met++;
            fed.add(new CadreInput(town, targetRateCode, CadreInput.ItemKind.TARGET, ref, ok ? CadreInput.Outcome.MET : CadreInput.Outcome.MISSED,
                    CadreDetails.of(less ? "figureAtMost" : "figureAtLeast", CommitmentChecks.fmt(v), CommitmentChecks.fmt(t.value()))));
        }
        return new int[] {judged, met};
    }

    private String names(List<String> codes, int year) {
        List<String> out = new ArrayList<>();
        LocalDate end = LocalDate.of(year, 12, 31);
        Map<String, List<AdminUnit>> found = units.findByCodes(codes);
        for (String c : codes) {
            String name = found.getOrDefault(c, List.of()).stream().filter(u -> u.validOn(end)).map(AdminUnit::name).findFirst().orElse(c);
            out.add(name + " (" + c + ")");
        }
        return String.join(", ", out);
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    /** What fed a run's cadre indicators (one town, or all when null). */
    List<CadreInput> ofRun(long runId, String townCode) {
        return inputs.ofRun(runId, townCode);
    }

    /** As {@link #ofRun(long, String)}, only of the towns of {@code area} (a leader of an area's codes; null = every town). */
    List<CadreInput> ofRun(long runId, String townCode, java.util.Set<String> area) {
        List<CadreInput> all = inputs.ofRun(runId, townCode);
        return area == null ? all : all.stream().filter(i -> area.contains(i.townCode())).toList();
    }
}
