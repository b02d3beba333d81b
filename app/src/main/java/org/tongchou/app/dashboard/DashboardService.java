package org.tongchou.app.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.tongchou.app.dashboard.Views.City;
import org.tongchou.app.dashboard.Views.Compare;
import org.tongchou.app.dashboard.Views.Concentration;
import org.tongchou.app.dashboard.Views.DimensionScore;
import org.tongchou.app.dashboard.Views.DisparityPoint;
import org.tongchou.app.dashboard.Views.GapRow;
import org.tongchou.app.dashboard.Views.IndicatorRow;
import org.tongchou.app.dashboard.Views.Name;
import org.tongchou.app.dashboard.Views.Obstacle;
import org.tongchou.app.dashboard.Views.Town;
import org.tongchou.app.dashboard.Views.TownRow;
import org.tongchou.app.data.DataValue;
import org.tongchou.app.data.DataValueService;
import org.tongchou.app.targets.Target;
import org.tongchou.app.targets.TargetService;
import org.tongchou.app.evaluation.EvaluationPlan;
import org.tongchou.app.evaluation.EvaluationResults;
import org.tongchou.app.evaluation.EvaluationService;
import org.tongchou.app.evaluation.RunGroups;
import org.tongchou.app.evaluation.RunInfo;
import org.tongchou.app.evaluation.RunResult;
import org.tongchou.app.indicators.Framework;
import org.tongchou.app.indicators.FrameworkNode;
import org.tongchou.app.indicators.FrameworkService;
import org.tongchou.app.indicators.Indicator;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.units.AdminUnit;
import org.tongchou.app.units.UnitService;
import org.tongchou.engine.coupling.CoordinationClass;
import org.tongchou.engine.coupling.CoordinationClasses;
import org.tongchou.engine.coupling.IntervalClosure;

/**
 * Builds the leader pages from stored runs (never recomputes). The three concentrations are the
 * indicators of the framework's {@code concentration} dimension.
 */
@Service
class DashboardService {
    static final String CONCENTRATION = "concentration";
    private static final List<CoordinationClass> CLASSES = CoordinationClasses.chineseTenLevel(IntervalClosure.LOWER_CLOSED).classes();
    private final EvaluationService evaluation;
    private final EvaluationResults results;
    private final RunIndexes indexes;
    private final FrameworkService frameworks;
    private final IndicatorService indicators;
    private final TargetService targets;
    private final UnitService units;
    private final DataValueService values;
    private final org.tongchou.app.evaluation.ResultAccess access;
    private final org.tongchou.app.security.ScopeService scopes;

    DashboardService(EvaluationService evaluation, EvaluationResults results, RunIndexes indexes, FrameworkService frameworks,
                     IndicatorService indicators, TargetService targets, UnitService units, DataValueService values,
                     org.tongchou.app.evaluation.ResultAccess access, org.tongchou.app.security.ScopeService scopes) {
        this.access = access;
        this.scopes = scopes;
        this.evaluation = evaluation;
        this.results = results;
        this.indexes = indexes;
        this.frameworks = frameworks;
        this.indicators = indicators;
        this.targets = targets;
        this.units = units;
        this.values = values;
    }

    /**
     * The plan to show: the one asked for, else the default plan, else the first with a visible run, else the
     * first; only plans the reader sees ({@link EvaluationResults#seesPlanArea}: a leader of an area those of its
     * area), so a plan of another area is as unknown as a plan that does not exist.
     */
    Optional<EvaluationPlan> plan(String code) {
        if (code != null && !code.isBlank()) return evaluation.plan(code).filter(p -> results.seesPlanArea(p.areaCode())).map(results::shown);
        List<EvaluationPlan> seen = evaluation.plans().stream().filter(p -> results.seesPlanArea(p.areaCode())).toList();
        return seen.stream().filter(p -> p.code().equals(EvaluationPlan.DEFAULT_CODE)).findFirst()
                .or(() -> seen.stream().filter(p -> !results.series(p.code(), false).isEmpty()).findFirst())
                .or(() -> seen.stream().findFirst()).map(results::shown);
    }

    /** The plans with at least one run the reader may see, for the plan switch of the leaders' pages. */
    List<EvaluationPlan> plansWithRuns(boolean unpublished) {
        return evaluation.plans().stream().filter(p -> !results.series(p.code(), unpublished).isEmpty()).map(results::shown).toList();
    }

    /** The run to show: the newest visible one of the period asked for, else of the latest period. */
    Optional<RunInfo> run(EvaluationPlan plan, String period, boolean unpublished) {
        if (period != null && !period.isBlank()) {
            return results.series(plan.code(), unpublished).stream().filter(r -> r.period().code().equals(period)).findFirst();
        }
        return results.latest(plan.code(), unpublished);
    }

    List<String> periods(EvaluationPlan plan, boolean unpublished) {
        return results.series(plan.code(), unpublished).stream().map(r -> r.period().code()).toList();
    }

    City city(EvaluationPlan plan, RunInfo run, boolean unpublished) {
        RunIndex index = indexes.of(run);
        RunResult r = index.result();
        List<RunInfo> series = upTo(results.series(plan.code(), unpublished), run);
        List<RunIndex> seriesIndexes = series.stream().map(indexes::of).toList();
        List<String> conc = concentrationCodes(plan);
        Map<String, List<Views.GroupPlace>> places = groupPlaces(plan, index);
        List<TownRow> towns = r.units().stream().map(u -> row(u, conc, index.raw(u.code()), places)).toList();
        List<Concentration> cs = new ArrayList<>();
        Optional<AdminUnit> areaUnit = area(plan);
        // the plan area's own targets only to a reader who sees every unit of it (not a leader of 宁波 in 浙江's plan)
        Map<String, Double> cityTargets = results.seesEveryUnitOf(plan.code()) ? cityTargets(areaUnit, conc, run.period().year()) : Map.of();
        for (String c : conc) {
            List<Double> cityTrend = new ArrayList<>();
            Map<String, List<Double>> townTrends = new LinkedHashMap<>();
            for (RunIndex s : seriesIndexes) {
                cityTrend.add(s.raw(plan.areaCode()).get(c));
                for (RunResult.UnitResult u : r.units()) {
                    townTrends.computeIfAbsent(u.code(), k -> new ArrayList<>()).add(s.raw(u.code()).get(c));
                }
            }
            cs.add(new Concentration(name(c), index.raw(plan.areaCode()).get(c), cityTargets.get(c), cityTrend, townTrends));
        }
        List<DisparityPoint> trend = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            String period = series.get(i).period().code();
            seriesIndexes.get(i).rootDisparity()
                    .ifPresent(d -> trend.add(new DisparityPoint(period, n(d.cv()), n(d.gini()), n(d.theil()))));
        }
        String area = areaUnit.map(AdminUnit::name).orElse(plan.areaCode());
        return new City(plan, run, series.stream().map(s -> s.period().code()).toList(), towns, cs, trend, area,
                RobustnessViews.of(results.robustness(run), r).orElse(null));
    }

    Optional<Town> town(EvaluationPlan plan, RunInfo run, String code, boolean unpublished) {
        RunIndex index = indexes.of(run);
        RunResult r = index.result();
        Optional<RunResult.UnitResult> found = r.units().stream().filter(u -> u.code().equals(code)).findFirst();
        if (found.isEmpty()) return Optional.empty();
        RunResult.UnitResult u = found.get();
        List<String> conc = concentrationCodes(plan);
        List<RunInfo> series = upTo(results.series(plan.code(), unpublished), run);
        List<RunIndex> seriesIndexes = series.stream().map(indexes::of).toList();
        Map<String, Name> names = new HashMap<>();
        java.util.function.Function<String, Name> nameOf = c -> names.computeIfAbsent(c, this::name);
        // the reference of the gaps: the benchmark when the run has one (its gaps are to it), else the leader; either
        // may lie outside a reader's area, and then its code is not given (EvaluationResults) and it is not named here
        RunResult.Reference ref = r.benchmarkCode() != null || r.gaps().stream().anyMatch(g -> g.reference() == RunResult.Reference.BENCHMARK)
                ? RunResult.Reference.BENCHMARK : RunResult.Reference.LEADER;
        String bench = r.benchmarkCode();
        String reference = ref == RunResult.Reference.BENCHMARK ? bench : r.leaderCode();
        List<DimensionScore> dims = new ArrayList<>();
        for (RunResult.NodeWeight w : r.weights()) {
            if (w.kind() != RunResult.NodeKind.DIMENSION) continue;
            double avg = r.units().stream().mapToDouble(x -> index.scores(x.code()).get(w.code()).score()).average().orElse(Double.NaN);
            RunResult.NodeScore own = index.scores(code).get(w.code());
            RunResult.NodeScore bs = bench == null ? null : index.scores(bench).get(w.code());
            Double b = bs == null ? null : x100(bs.score());
            dims.add(new DimensionScore(nameOf.apply(w.code()), x100(own.score()), x100(avg), b, n(own.rank())));
        }
        List<GapRow> gi = gaps(r, code, ref, RunResult.ItemKind.INDICATOR, nameOf);
        List<GapRow> gd = gaps(r, code, ref, RunResult.ItemKind.DIMENSION, nameOf);
        Map<String, Double> gapOf = new HashMap<>();
        for (GapRow g : gi) gapOf.put(g.name().code(), g.contribution());
        List<IndicatorRow> inds = new ArrayList<>();
        Map<String, String> dimOf = new HashMap<>();
        for (RunResult.NodeWeight w : r.weights()) {
            if (w.kind() != RunResult.NodeKind.INDICATOR) continue;
            dimOf.put(w.code(), index.dimensionOf(w.code()));
            List<Double> trend = new ArrayList<>();
            for (RunIndex s : seriesIndexes) trend.add(s.raw(code).get(w.code()));
            RunResult.NodeScore ns = index.scores(code).get(w.code());
            inds.add(new IndicatorRow(nameOf.apply(w.code()), dimOf.get(w.code()), n(ns.raw()), x100(ns.score()), n(ns.rank()),
                    index.raw(plan.areaCode()).get(w.code()), gapOf.get(w.code()), trend));
        }
        List<Obstacle> obs = r.obstacles().stream()
                .filter(o -> o.unit().equals(code) && o.kind() == RunResult.ItemKind.INDICATOR && !Double.isNaN(o.degree()))
                .sorted((a, b) -> Double.compare(b.degree(), a.degree())).limit(8)
                .map(o -> new Obstacle(nameOf.apply(o.code()), x100(o.degree()))).toList();
        String benchName = reference == null ? null : r.units().stream().filter(x -> x.code().equals(reference)).findFirst()
                .map(RunResult.UnitResult::name).orElse(reference);
        return Optional.of(new Town(plan, run, series.stream().map(s -> s.period().code()).toList(),
                row(u, conc, index.raw(code), groupPlaces(plan, index)), benchName, reference == null, dims, inds, gi, gd, obs, dataStatus(code, run),
                RobustnessViews.of(results.robustness(run), r).flatMap(x -> RobustnessViews.interval(x, code)).orElse(null)));
    }

    Compare compare(EvaluationPlan plan, RunInfo run, List<String> codes) {
        RunIndex index = indexes.of(run);
        RunResult r = index.result();
        List<String> conc = concentrationCodes(plan);
        List<Name> nodes = new ArrayList<>();
        nodes.add(name(EvaluationPlan.ROOT));
        r.weights().stream().filter(w -> w.kind() == RunResult.NodeKind.DIMENSION).forEach(w -> nodes.add(name(w.code())));
        Predicate<RunResult.UnitResult> chosen = u -> codes.contains(u.code());
        Map<String, List<Views.GroupPlace>> places = groupPlaces(plan, index);
        List<TownRow> towns = r.units().stream().filter(chosen).map(u -> row(u, conc, index.raw(u.code()), places)).toList();
        Map<String, Map<String, Double>> sc = new LinkedHashMap<>();
        for (TownRow t : towns) {
            Map<String, Double> m = new LinkedHashMap<>();
            for (Name nd : nodes) m.put(nd.code(), x100(index.scores(t.code()).get(nd.code()).score()));
            sc.put(t.code(), m);
        }
        List<TownRow> all = r.units().stream().map(u -> row(u, conc, Map.of(), Map.of())).toList();
        return new Compare(plan, run, nodes, towns, sc, all);
    }

    private List<GapRow> gaps(RunResult r, String code, RunResult.Reference ref, RunResult.ItemKind kind,
                              java.util.function.Function<String, Name> nameOf) {
        return r.gaps().stream().filter(g -> g.unit().equals(code) && g.reference() == ref && g.kind() == kind)
                .sorted((a, b) -> Double.compare(b.contribution(), a.contribution()))
                .map(g -> new GapRow(nameOf.apply(g.code()), x100(g.contribution()), n(g.unitValue()), n(g.referenceValue()))).toList();
    }

    private Map<String, Long> dataStatus(String code, RunInfo run) {
        Map<String, Long> out = new LinkedHashMap<>();
        units.findByCode(code, run.period().end()).ifPresent(u -> {
            for (DataValue v : values.list(indicators.list().stream().map(Indicator::code).toList(), List.of(u.id()), List.of(run.period()))) {
                out.merge(v.status().name(), 1L, Long::sum);
            }
        });
        return out;
    }

    /**
     * Each unit's rank on the overall score within its group at every group level of the plan (a county's rank in
     * its province), with the group's name; empty for a plan without groups.
     */
    private Map<String, List<Views.GroupPlace>> groupPlaces(EvaluationPlan plan, RunIndex index) {
        if (plan.groupLevels().isEmpty() || index.groups().ranks().isEmpty()) return Map.of();
        Map<String, List<Views.GroupPlace>> out = new HashMap<>();
        for (org.tongchou.app.units.UnitLevel level : plan.groupLevels()) {
            Map<String, RunGroups.GroupRank> ranks = index.groups().ranksOf(level, EvaluationPlan.ROOT);
            java.util.Set<String> groups = new java.util.HashSet<>();
            for (RunGroups.GroupRank g : ranks.values()) groups.add(g.group());
            Map<String, String> names = new HashMap<>();
            units.findByCodes(groups).forEach((code, list) -> {
                if (!list.isEmpty()) names.put(code, list.get(list.size() - 1).name());
            });
            for (RunGroups.GroupRank g : ranks.values()) {
                out.computeIfAbsent(g.unit(), k -> new ArrayList<>()).add(new Views.GroupPlace(level, g.group(),
                        names.getOrDefault(g.group(), g.group()), n(g.rank())));
            }
        }
        return out;
    }

    private TownRow row(RunResult.UnitResult u, List<String> conc, Map<String, Double> raw, Map<String, List<Views.GroupPlace>> places) {
        Map<String, Double> cv = new LinkedHashMap<>();
        for (String c : conc) cv.put(c, raw.get(c));
        CoordinationClass k = u.coordClass() >= 0 ? CLASSES.get(u.coordClass()) : null;
        return new TownRow(u.code(), u.name(), x100(u.score()), n(u.rank()), n(u.rankChange()), x100(u.gapLeader()),
                x100(u.gapBenchmark()), n(u.coordination()), k == null ? null : k.labelZh(), k == null ? null : k.labelEn(),
                u.devType(), cv, places.getOrDefault(u.code(), List.of()));
    }

    List<String> concentrationCodes(EvaluationPlan plan) {
        return frameworks.find(plan.frameworkCode()).flatMap(f -> f.dimensions().stream().filter(d -> d.code().equals(CONCENTRATION)).findFirst())
                .map(FrameworkNode::indicatorCodes).orElse(List.of());
    }

    /**
     * The area whose units the plan's map draws: the plan's area, or the reader's own area when it lies within it
     * (a leader of a prefecture reading a province's plan sees the map of its prefecture).
     */
    String mapArea(EvaluationPlan plan) {
        return scopes.narrowArea(scopes.currentUser().orElse(null), plan.areaCode());
    }

    /** The plan's area: the newest unit with its code. */
    private Optional<AdminUnit> area(EvaluationPlan plan) {
        return units.findByCodes(List.of(plan.areaCode())).getOrDefault(plan.areaCode(), List.of()).stream().reduce((a, b) -> b);
    }

    private Map<String, Double> cityTargets(Optional<AdminUnit> area, List<String> codes, int year) {
        Map<String, Double> out = new HashMap<>();
        if (area.isEmpty() || codes.isEmpty()) return out;
        for (Target t : targets.list(codes, year)) {
            if (t.unitId() == area.get().id()) out.put(t.indicator(), t.value());
        }
        return out;
    }

    Name name(String code) {
        if (EvaluationPlan.ROOT.equals(code)) return new Name(code, "综合得分", "Overall score", "");
        Optional<Indicator> ind = indicators.find(code);
        if (ind.isPresent()) return new Name(code, ind.get().nameZh(), ind.get().nameEn(), ind.get().unit());
        for (String f : frameworks.codes()) {
            Optional<Framework> fw = frameworks.find(f);
            if (fw.isEmpty()) continue;
            Optional<FrameworkNode> node = find(fw.get().dimensions(), code);
            if (node.isPresent()) return new Name(code, node.get().nameZh(), node.get().nameEn(), "");
        }
        return new Name(code, code, code, "");
    }

    private static Optional<FrameworkNode> find(List<FrameworkNode> nodes, String code) {
        for (FrameworkNode n : nodes) {
            if (n.code().equals(code)) return Optional.of(n);
            Optional<FrameworkNode> c = find(n.children(), code);
            if (c.isPresent()) return c;
        }
        return Optional.empty();
    }

    private static List<RunInfo> upTo(List<RunInfo> series, RunInfo run) {
        return series.stream().filter(s -> s.period().compareTo(run.period()) <= 0).toList();
    }

    static Double n(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
    }

    static Double x100(double v) {
        return n(v * 100);
    }
}
