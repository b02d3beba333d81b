package org.tongchou.app.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.tongchou.app.periods.Period;
import org.tongchou.app.security.ScopeService;

/**
 * Reads stored runs; pages never recompute. A run's results never change once stored (only its publish
 * flag does), so loaded results are cached by run id and creation time. Lists of runs are always read
 * from the database (an indexed query on a small table), so runs made by the command line while the
 * server runs show at once.
 *
 * <p>Every read is held to the caller's {@link ResultScope} ({@link ResultAccess#scope()}, from the
 * signed-in user of the request), here and nowhere else, so that no page, API or export can show more
 * than it: unpublished runs only to analysts and administrators ({@code includeUnpublished} asked by
 * anyone else is ignored, and such a run's results are refused as if it did not exist), a town
 * reporter every other town only as published city-wide ({@link ResultMask}), and a leader of an area (a
 * province, a prefecture) only the plans of its area, or containing it, and of their results only the units
 * within its area ({@link ScopeService#seesPlanArea}, {@link ResultMask#within}): the runs of any other plan
 * do not exist for it, and nothing of a run it reads names a unit outside its area ({@link HiddenUnits}: the leader
 * and benchmark codes, the notes). Which units lie within the area is decided as one set per run
 * ({@link ScopeService#within}), never unit by unit.
 */
@Service
public class EvaluationResults {
    private static final int MAX_CACHED_RESULTS = 128;
    private final RunRepository runs;
    private final Map<CacheKey, RunResult> results = new ConcurrentHashMap<>();
    private final Map<CacheKey, RunRobustness> robustness = new ConcurrentHashMap<>();
    private final RunDetailsRepository details;
    private final ResultAccess access;
    private final ScopeService scopes;
    private final Map<MaskKey, RunResult> masked = new ConcurrentHashMap<>();
    private final PlanRepository plans;

    /** Id and creation time: ids restart when a database is emptied (tests, restores), creation times do not repeat. */
    private record CacheKey(long id, java.time.OffsetDateTime createdAt) {
    }

    private record MaskKey(CacheKey run, ResultScope scope) {
    }

    EvaluationResults(RunRepository runs, RunDetailsRepository details, ResultAccess access, ScopeService scopes, PlanRepository plans) {
        this.plans = plans;
        this.runs = runs;
        this.details = details;
        this.access = access;
        this.scopes = scopes;
    }

    /**
     * Lists of runs, kept for at most {@link #RUN_LIST_TTL_NANOS} and forgotten as soon as a run is stored
     * or published through {@link EvaluationService} (after its transaction commits): a leader's page
     * asks for the same list several times, and pages are read far more often than runs are made.
     */
    static final long RUN_LIST_TTL_NANOS = 2_000_000_000L;
    private record RunList(List<RunInfo> runs, String area, long loadedAt) {
    }
    /** {@code area}: a reader's area (its runs' facts held to it), or null. */
    private record RunListKey(String plan, boolean unpublished, String area) {
    }
    private final Map<RunListKey, RunList> runLists = new ConcurrentHashMap<>();

    /** Every visible run of the plan, newest period first (several runs of a period: newest first). */
    public List<RunInfo> runs(String planCode, boolean includeUnpublished) {
        ResultScope scope = access.scope();
        includeUnpublished = includeUnpublished && scope.unpublished();
        RunListKey key = new RunListKey(planCode, includeUnpublished, scope.area());
        RunList cached = runLists.get(key);
        long now = System.nanoTime();
        if (cached == null || now - cached.loadedAt() >= RUN_LIST_TTL_NANOS) {
            String planArea = plans.areaOf(planCode).orElse(null);
            List<RunInfo> list = List.copyOf(runs.runsOf(planCode, !includeUnpublished));
            if (!scope.everyArea() && seesArea(scope.area(), planArea)) list = facts(list, planArea, scope.area());
            if (runLists.size() >= MAX_CACHED_RESULTS) runLists.clear();
            cached = new RunList(list, planArea, now);
            runLists.put(key, cached);
        }
        return seesArea(scope.area(), cached.area()) ? cached.runs() : List.of();
    }

    /**
     * Runs' facts as a reader of {@code area} sees them ({@link HiddenUnits#info}): the leader and benchmark codes and
     * the notes that name units outside the area gone. The codes all the runs name are decided in one set; runs of a
     * plan wholly within the area are as stored.
     */
    private List<RunInfo> facts(List<RunInfo> list, String planArea, String area) {
        if (list.isEmpty() || within(planArea, area)) return list;
        java.util.Set<String> named = new java.util.HashSet<>();
        for (RunInfo r : list) named.addAll(HiddenUnits.codesNamedBy(r.leaderCode(), r.benchmarkCode(), r.notes(), List.of()));
        HiddenUnits hidden = new HiddenUnits(scopes.within(named, area), java.util.Set.of());
        return list.stream().map(hidden::info).toList();
    }

    /** Whether a plan over {@code planArea} covers only units within {@code area} (its area lies within it; not the country). */
    private boolean within(String planArea, String area) {
        return planArea != null && !ScopeService.COUNTRY.equals(planArea) && scopes.isWithinScope(planArea, area);
    }

    /**
     * {@link ScopeService#seesPlanArea}, kept for {@link #RUN_LIST_TTL_NANOS} per (reader's area, plan's area): a
     * page of a leader of an area asks it for every list of runs it reads, and each answer walks the unit tree.
     */
    private boolean seesArea(String area, String planArea) {
        if (area == null) return true;
        AreaPair key = new AreaPair(area, planArea);
        long now = System.nanoTime();
        SeenArea seen = seenAreas.get(key);
        if (seen == null || now - seen.decidedAt() >= RUN_LIST_TTL_NANOS) {
            if (seenAreas.size() >= MAX_CACHED_RESULTS) seenAreas.clear();
            seen = new SeenArea(scopes.seesPlanArea(area, planArea), now);
            seenAreas.put(key, seen);
        }
        return seen.seen();
    }

    private record AreaPair(String area, String planArea) {
    }

    private record SeenArea(boolean seen, long decidedAt) {
    }

    private final Map<AreaPair, SeenArea> seenAreas = new ConcurrentHashMap<>();

    /**
     * Whether the caller sees every unit of the plan: always, except a leader of an area, who sees every unit only of
     * the plans whose area lies within its own (documents that hold a whole plan are given only for those).
     */
    public boolean seesEveryUnitOf(String planCode) {
        return !plansSeenWhole(List.of(planCode)).isEmpty();
    }

    /**
     * Of these plans, those the caller sees every unit of ({@link #seesEveryUnitOf}), decided as one set: the plans'
     * areas are looked up once each and tried against the reader's area together.
     */
    public java.util.Set<String> plansSeenWhole(java.util.Collection<String> planCodes) {
        ResultScope scope = access.scope();
        if (scope.everyArea()) return java.util.Set.copyOf(planCodes);
        Map<String, String> areas = new java.util.HashMap<>();
        for (String p : new java.util.HashSet<>(planCodes)) plans.areaOf(p).filter(a -> !ScopeService.COUNTRY.equals(a)).ifPresent(a -> areas.put(p, a));
        java.util.Set<String> inside = scopes.within(areas.values(), scope.area());
        java.util.Set<String> out = new java.util.HashSet<>();
        areas.forEach((plan, area) -> {
            if (inside.contains(area)) out.add(plan);
        });
        return out;
    }

    /** Whether the caller sees the plans over this area ({@link ResultScope#area()}; a leader of an area only its own). */
    public boolean seesPlanArea(String planArea) {
        return seesArea(access.scope().area(), planArea);
    }

    /**
     * The plan as the caller may read it: a leader of an area is not given the code of a benchmark outside its area
     * (null), as it is not given it in the plan's runs ({@link HiddenUnits}).
     */
    public EvaluationPlan shown(EvaluationPlan p) {
        ResultScope scope = access.scope();
        if (scope.everyArea() || p.benchmarkCode() == null || !scopes.within(List.of(p.benchmarkCode()), scope.area()).isEmpty()) return p;
        return new EvaluationPlan(p.id(), p.code(), p.name(), p.frameworkCode(), p.indicators(), p.normalisation(), p.indicatorWeighting(),
                p.groupWeighting(), p.aggregation(), p.areaCode(), null, p.matrices(), p.boundaries(), p.level(), p.groupLevels(),
                p.weightIndicator());
    }

    /** Forgets the lists of runs (a run was stored or published). */
    void forgetRunLists() {
        runLists.clear();
    }

    /** The newest visible run of each period, periods in ascending order (for trends). */
    public List<RunInfo> series(String planCode, boolean includeUnpublished) {
        Map<Period, RunInfo> newest = new LinkedHashMap<>();
        for (RunInfo r : runs(planCode, includeUnpublished)) newest.putIfAbsent(r.period(), r);
        List<RunInfo> out = new ArrayList<>(newest.values());
        out.sort(Comparator.comparing(RunInfo::period));
        return out;
    }

    /** The newest visible run for a period. */
    public Optional<RunInfo> visibleRun(String planCode, Period period, boolean includeUnpublished) {
        return runs(planCode, includeUnpublished).stream().filter(r -> r.period().equals(period)).findFirst();
    }

    /** The newest visible run of the latest period that has one. */
    public Optional<RunInfo> latest(String planCode, boolean includeUnpublished) {
        return runs(planCode, includeUnpublished).stream().findFirst();
    }

    /** The run with this id, if the caller may see it (an unpublished run only analysts and administrators). */
    public Optional<RunInfo> run(long id) {
        ResultScope scope = access.scope();
        Optional<RunInfo> found = runs.find(id).filter(r -> r.published() || scope.unpublished()).filter(r -> seesPlanOf(r, scope));
        if (scope.everyArea() || found.isEmpty()) return found;
        return Optional.of(facts(List.of(found.get()), plans.areaOf(found.get().planCode()).orElse(null), scope.area()).get(0));
    }

    /** The codes of the run's units the caller sees. */
    private java.util.Set<String> shown(RunInfo info) {
        return result(info).units().stream().map(RunResult.UnitResult::code).collect(java.util.stream.Collectors.toSet());
    }

    /** Whether the plan covers only units within {@code area} (its area lies within it). */
    private boolean planWithin(String planCode, String area) {
        return within(plans.areaOf(planCode).orElse(null), area);
    }

    private boolean seesPlanOf(RunInfo info, ResultScope scope) {
        return scope.everyArea() || seesArea(scope.area(), plans.areaOf(info.planCode()).orElse(null));
    }

    /**
     * What a reader of {@code area} does not see of a run ({@link HiddenUnits}): every code the run names (its units,
     * leader, benchmark, the codes in its notes) tried against the area as one set; kept per run and area.
     */
    private HiddenUnits hidden(RunInfo info, String area) {
        MaskKey key = new MaskKey(new CacheKey(info.id(), info.createdAt()), ResultScope.area(area));
        HiddenUnits h = hiddenUnits.get(key);
        if (h != null) return h;
        RunResult all = stored(info);
        java.util.Set<String> named = HiddenUnits.codesNamedBy(all.leaderCode(), all.benchmarkCode(), all.notes(), details.notes(info.id()));
        all.units().forEach(u -> named.add(u.code()));
        java.util.Set<String> visible = scopes.within(named, area);
        java.util.Set<String> hiddenNames = new java.util.HashSet<>();
        all.units().forEach(u -> {
            if (!visible.contains(u.code())) hiddenNames.add(u.name());
        });
        h = new HiddenUnits(visible, hiddenNames);
        if (hiddenUnits.size() >= MAX_CACHED_RESULTS) hiddenUnits.clear();
        hiddenUnits.put(key, h);
        return h;
    }

    private final Map<MaskKey, HiddenUnits> hiddenUnits = new ConcurrentHashMap<>();

    /**
     * The run's notes, for pages to show in their language ({@link RunNotes}); a run made before notes were
     * structured gives its English lines as {@link RunNote#TEXT} notes. A leader of an area is given only the notes
     * that name no unit outside its area ({@link HiddenUnits}).
     */
    public List<RunNote> notes(RunInfo info) {
        ResultScope scope = access.scope();
        requireVisible(info, scope);
        List<RunNote> notes = details.notes(info.id());
        if (notes.isEmpty() && !info.notes().isEmpty()) {
            notes = runs.find(info.id()).map(RunInfo::notes).orElse(List.of()).stream().map(n -> new RunNote(RunNote.TEXT, "", List.of(), n)).toList();
        }
        if (scope.everyArea() || planWithin(info.planCode(), scope.area())) return notes;
        return hidden(info, scope.area()).runNotes(notes);
    }

    /** How the run's weights were obtained (empty for runs made before method tables were stored). */
    public RunMethods methods(RunInfo info) {
        return details.methods(info.id());
    }

    /** The run's robustness (cached: once stored it never changes), or empty when it has none. */
    public Optional<RunRobustness> robustness(RunInfo info) {
        ResultScope scope = access.scope();
        requireVisible(info, scope);
        CacheKey key = new CacheKey(info.id(), info.createdAt());
        RunRobustness r = robustness.get(key);
        Optional<RunRobustness> loaded = r != null ? Optional.of(r) : details.robustness(info.id());
        if (r == null) loaded.ifPresent(x -> {
            if (robustness.size() >= MAX_CACHED_RESULTS) robustness.clear();
            robustness.put(key, x);
        });
        if (scope.everyArea()) return loaded;
        if (loaded.isEmpty()) return loaded;
        java.util.Set<String> shown = shown(info); // once, not once per interval
        RunRobustness x = loaded.get();
        return Optional.of(new RunRobustness(x.seed(), x.replications(), x.modelRuns(), x.variance(),
                x.intervals().stream().filter(i -> shown.contains(i.unit())).toList(), x.sensitivity()));
    }

    /**
     * The run's ranks within groups and its Theil decompositions between and within groups (plans with
     * group levels, docs/evaluation.md "Levels and groups"); {@link RunGroups#NONE} otherwise.
     */
    public RunGroups groups(RunInfo info) {
        ResultScope scope = access.scope();
        requireVisible(info, scope);
        RunGroups all = details.groups(info.id());
        if (scope.everyArea()) return all;
        // a leader of an area: the ranks of its own units; the groups within its area or containing it, each decided as a set
        java.util.Set<String> shown = shown(info);
        java.util.Set<String> groupCodes = new java.util.HashSet<>();
        all.groups().forEach(g -> groupCodes.add(g.group()));
        java.util.Set<String> inside = scopes.within(groupCodes, scope.area());
        java.util.Set<String> containing = scopes.containing(scope.area());
        return new RunGroups(all.ranks().stream().filter(r -> shown.contains(r.unit())).toList(), all.splits(),
                all.groups().stream().filter(g -> inside.contains(g.group()) || containing.contains(g.group())).toList());
    }

    /** Forgets the kept robustness of a run (its robustness was just stored). */
    void forgetRobustness(long runId) {
        robustness.keySet().removeIf(k -> k.id() == runId);
    }

    /** Forgets what is kept of a run (its robustness was added at publication). */
    void forget(RunInfo info) {
        robustness.remove(new CacheKey(info.id(), info.createdAt()));
    }

    /**
     * The results of a run as the caller may see them ({@link ResultScope}): everything for analysts,
     * administrators and leaders, other towns only as published city-wide for a town reporter.
     *
     * @throws UnknownRunException (404) for an unpublished run, unless the caller sees unpublished runs
     */
    public RunResult result(RunInfo info) {
        ResultScope scope = access.scope();
        requireVisible(info, scope);
        RunResult all = stored(info);
        if (scope.everyTown() && scope.everyArea()) return all;
        MaskKey key = new MaskKey(new CacheKey(info.id(), info.createdAt()), scope);
        RunResult r = masked.get(key);
        if (r != null) return r;
        String unit = scope.detailUnit();
        if (scope.everyArea() || planWithin(info.planCode(), scope.area())) {
            r = all;
        } else {
            HiddenUnits hidden = hidden(info, scope.area());
            r = ResultMask.within(all, code -> !hidden.hides(code), hidden);
        }
        if (!scope.everyTown()) {
            java.util.Set<String> detail = unit.isEmpty() ? java.util.Set.of()
                    : scopes.within(r.units().stream().map(RunResult.UnitResult::code).toList(), unit);
            r = ResultMask.apply(r, detail::contains);
        }
        if (masked.size() >= MAX_CACHED_RESULTS) masked.clear();
        masked.put(key, r);
        return r;
    }

    private void requireVisible(RunInfo info, ResultScope scope) {
        if (!info.published() && !scope.unpublished()) throw new UnknownRunException(info.id());
        if (!seesPlanOf(info, scope)) throw new UnknownRunException(info.id());
    }

    /** The stored results of a run, whole, for the evaluation's own computations (cached: they never change). */
    RunResult stored(RunInfo info) {
        CacheKey key = new CacheKey(info.id(), info.createdAt());
        RunResult r = results.get(key);
        if (r != null) return r;
        // the facts as stored: a reader's copy of them lacks what names units outside its area (HiddenUnits#info)
        r = runs.load(runs.find(info.id()).orElseThrow(() -> new UnknownRunException(info.id())));
        if (results.size() >= MAX_CACHED_RESULTS) results.clear();
        results.put(key, r);
        return r;
    }

}
