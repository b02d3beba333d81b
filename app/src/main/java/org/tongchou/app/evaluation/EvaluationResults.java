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
 * do not exist for it.
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
    private record RunListKey(String plan, boolean unpublished) {
    }
    private final Map<RunListKey, RunList> runLists = new ConcurrentHashMap<>();

    /** Every visible run of the plan, newest period first (several runs of a period: newest first). */
    public List<RunInfo> runs(String planCode, boolean includeUnpublished) {
        ResultScope scope = access.scope();
        includeUnpublished = includeUnpublished && scope.unpublished();
        RunListKey key = new RunListKey(planCode, includeUnpublished);
        RunList cached = runLists.get(key);
        long now = System.nanoTime();
        if (cached == null || now - cached.loadedAt() >= RUN_LIST_TTL_NANOS) {
            cached = new RunList(List.copyOf(runs.runsOf(planCode, !includeUnpublished)), plans.areaOf(planCode).orElse(null), now);
            runLists.put(key, cached);
        }
        return seesArea(scope.area(), cached.area()) ? cached.runs() : List.of();
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
        ResultScope scope = access.scope();
        return scope.everyArea() || planWithin(planCode, scope.area());
    }

    /** Whether the caller sees the plans over this area ({@link ResultScope#area()}; a leader of an area only its own). */
    public boolean seesPlanArea(String planArea) {
        return seesArea(access.scope().area(), planArea);
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
        return runs.find(id).filter(r -> r.published() || scope.unpublished()).filter(r -> seesPlanOf(r, scope));
    }

    /** The codes of the run's units the caller sees. */
    private java.util.Set<String> shown(RunInfo info) {
        return result(info).units().stream().map(RunResult.UnitResult::code).collect(java.util.stream.Collectors.toSet());
    }

    /** Whether the plan covers only units within {@code area} (its area lies within it). */
    private boolean planWithin(String planCode, String area) {
        String planArea = plans.areaOf(planCode).orElse(null);
        return planArea != null && !EvaluationPlan.COUNTRY.equals(planArea) && scopes.isWithinScope(planArea, area);
    }

    private boolean seesPlanOf(RunInfo info, ResultScope scope) {
        return scope.everyArea() || seesArea(scope.area(), plans.areaOf(info.planCode()).orElse(null));
    }

    /** Whether a unit is shown to a caller of this scope (every unit, or a unit within a leader's area). */
    private boolean inArea(String unit, ResultScope scope) {
        return scope.everyArea() || scopes.isWithinScope(unit, scope.area());
    }

    /**
     * The run's notes, for pages to show in their language ({@link RunNotes}); a run made before notes were
     * structured gives its English lines as {@link RunNote#TEXT} notes.
     */
    public List<RunNote> notes(RunInfo info) {
        List<RunNote> notes = details.notes(info.id());
        if (!notes.isEmpty() || info.notes().isEmpty()) return notes;
        return info.notes().stream().map(n -> new RunNote(RunNote.TEXT, "", List.of(), n)).toList();
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
        return loaded.map(x -> new RunRobustness(x.seed(), x.replications(), x.modelRuns(), x.variance(),
                x.intervals().stream().filter(i -> shown(info).contains(i.unit())).toList(), x.sensitivity()));
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
        // a leader of an area: the ranks of its own units; the groups within its area or containing it
        java.util.Set<String> shown = shown(info);
        return new RunGroups(all.ranks().stream().filter(r -> shown.contains(r.unit())).toList(), all.splits(),
                all.groups().stream().filter(g -> inArea(g.group(), scope) || scopes.isWithinScope(scope.area(), g.group())).toList());
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
        r = scope.everyArea() || planWithin(info.planCode(), scope.area()) ? all : ResultMask.within(all, code -> inArea(code, scope));
        if (!scope.everyTown()) r = ResultMask.apply(r, code -> !unit.isEmpty() && scopes.isWithinScope(code, unit));
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
        r = runs.load(info);
        if (results.size() >= MAX_CACHED_RESULTS) results.clear();
        results.put(key, r);
        return r;
    }

}
