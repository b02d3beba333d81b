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
 * anyone else is ignored, and such a run's results are refused as if it did not exist), and a town
 * reporter every other town only as published city-wide ({@link ResultMask}).
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

    /** Id and creation time: ids restart when a database is emptied (tests, restores), creation times do not repeat. */
    private record CacheKey(long id, java.time.OffsetDateTime createdAt) {
    }

    private record MaskKey(CacheKey run, String detailUnit) {
    }

    EvaluationResults(RunRepository runs, RunDetailsRepository details, ResultAccess access, ScopeService scopes) {
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
    private record RunList(List<RunInfo> runs, long loadedAt) {
    }
    private record RunListKey(String plan, boolean unpublished) {
    }
    private final Map<RunListKey, RunList> runLists = new ConcurrentHashMap<>();

    /** Every visible run of the plan, newest period first (several runs of a period: newest first). */
    public List<RunInfo> runs(String planCode, boolean includeUnpublished) {
        includeUnpublished = includeUnpublished && access.scope().unpublished();
        RunListKey key = new RunListKey(planCode, includeUnpublished);
        RunList cached = runLists.get(key);
        long now = System.nanoTime();
        if (cached != null && now - cached.loadedAt() < RUN_LIST_TTL_NANOS) return cached.runs();
        List<RunInfo> loaded = List.copyOf(runs.runsOf(planCode, !includeUnpublished));
        runLists.put(key, new RunList(loaded, now));
        return loaded;
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
        boolean unpublished = access.scope().unpublished();
        return runs.find(id).filter(r -> r.published() || unpublished);
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
        requireVisible(info, access.scope());
        CacheKey key = new CacheKey(info.id(), info.createdAt());
        RunRobustness r = robustness.get(key);
        if (r != null) return Optional.of(r);
        Optional<RunRobustness> loaded = details.robustness(info.id());
        loaded.ifPresent(x -> {
            if (robustness.size() >= MAX_CACHED_RESULTS) robustness.clear();
            robustness.put(key, x);
        });
        return loaded;
    }

    /**
     * The run's ranks within groups and its Theil decompositions between and within groups (plans with
     * group levels, docs/evaluation.md "Levels and groups"); {@link RunGroups#NONE} otherwise.
     */
    public RunGroups groups(RunInfo info) {
        requireVisible(info, access.scope());
        return details.groups(info.id());
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
        if (scope.everyTown()) return all;
        MaskKey key = new MaskKey(new CacheKey(info.id(), info.createdAt()), scope.detailUnit());
        RunResult r = masked.get(key);
        if (r != null) return r;
        String unit = scope.detailUnit();
        r = ResultMask.apply(all, code -> !unit.isEmpty() && scopes.isWithinScope(code, unit));
        if (masked.size() >= MAX_CACHED_RESULTS) masked.clear();
        masked.put(key, r);
        return r;
    }

    private static void requireVisible(RunInfo info, ResultScope scope) {
        if (!info.published() && !scope.unpublished()) throw new UnknownRunException(info.id());
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
