package org.tongchou.app.reports;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tongchou.app.data.DataValue;
import org.tongchou.app.data.DataValueService;
import org.tongchou.app.data.ValueStatus;
import org.tongchou.app.evaluation.EvaluationPlan;
import org.tongchou.app.evaluation.EvaluationResults;
import org.tongchou.app.evaluation.EvaluationService;
import org.tongchou.app.evaluation.RankIntervals;
import org.tongchou.app.evaluation.RunDocumentation;
import org.tongchou.app.evaluation.RunInfo;
import org.tongchou.app.evaluation.RunResult;
import org.tongchou.app.evaluation.RobustnessStatus;
import org.tongchou.app.evaluation.RunRobustness;
import org.tongchou.engine.data.Direction;
import org.tongchou.app.indicators.FrameworkNode;
import org.tongchou.app.indicators.FrameworkService;
import org.tongchou.app.indicators.Indicator;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.meetings.AgendaPart;
import org.tongchou.app.meetings.Commitment;
import org.tongchou.app.meetings.CommitmentService;
import org.tongchou.app.meetings.Meeting;
import org.tongchou.app.meetings.MeetingItem;
import org.tongchou.app.meetings.MeetingService;
import org.tongchou.app.reports.ReportModel.*;
import org.tongchou.app.targets.Target;
import org.tongchou.app.targets.ProgressLight;
import org.tongchou.app.targets.ProgressProfile;
import org.tongchou.app.targets.TargetProgress;
import org.tongchou.app.targets.TargetService;
import org.tongchou.app.units.AdminUnit;
import org.tongchou.app.units.UnitService;
import org.tongchou.engine.coupling.CoordinationClass;
import org.tongchou.engine.coupling.CoordinationClasses;
import org.tongchou.engine.coupling.IntervalClosure;

/**
 * Builds the {@link ReportModel} of a run from stored results only (never recomputes): the run, the plan's
 * earlier published runs (trends, previous dimension ranks), the framework (the three concentrations are
 * the indicators of its {@code concentration} dimension), targets, the meeting that looked at the run and
 * the towns' commitments.
 */
@Component
class ReportBuilder {
    static final String CONCENTRATION = "concentration";
    static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final List<CoordinationClass> CLASSES = CoordinationClasses.chineseTenLevel(IntervalClosure.LOWER_CLOSED).classes();
    /** Index of 勉强协调 (barely coordinated) in the ten-level scheme: towns below it are named in the summary. */
    static final int BARELY = barely();
    private final EvaluationService evaluation;
    private final EvaluationResults results;
    private final RunDocumentation docs;
    private final FrameworkService frameworks;
    private final IndicatorService indicators;
    private final TargetService targets;
    private final UnitService units;
    private final DataValueService values;
    private final MeetingService meetings;
    private final CommitmentService commitments;
    private final MessageSource messages;
    private final Clock clock;
    private final TargetProgress progress;

    ReportBuilder(EvaluationService evaluation, EvaluationResults results, RunDocumentation docs, FrameworkService frameworks,
                  IndicatorService indicators, TargetService targets, UnitService units, DataValueService values, MeetingService meetings,
                  CommitmentService commitments, MessageSource messages, Clock clock, TargetProgress progress) {
        this.progress = progress;
        this.evaluation = evaluation;
        this.results = results;
        this.docs = docs;
        this.frameworks = frameworks;
        this.indicators = indicators;
        this.targets = targets;
        this.units = units;
        this.values = values;
        this.meetings = meetings;
        this.commitments = commitments;
        this.messages = messages;
        this.clock = clock;
    }

    private static int barely() {
        for (int k = 0; k < CLASSES.size(); k++) if (CLASSES.get(k).labelZh().contains("勉强协调")) return k;
        return 5;
    }

    /**
     * The run's robustness, asked for first when the run has none yet: a server computes it on a background
     * thread after the run (EvaluationService), and a pack made in the meantime would print rankings that do not
     * say how sure they are. Waits at most {@link #ROBUSTNESS_WAIT} (a city's run takes well under a second, a
     * nation's about a minute); a run whose plan changed since cannot have it and the pack says so.
     */
    private Optional<RunRobustness> robustnessOf(RunInfo run) {
        if (evaluation.robustnessStatus(run.id()).state() == RobustnessStatus.State.COMPUTED) return results.robustness(run);
        evaluation.requestRobustness(run.id());
        evaluation.awaitRobustness(run.id(), ROBUSTNESS_WAIT);
        return results.robustness(run);
    }

    private static final java.time.Duration ROBUSTNESS_WAIT = java.time.Duration.ofMinutes(3);

    ReportModel build(RunInfo run, Locale locale, String producedBy) {
        boolean zh = "zh".equals(locale.getLanguage());
        RunResult r = results.result(run);
        EvaluationPlan plan = evaluation.plan(run.planCode()).orElse(null);
        List<RunInfo> earlier = results.series(run.planCode(), false).stream()
                .filter(s -> s.period().compareTo(run.period()) < 0).toList();
        RunResult previous = earlier.isEmpty() ? null : results.result(earlier.get(earlier.size() - 1));
        List<RunInfo> series = new ArrayList<>(earlier);
        series.add(run);
        Optional<RunRobustness> rob = robustnessOf(run);
        Set<String> unclear = rob.map(RankIntervals::notClearlyAhead).orElse(Set.of());
        Map<String, String> townName = new LinkedHashMap<>();
        List<RunResult.UnitResult> byRank = r.units().stream().sorted(Comparator.comparingDouble(RunResult.UnitResult::rank)
                .thenComparing(RunResult.UnitResult::name)).toList();
        byRank.forEach(u -> townName.put(u.code(), u.name()));
        Map<String, Map<String, RunResult.NodeScore>> scores = index(r);
        String area = plan == null ? "" : plan.areaCode();
        String city = units.findByCodes(List.of(area)).getOrDefault(area, List.of()).stream().reduce((a, b) -> b).map(AdminUnit::name).orElse(area);
        Meeting meeting = meetings.list().stream().filter(m -> run.planCode().equals(m.planCode()) && run.period().code().equals(m.period()))
                .max(Comparator.comparing(Meeting::heldOn)).orElse(null);
        List<String> dims = r.weights().stream().filter(w -> w.kind() == RunResult.NodeKind.DIMENSION).map(RunResult.NodeWeight::code).toList();

        Cover cover = new Cover(msg("report.title", locale), city, meeting == null ? null : meeting.title(),
                meeting == null ? null : meeting.heldOn().toString(), meeting == null ? null : meeting.venue(), run.period().code(),
                plan == null ? run.planCode() : plan.name(), run.dataVersion(), run.synthetic(), run.id(), time(run.publishedAt()),
                time(OffsetDateTime.now(clock)), producedBy);

        Ranking composite = compositeRanking(byRank, rob, unclear, locale);
        List<Ranking> dimensions = dimensionRankings(r, previous, dims, scores, locale);
        List<String> dimNames = dims.stream().map(d -> docs.name(d, locale)).toList();

        List<GapRow> toLeader = gaps(r, byRank, dims, RunResult.Reference.LEADER);
        List<GapRow> toBench = r.benchmarkCode() == null ? List.of() : gaps(r, byRank, dims, RunResult.Reference.BENCHMARK);

        List<DisparityRow> disp = disparities(r, dims, locale);
        List<DisparityRow> trend = disparityTrend(run, r, series);

        List<CouplingRow> coupling = byRank.stream().filter(u -> !Double.isNaN(u.coordination()))
                .map(u -> new CouplingRow(u.code(), u.name(), n(u.uUrban()), n(u.uRural()), n(u.coupling()), n(u.development()),
                        n(u.coordination()), className(u.coordClass(), zh), u.coordClass() >= 0 && u.coordClass() < BARELY)).toList();

        List<Concentration> concentrations = concentrations(plan, r, series, locale, area);

        Map<String, Double> cityAvg = new HashMap<>();
        for (String d : dims) cityAvg.put(d, r.units().stream().mapToDouble(u -> scores.get(u.code()).get(d).score() * 100).average().orElse(Double.NaN));
        String bench = r.benchmarkCode();
        String reference = bench != null ? bench : r.leaderCode();
        Benchmark benchmark = null;
        if (bench != null && scores.containsKey(bench)) {
            RunResult.UnitResult b = r.units().stream().filter(u -> u.code().equals(bench)).findFirst().orElseThrow();
            benchmark = new Benchmark(bench, b.name(), (int) Math.round(b.rank()), n(b.score() * 100), dimensionRows(dims, scores, bench, bench, cityAvg, locale),
                    items(meeting, AgendaPart.SEE), items(meeting, AgendaPart.HEAR), items(meeting, AgendaPart.DISCUSS), items(meeting, AgendaPart.REQUIREMENT));
        }

        Map<String, Long> unitIds = unitIds(townName.keySet(), run);
        List<String> indicatorCodes = r.weights().stream().filter(w -> w.kind() == RunResult.NodeKind.INDICATOR).map(RunResult.NodeWeight::code).toList();
        TownFigures figures = new TownFigures(r, scores, dims, cityAvg, bench, unitIds, indicatorCodes,
                targetsByUnit(indicatorCodes, run), publishedCommitmentsByTown(), progress(run, locale), locale);
        List<TownPage> pages = new ArrayList<>();
        for (RunResult.UnitResult u : byRank) {
            RankRow rr = composite.rows().stream().filter(x -> x.code().equals(u.code())).findFirst().orElseThrow();
            pages.add(townPage(u, rr, figures, className(u.coordClass(), zh), townName.getOrDefault(reference, reference)));
        }

        Robustness robustness = rob.map(x -> new Robustness(x.replications(), x.seed(),
                x.strongest().map(s -> docs.assumption(s.assumption(), locale)).orElse(null),
                byRank.stream().filter(u -> unclear.contains(u.code())).map(RunResult.UnitResult::name).toList())).orElse(null);

        DataQuality quality = quality(run, townName, unitIds, indicatorCodes, locale);
        List<String> summary = Summary.sentences(messages, locale, run, city, composite, previous != null, trend, coupling, robustness,
                benchmark, toBench, toLeader, dimNames);
        return new ReportModel(locale, cover, summary, concentrations, composite, dimensions, dimNames, toLeader, toBench,
                new Disparity(disp, trend, splits(run, dims, locale)), coupling, benchmark, pages, robustness, docs.tables(run, locale), quality);
    }

    /** The composite ranking, with each town's rank interval where the run's robustness is known. */
    private Ranking compositeRanking(List<RunResult.UnitResult> byRank, Optional<RunRobustness> rob, Set<String> unclear, Locale locale) {
        return new Ranking(EvaluationPlan.ROOT, docs.name(EvaluationPlan.ROOT, locale), byRank.stream().map(u -> {
            Optional<RunRobustness.Interval> i = rob.flatMap(x -> x.interval(u.code()));
            Double q5 = i.map(RunRobustness.Interval::q5).orElse(null);
            Double q95 = i.map(RunRobustness.Interval::q95).orElse(null);
            return new RankRow(u.code(), u.name(), (int) Math.round(u.rank()), n(u.score() * 100), Figures.change(u.rankChange()), q5, q95,
                    Figures.interval(q5, q95), !unclear.contains(u.code()));
        }).toList());
    }

    /** One ranking per dimension, with the change of rank since the previous run (none without one). */
    private List<Ranking> dimensionRankings(RunResult r, RunResult previous, List<String> dims,
                                            Map<String, Map<String, RunResult.NodeScore>> scores, Locale locale) {
        Map<String, Map<String, RunResult.NodeScore>> prevScores = previous == null ? Map.of() : index(previous);
        List<Ranking> dimensions = new ArrayList<>();
        for (String d : dims) {
            List<RankRow> rows = r.units().stream().map(u -> {
                RunResult.NodeScore s = scores.get(u.code()).get(d);
                RunResult.NodeScore p = prevScores.getOrDefault(u.code(), Map.of()).get(d);
                double change = p == null ? Double.NaN : p.rank() - s.rank();
                return new RankRow(u.code(), u.name(), (int) Math.round(s.rank()), n(s.score() * 100), Figures.change(change), null, null, "", true);
            }).sorted(Comparator.comparingInt(RankRow::rank).thenComparing(RankRow::town)).toList();
            dimensions.add(new Ranking(d, docs.name(d, locale), rows));
        }
        return dimensions;
    }

    /** The disparity of the index and of each dimension in this run. */
    private List<DisparityRow> disparities(RunResult r, List<String> dims, Locale locale) {
        List<DisparityRow> disp = new ArrayList<>();
        for (RunResult.DisparityRow d : r.disparities()) {
            if (!d.subject().equals(EvaluationPlan.ROOT) && !dims.contains(d.subject())) continue;
            disp.add(new DisparityRow(docs.name(d.subject(), locale), n(d.cv()), n(d.gini()), n(d.theil())));
        }
        return disp;
    }

    /** The index's disparity in every run of the series up to this one. */
    private List<DisparityRow> disparityTrend(RunInfo run, RunResult r, List<RunInfo> series) {
        List<DisparityRow> trend = new ArrayList<>();
        for (RunInfo s : series) {
            RunResult sr = s.id() == run.id() ? r : results.result(s);
            sr.disparities().stream().filter(d -> d.subject().equals(EvaluationPlan.ROOT)).findFirst()
                    .ifPresent(d -> trend.add(new DisparityRow(s.period().code(), n(d.cv()), n(d.gini()), n(d.theil()))));
        }
        return trend;
    }

    /** The published commitments of every meeting, by town. */
    private Map<String, List<Commitment>> publishedCommitmentsByTown() {
        Map<String, List<Commitment>> commitmentsByTown = new HashMap<>();
        for (Meeting m : meetings.list()) {
            for (Commitment c : commitments.ofMeeting(m.id())) {
                if (c.published()) commitmentsByTown.computeIfAbsent(c.townCode(), k -> new ArrayList<>()).add(c);
            }
        }
        return commitmentsByTown;
    }

    /** The targets of the run's year for its indicators, by unit id and indicator. */
    private Map<Long, Map<String, Double>> targetsByUnit(List<String> indicatorCodes, RunInfo run) {
        Map<Long, Map<String, Double>> targetsByUnit = new HashMap<>();
        for (Target t : targets.list(indicatorCodes, run.period().year())) targetsByUnit.computeIfAbsent(t.unitId(), k -> new HashMap<>()).put(t.indicator(), t.value());
        return targetsByUnit;
    }

    /** What every town's page is made from: the run's figures, targets, commitments and progress. */
    private record TownFigures(RunResult r, Map<String, Map<String, RunResult.NodeScore>> scores, List<String> dims,
                               Map<String, Double> cityAvg, String bench, Map<String, Long> unitIds, List<String> indicatorCodes,
                               Map<Long, Map<String, Double>> targetsByUnit, Map<String, List<Commitment>> commitmentsByTown,
                               Map<String, Progress> progressByTown, Locale locale) {
    }

    /** A town's page of the pack: its rank, dimensions, main obstacles, gap, targets, progress and commitments. */
    private TownPage townPage(RunResult.UnitResult u, RankRow rr, TownFigures f, String coordinationClass, String referenceName) {
        Locale locale = f.locale();
        RunResult r = f.r();
        List<NameValue> obstacles = r.obstacles().stream()
                .filter(o -> o.unit().equals(u.code()) && o.kind() == RunResult.ItemKind.INDICATOR && !Double.isNaN(o.degree()))
                .sorted((a, b) -> Double.compare(b.degree(), a.degree())).limit(5)
                .map(o -> new NameValue(docs.name(o.code(), locale), n(o.degree() * 100))).toList();
        RunResult.Reference ref = f.bench() != null ? RunResult.Reference.BENCHMARK : RunResult.Reference.LEADER;
        List<NameValue> gap = r.gaps().stream().filter(g -> g.unit().equals(u.code()) && g.reference() == ref && g.kind() == RunResult.ItemKind.DIMENSION)
                .map(g -> new NameValue(docs.name(g.code(), locale), n(g.contribution() * 100))).toList();
        List<CommitmentRow> crows = f.commitmentsByTown().getOrDefault(u.code(), List.of()).stream()
                .sorted(Comparator.comparing(Commitment::deadline))
                .map(c -> new CommitmentRow(c.text(), c.deadline().toString(),
                        messages.getMessage("commitment.status." + c.status().name(), null, c.status().name(), locale))).toList();
        return new TownPage(u.code(), u.name(), rr.rank(), rr.score(), rr.change(), rr.interval(), rr.clear(),
                coordinationClass, dimensionRows(f.dims(), f.scores(), u.code(), f.bench(), f.cityAvg(), locale), obstacles, gap,
                referenceName, targetRows(u, f), f.progressByTown().get(u.code()), crows);
    }

    /** A town's targets of the run's indicators with the figures reached and the share completed (inverted for less-is-better). */
    private List<TargetRow> targetRows(RunResult.UnitResult u, TownFigures f) {
        List<TargetRow> trows = new ArrayList<>();
        Long id = f.unitIds().get(u.code());
        Map<String, Double> own = id == null ? Map.of() : f.targetsByUnit().getOrDefault(id, Map.of());
        for (String ind : f.indicatorCodes()) {
            Double target = own.get(ind);
            if (target == null) continue;
            RunResult.NodeScore ns = f.scores().get(u.code()).get(ind);
            Double actual = ns == null ? null : n(ns.raw());
            Optional<Indicator> indicator = indicators.find(ind);
            boolean less = indicator.map(i -> i.direction() == Direction.NEGATIVE).orElse(false);
            Double completion = actual == null || target == 0 || actual == 0 ? null : less ? target / actual : actual / target;
            trows.add(new TargetRow(docs.name(ind, f.locale()), indicator.map(Indicator::unit).orElse(""), target, actual, completion));
        }
        return trows;
    }

    private List<TheilSplitRow> splits(RunInfo run, List<String> dims, Locale locale) {
        List<TheilSplitRow> out = new ArrayList<>();
        for (org.tongchou.app.evaluation.RunGroups.TheilSplit t : results.groups(run).splits()) {
            if (!t.subject().equals(EvaluationPlan.ROOT) && !dims.contains(t.subject())) continue;
            out.add(new TheilSplitRow(docs.name(t.subject(), locale), messages.getMessage("units.level." + t.level().name(), null, t.level().name(), locale),
                    n(t.total()), n(t.between()), n(t.within()), n(t.betweenShare())));
        }
        return out;
    }

    private List<DimensionRow> dimensionRows(List<String> dims, Map<String, Map<String, RunResult.NodeScore>> scores, String town, String bench,
                                             Map<String, Double> cityAvg, Locale locale) {
        List<DimensionRow> out = new ArrayList<>();
        for (String d : dims) {
            RunResult.NodeScore s = scores.get(town).get(d);
            Double b = bench == null || !scores.containsKey(bench) ? null : n(scores.get(bench).get(d).score() * 100);
            out.add(new DimensionRow(d, docs.name(d, locale), n(s.score() * 100), n(cityAvg.get(d)), b, (int) Math.round(s.rank())));
        }
        return out;
    }

    private List<GapRow> gaps(RunResult r, List<RunResult.UnitResult> byRank, List<String> dims, RunResult.Reference ref) {
        List<GapRow> out = new ArrayList<>();
        for (RunResult.UnitResult u : byRank) {
            Map<String, Double> parts = new HashMap<>();
            for (RunResult.GapItem g : r.gaps()) {
                if (g.unit().equals(u.code()) && g.reference() == ref && g.kind() == RunResult.ItemKind.DIMENSION) parts.put(g.code(), g.contribution());
            }
            List<Double> by = dims.stream().map(d -> parts.containsKey(d) ? n(parts.get(d) * 100) : null).toList();
            out.add(new GapRow(u.code(), u.name(), n((ref == RunResult.Reference.LEADER ? u.gapLeader() : u.gapBenchmark()) * 100), by));
        }
        return out;
    }

    private List<Concentration> concentrations(EvaluationPlan plan, RunResult r, List<RunInfo> series, Locale locale, String area) {
        if (plan == null) return List.of();
        List<String> codes = frameworks.find(plan.frameworkCode())
                .flatMap(f -> f.dimensions().stream().filter(d -> d.code().equals(CONCENTRATION)).findFirst())
                .map(FrameworkNode::indicatorCodes).orElse(List.of());
        if (codes.isEmpty()) return List.of();
        List<RunInfo> shown = series.size() > 5 ? series.subList(series.size() - 5, series.size()) : series;
        List<Map<String, Map<String, RunResult.NodeScore>>> trendScores = shown.stream().map(s -> index(results.result(s))).toList();
        Map<String, Map<String, RunResult.NodeScore>> now = index(r);
        Map<String, Long> ids = unitIds(now.keySet(), series.get(series.size() - 1));
        Map<String, Map<Long, Double>> targetOf = new HashMap<>();
        for (Target t : targets.list(codes, series.get(series.size() - 1).period().year())) {
            targetOf.computeIfAbsent(t.indicator(), k -> new HashMap<>()).put(t.unitId(), t.value());
        }
        List<Concentration> out = new ArrayList<>();
        for (String c : codes) {
            List<ConcentrationRow> rows = new ArrayList<>();
            for (RunResult.UnitResult u : r.units().stream().sorted(Comparator.comparingDouble(RunResult.UnitResult::rank)).toList()) {
                List<Double> trend = trendScores.stream().map(m -> raw(m, u.code(), c)).toList();
                Long id = ids.get(u.code());
                rows.add(new ConcentrationRow(u.code(), u.name(), raw(now, u.code(), c), id == null ? null : targetOf.getOrDefault(c, Map.of()).get(id), trend));
            }
            Long areaId = ids.get(area);
            String unit = indicators.find(c).map(Indicator::unit).orElse("");
            out.add(new Concentration(c, docs.name(c, locale), unit, raw(now, area, c),
                    areaId == null ? null : targetOf.getOrDefault(c, Map.of()).get(areaId),
                    shown.stream().map(s -> s.period().code()).toList(), rows));
        }
        return out;
    }

    private Map<String, Long> unitIds(java.util.Collection<String> codes, RunInfo run) {
        Map<String, Long> out = new HashMap<>();
        units.findByCodes(codes).forEach((code, list) -> list.stream()
                .filter(u -> u.validOn(run.period().end()))
                .findFirst().or(() -> list.stream().reduce((a, b) -> b)).ifPresent(u -> out.put(code, u.id())));
        return out;
    }

    private DataQuality quality(RunInfo run, Map<String, String> townName, Map<String, Long> ids, List<String> indicatorCodes, Locale locale) {
        List<String> raw = indicatorCodes.stream().filter(c -> indicators.find(c).map(Indicator::typed).orElse(false)).toList();
        Map<Long, long[]> counts = new HashMap<>();
        if (!raw.isEmpty() && !ids.isEmpty()) {
            for (DataValue v : values.list(raw, ids.values(), List.of(run.period()))) {
                long[] c = counts.computeIfAbsent(v.unitId(), k -> new long[1]);
                if (v.status() == ValueStatus.APPROVED) c[0]++;
            }
        }
        List<NameValue> completeness = new ArrayList<>();
        if (!raw.isEmpty()) {
            townName.forEach((code, name) -> {
                Long id = ids.get(code);
                long approved = id == null ? 0 : counts.getOrDefault(id, new long[1])[0];
                completeness.add(new NameValue(name, Math.min(1.0, approved / (double) raw.size())));
            });
        }
        return new DataQuality(run.unitCount(), run.valueCount(), run.dataVersion(), docs.notes(run, locale), completeness);
    }

    private static List<String> items(Meeting m, AgendaPart part) {
        if (m == null) return List.of();
        return m.part(part).stream().map(MeetingItem::title).toList();
    }

    private static Double raw(Map<String, Map<String, RunResult.NodeScore>> idx, String unit, String node) {
        RunResult.NodeScore s = idx.getOrDefault(unit, Map.of()).get(node);
        return s == null ? null : n(s.raw());
    }

    private static Map<String, Map<String, RunResult.NodeScore>> index(RunResult r) {
        Map<String, Map<String, RunResult.NodeScore>> out = new HashMap<>();
        for (RunResult.NodeScore s : r.scores()) out.computeIfAbsent(s.unit(), k -> new HashMap<>()).put(s.node(), s);
        return out;
    }

    private static String className(int k, boolean zh) {
        if (k < 0 || k >= CLASSES.size()) return "";
        return zh ? CLASSES.get(k).labelZh() : CLASSES.get(k).labelEn();
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    static String time(OffsetDateTime t) {
        return t == null ? "" : TIME.format(t.atZoneSameInstant(CITY_ZONE));
    }

    /**
     * Each town's 时序进度 of a yearly run: as of December for a past year, the month before today for the
     * current year ({@link TargetProgress#asOfFor}), by time elapsed (LINEAR, m ÷ 12: the rule "by
     * month m, cumulative ≥ m/12 of the annual target"); a town without targets of cumulative indicators
     * has none. Sub-yearly runs have none.
     */
    private Map<String, Progress> progress(RunInfo run, Locale locale) {
        Map<String, Progress> out = new HashMap<>();
        if (run.period().type() != org.tongchou.app.periods.PeriodType.YEAR) return out;
        org.tongchou.app.periods.Period asOf = progress.asOfFor(run.period().year(), java.time.LocalDate.now(clock));
        Map<String, List<ProgressRow>> rows = new LinkedHashMap<>();
        for (TargetProgress.Line l : progress.asOf(asOf, ProgressProfile.LINEAR, null)) {
            Optional<Indicator> ind = indicators.find(l.indicator());
            rows.computeIfAbsent(l.unitCode(), k -> new ArrayList<>()).add(new ProgressRow(docs.name(l.indicator(), locale),
                    ind.map(Indicator::unit).orElse(""), n(l.target()), n(l.cumulative()), l.completion(), l.elapsed(), n(l.gapPoints()),
                    msg("progress.light." + l.light().name(), locale), l.light() == ProgressLight.RED, n(l.projection())));
        }
        String profile = msg("progress.profile.LINEAR", locale);
        rows.forEach((town, list) -> out.put(town, new Progress(asOf.code(), profile, list)));
        return out;
    }

    static Double n(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
    }

    static Double n(Double v) {
        return v == null ? null : n(v.doubleValue());
    }
}
