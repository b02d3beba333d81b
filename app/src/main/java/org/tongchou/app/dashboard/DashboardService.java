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
        List<RunInfo> series = upTo(results.series(plan.code(), unpublished), run);
        Optional<org.tongchou.app.evaluation.RunRobustness> robustness = results.robustness(run);
        CityParts parts = cityParts(plan, index, series, robustness);
        // the plan area's own targets only to a reader who sees every unit of it (not a leader of 宁波 in 浙江's plan); read
        // on every view: targets change, runs do not
        Map<String, Double> cityTargets = results.seesEveryUnitOf(plan.code()) ? cityTargets(parts.areaUnitId(), parts.concentrationCodes(),
                run.period().year()) : Map.of();
        List<Concentration> cs = new ArrayList<>();
        for (Concentration c : parts.concentrations()) {
            cs.add(new Concentration(c.name(), c.cityValue(), cityTargets.get(c.name().code()), c.cityTrend(), c.townTrends()));
        }
        return new City(plan, run, series.stream().map(s -> s.period().code()).toList(), parts.towns(), cs, parts.disparityTrend(),
                parts.areaName(), parts.robustness());
    }

    /**
     * What a city view shows that its run, the runs of its series and the run's robustness determine (everything but
     * the area's targets): the ranking rows, the concentrations' trends, the disparity trend, the robustness. Kept per
     * run index (a run and what the reader sees of it), plan, series and robustness; rebuilt after
     * {@link #CITY_PARTS_TTL_NANOS} so that renamed units (group and area names) show within a minute. The large lists
     * are {@link Sealed}: the rendered content is kept by its model, which is hashed and compared on every view.
     */
    private CityParts cityParts(EvaluationPlan plan, RunIndex index, List<RunInfo> series,
                                Optional<org.tongchou.app.evaluation.RunRobustness> robustness) {
        CityKey key = new CityKey(index, plan, series, robustness.isPresent());
        long now = System.nanoTime();
        CityParts parts = cityParts.get(key);
        if (parts != null && now - parts.builtAt() < CITY_PARTS_TTL_NANOS) return parts;
        parts = buildCityParts(plan, index, series, robustness, now);
        if (cityParts.size() >= 64) cityParts.clear();
        cityParts.put(key, parts);
        return parts;
    }

    static final long CITY_PARTS_TTL_NANOS = 60_000_000_000L;

    /** {@code index} compares by identity: one per run and scope ({@link RunIndexes}). */
    private record CityKey(RunIndex index, EvaluationPlan plan, List<RunInfo> series, boolean robustness) {
    }

    /** {@code concentrations}: without the area's targets (null), which each view reads. */
    private record CityParts(List<TownRow> towns, List<String> concentrationCodes, List<Concentration> concentrations,
                             List<DisparityPoint> disparityTrend, Long areaUnitId, String areaName, Views.Robustness robustness, long builtAt) {
    }

    private final Map<CityKey, CityParts> cityParts = new java.util.concurrent.ConcurrentHashMap<>();

    private CityParts buildCityParts(EvaluationPlan plan, RunIndex index, List<RunInfo> series,
                                     Optional<org.tongchou.app.evaluation.RunRobustness> robustness, long now) {
        RunResult r = index.result();
        List<RunIndex> seriesIndexes = series.stream().map(indexes::of).toList();
        List<String> conc = concentrationCodes(plan);
        Map<String, List<Views.GroupPlace>> places = groupPlaces(plan, index);
        List<TownRow> towns = r.units().stream().map(u -> row(u, conc, index.raw(u.code()), places)).toList();
        List<Concentration> cs = new ArrayList<>();
        Optional<AdminUnit> areaUnit = area(plan);
        for (String c : conc) {
            List<Double> cityTrend = new ArrayList<>();
            Map<String, List<Double>> townTrends = new LinkedHashMap<>();
            for (RunIndex s : seriesIndexes) {
                cityTrend.add(s.raw(plan.areaCode()).get(c));
                for (RunResult.UnitResult u : r.units()) {
                    townTrends.computeIfAbsent(u.code(), k -> new ArrayList<>()).add(s.raw(u.code()).get(c));
                }
            }
            cs.add(new Concentration(name(c), index.raw(plan.areaCode()).get(c), null, Sealed.list(cityTrend), Sealed.map(townTrends)));
        }
        List<DisparityPoint> trend = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            String period = series.get(i).period().code();
            seriesIndexes.get(i).rootDisparity()
                    .ifPresent(d -> trend.add(new DisparityPoint(period, n(d.cv()), n(d.gini()), n(d.theil()))));
        }
        String area = areaUnit.map(AdminUnit::name).orElse(plan.areaCode());
        Views.Robustness rob = RobustnessViews.of(robustness, r)
                .map(x -> new Views.Robustness(x.replications(), x.seed(), x.strongest(), Sealed.list(x.towns()))).orElse(null);
        return new CityParts(Sealed.list(towns), conc, List.copyOf(cs), Sealed.list(trend), areaUnit.map(AdminUnit::id).orElse(null), area, rob, now);
    }

    Optional<Town> town(EvaluationPlan plan, RunInfo run, String code, boolean unpublished) {
        RunIndex index = indexes.of(run);
        RunResult r = index.result();
        Map<String, RunResult.UnitResult> byCode = index.memo("unitsByCode", () -> {
            Map<String, RunResult.UnitResult> m = new HashMap<>();
            for (RunResult.UnitResult x : r.units()) m.putIfAbsent(x.code(), x);
            return Map.copyOf(m);
        });
        RunResult.UnitResult u = byCode.get(code);
        if (u == null) return Optional.empty();
        List<String> conc = concentrationCodes(plan);
        List<RunInfo> series = upTo(results.series(plan.code(), unpublished), run);
        List<RunIndex> seriesIndexes = series.stream().map(indexes::of).toList();
        Map<String, Name> names = new HashMap<>();
        java.util.function.Function<String, Name> nameOf = c -> names.computeIfAbsent(c, this::name);
        // the reference of the gaps: the benchmark when the run has one (its gaps are to it), else the leader; either
        // may lie outside a reader's area, and then its code is not given (EvaluationResults) and it is not named here
        boolean benchmarkGaps = index.memo("benchmarkGaps", () -> r.gaps().stream().anyMatch(g -> g.reference() == RunResult.Reference.BENCHMARK));
        RunResult.Reference ref = r.benchmarkCode() != null || benchmarkGaps ? RunResult.Reference.BENCHMARK : RunResult.Reference.LEADER;
        String bench = r.benchmarkCode();
        String reference = ref == RunResult.Reference.BENCHMARK ? bench : r.leaderCode();
        List<DimensionScore> dims = new ArrayList<>();
        for (RunResult.NodeWeight w : r.weights()) {
            if (w.kind() != RunResult.NodeKind.DIMENSION) continue;
            double avg = index.memo(List.of("average", w.code()),
                    () -> r.units().stream().mapToDouble(x -> index.scores(x.code()).get(w.code()).score()).average().orElse(Double.NaN));
            RunResult.NodeScore own = index.scores(code).get(w.code());
            RunResult.NodeScore bs = bench == null ? null : index.scores(bench).get(w.code());
            Double b = bs == null ? null : x100(bs.score());
            dims.add(new DimensionScore(nameOf.apply(w.code()), x100(own.score()), x100(avg), b, n(own.rank())));
        }
        List<RunResult.GapItem> ownGaps = index.gapsByUnit().getOrDefault(code, List.of());
        List<GapRow> gi = gaps(ownGaps, code, ref, RunResult.ItemKind.INDICATOR, nameOf);
        List<GapRow> gd = gaps(ownGaps, code, ref, RunResult.ItemKind.DIMENSION, nameOf);
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
        List<Obstacle> obs = index.obstaclesByUnit().getOrDefault(code, List.of()).stream()
                .filter(o -> o.unit().equals(code) && o.kind() == RunResult.ItemKind.INDICATOR && !Double.isNaN(o.degree()))
                .sorted((a, b) -> Double.compare(b.degree(), a.degree())).limit(8)
                .map(o -> new Obstacle(nameOf.apply(o.code()), x100(o.degree()))).toList();
        String benchName = reference == null ? null : java.util.Optional.ofNullable(byCode.get(reference))
                .map(RunResult.UnitResult::name).orElse(reference);
        return Optional.of(new Town(plan, run, series.stream().map(s -> s.period().code()).toList(),
                row(u, conc, index.raw(code), placesOf(plan, index, code)), benchName, reference == null, dims, inds, gi, gd, obs, dataStatus(code, run),
                townInterval(index, run, code)));
    }

    /** The town's rank interval, from the robustness view of its run kept per run index (the run's robustness never changes). */
    private Views.RankInterval townInterval(RunIndex index, RunInfo run, String code) {
        Optional<org.tongchou.app.evaluation.RunRobustness> stored = results.robustness(run);
        if (stored.isEmpty()) return null;
        Map<String, Views.RankInterval> byTown = index.memo("intervalsByTown", () -> {
            Map<String, Views.RankInterval> m = new HashMap<>();
            RobustnessViews.of(stored, index.result()).ifPresent(v -> v.towns().forEach(t -> m.putIfAbsent(t.code(), t)));
            return Map.copyOf(m);
        });
        return byTown.get(code);
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

    private List<GapRow> gaps(List<RunResult.GapItem> gaps, String code, RunResult.Reference ref, RunResult.ItemKind kind,
                              java.util.function.Function<String, Name> nameOf) {
        return gaps.stream().filter(g -> g.unit().equals(code) && g.reference() == ref && g.kind() == kind)
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
            Map<String, RunGroups.GroupRank> ranks = index.groupRanks(level, EvaluationPlan.ROOT);
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

    /** {@link #groupPlaces} of one unit: only its own groups' names are read. */
    private Map<String, List<Views.GroupPlace>> placesOf(EvaluationPlan plan, RunIndex index, String code) {
        if (plan.groupLevels().isEmpty() || index.groups().ranks().isEmpty()) return Map.of();
        List<Views.GroupPlace> own = new ArrayList<>();
        for (org.tongchou.app.units.UnitLevel level : plan.groupLevels()) {
            RunGroups.GroupRank g = index.groupRanks(level, EvaluationPlan.ROOT).get(code);
            if (g == null) continue;
            List<AdminUnit> named = units.findByCodes(List.of(g.group())).getOrDefault(g.group(), List.of());
            own.add(new Views.GroupPlace(level, g.group(), named.isEmpty() ? g.group() : named.get(named.size() - 1).name(), n(g.rank())));
        }
        return own.isEmpty() ? Map.of() : Map.of(code, own);
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

    private Map<String, Double> cityTargets(Long areaUnitId, List<String> codes, int year) {
        Map<String, Double> out = new HashMap<>();
        if (areaUnitId == null || codes.isEmpty()) return out;
        for (Target t : targets.list(codes, year)) {
            if (t.unitId() == areaUnitId) out.put(t.indicator(), t.value());
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
