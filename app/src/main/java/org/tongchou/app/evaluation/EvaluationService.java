package org.tongchou.app.evaluation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongchou.app.data.DataValueService;
import org.tongchou.app.data.ValueStatus;
import org.tongchou.app.indicators.Framework;
import org.tongchou.app.indicators.FrameworkNode;
import org.tongchou.app.indicators.FrameworkService;
import org.tongchou.app.indicators.IndicatorCatalog;
import org.tongchou.app.periods.Period;
import org.tongchou.app.series.SeriesService;
import org.tongchou.app.units.AdminUnit;
import org.tongchou.app.units.UnitLevel;
import org.tongchou.app.units.UnitService;
import org.tongchou.engine.plan.PlanSpec;

/**
 * Evaluation plans and runs: keeps plans, runs a plan for a period on APPROVED values only (derived
 * indicators computed by their formulas), stores the results with a data version, and publishes runs.
 * Reading results is {@link EvaluationResults}' job.
 */
@Service
public class EvaluationService {
    /** Sources that mark demo data; such runs are labelled synthetic on every page. */
    static final java.util.regex.Pattern SYNTHETIC = java.util.regex.Pattern.compile("synthetic|demo|合成|演示|模拟", java.util.regex.Pattern.CASE_INSENSITIVE);
    private final PlanRepository plans;
    private final RunRepository runs;
    private final FrameworkService frameworks;
    private final DataValueService values;
    private final UnitService units;
    private final EvaluationResults results;
    private final SeriesService series;
    private final RunDetailsRepository details;
    private final RobustnessJobs robustness;
    /** Suppliers of raw inputs computed at run time (the cadre indicators of the meetings module). */
    private final ObjectProvider<RunInputSupplier> suppliers;

    private final Clock clock;

    EvaluationService(PlanRepository plans, RunRepository runs, FrameworkService frameworks, DataValueService values,
                      UnitService units, EvaluationResults results, SeriesService series, RunDetailsRepository details,
                      RobustnessJobs robustness, ObjectProvider<RunInputSupplier> suppliers, Clock clock) {
        this.clock = clock;
        this.details = details;
        this.robustness = robustness;
        this.suppliers = suppliers;
        this.plans = plans;
        this.runs = runs;
        this.frameworks = frameworks;
        this.values = values;
        this.units = units;
        this.results = results;
        this.series = series;
    }

    /**
     * The plans, kept for at most two seconds and forgotten when one is saved (after the commit): the
     * leaders' pages read them on every view, and plans change rarely.
     */
    public List<EvaluationPlan> plans() {
        CachedPlans c = cachedPlans;
        long now = System.nanoTime();
        if (c == null || now - c.loadedAt() >= EvaluationResults.RUN_LIST_TTL_NANOS) {
            c = new CachedPlans(List.copyOf(plans.findAll()), now);
            cachedPlans = c;
        }
        return c.plans();
    }

    public Optional<EvaluationPlan> plan(String code) {
        return plans().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /** Whether any plan is stored, read now (not from the kept list). */
    public boolean hasPlans() {
        return plans.any();
    }

    private record CachedPlans(List<EvaluationPlan> plans, long loadedAt) {
    }

    private volatile CachedPlans cachedPlans;

    private void forgetPlans() {
        cachedPlans = null;
    }

    /** A restored backup brings its own plans. */
    @org.springframework.context.event.EventListener
    void databaseReplaced(org.tongchou.app.web.DatabaseReplaced event) {
        forgetPlans();
    }

    /** Runs {@code action} now and again once the current transaction has committed (if there is one). */
    private static void afterCommit(Runnable action) {
        action.run();
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            action.run();
                        }
                    });
        }
    }

    /**
     * Saves (creates or replaces by code) a plan after checking it whole: framework, indicators, area,
     * benchmark and, for AHP, the matrices' sizes and reciprocity.
     */
    @Transactional
    public EvaluationPlan save(EvaluationPlan plan) {
        List<String> problems = new ArrayList<>();
        if (!plan.code().matches("[a-z][a-z0-9_-]{0,63}")) {
            problems.add("code '" + plan.code() + "' must be lower-case letters, digits, '_' or '-', starting with a letter");
        }
        Optional<Framework> fw = frameworks.find(plan.frameworkCode());
        if (fw.isEmpty()) {
            problems.add("unknown framework '" + plan.frameworkCode() + "'");
        } else {
            List<String> known = fw.get().dimensionIndicators();
            for (String i : plan.indicators()) {
                if (!known.contains(i)) problems.add("indicator '" + i + "' is not in the dimensions of framework '" + plan.frameworkCode() + "'");
            }
            PlanTree tree = PlanTree.of(fw.get(), plan.indicators());
            for (PairwiseMatrix m : plan.matrices().values()) {
                int n = tree.childrenOf(m.nodeCode()).size();
                if (n == 0) problems.add("AHP matrix for '" + m.nodeCode() + "': no such node in the plan");
                else if (n != m.size()) problems.add("AHP matrix for '" + m.nodeCode() + "' is " + m.size() + "×" + m.size() + ", the node has " + n + " children");
            }
        }
        if (!plan.national() && units.findByCodes(List.of(plan.areaCode())).getOrDefault(plan.areaCode(), List.of()).isEmpty()) {
            problems.add("unknown area '" + plan.areaCode() + "'");
        }
        problems.addAll(levelProblems(plan, fw.map(Framework::validate).orElse(null)));
        if (plan.benchmarkCode() != null && units.findByCodes(List.of(plan.benchmarkCode())).getOrDefault(plan.benchmarkCode(), List.of()).isEmpty()) {
            problems.add("unknown benchmark town '" + plan.benchmarkCode() + "'");
        }
        if (!problems.isEmpty()) throw new PlanException(plan.code(), problems);
        long id = plans.save(plan);
        afterCommit(this::forgetPlans);
        return plans.findById(id).orElseThrow();
    }

    /**
     * The default plan (created when absent): all indicators of the primary framework, min-max
     * normalisation, entropy weights within each group, equal weights for dimensions and sub-dimensions,
     * arithmetic aggregation.
     */
    @Transactional
    public EvaluationPlan ensureDefaultPlan(String areaCode, String benchmarkCode) {
        Optional<EvaluationPlan> existing = plans.findByCode(EvaluationPlan.DEFAULT_CODE);
        if (existing.isPresent()) return existing.get();
        Framework fw = frameworks.primary().orElseThrow(() -> new PlanException(EvaluationPlan.DEFAULT_CODE, List.of("no framework is loaded")));
        return save(new EvaluationPlan(0, EvaluationPlan.DEFAULT_CODE, "默认评价方案 Default plan", fw.code(), List.of(),
                PlanNormalisation.MIN_MAX, IndicatorWeighting.ENTROPY, GroupWeighting.EQUAL, PlanAggregation.ARITHMETIC,
                areaCode, benchmarkCode, Map.of()));
    }

    /**
     * Creates or replaces plan {@code code} with the default plan's methods (all indicators of the primary
     * framework, min-max, entropy, equal group weights, arithmetic) ranking {@code level} inside {@code area},
     * grouped by {@code groupLevels}, disparity weighted by {@code weight} (or unweighted): the command line's
     * {@code evaluate PLAN PERIOD --area ...}; {@code skipIncomplete}: its runs leave out units without figures (with a
     * note each) instead of refusing.
     */
    @Transactional
    public EvaluationPlan defineDefaultPlan(String code, String area, UnitLevel level, List<UnitLevel> groupLevels, String weight,
                                            boolean skipIncomplete) {
        Framework fw = frameworks.primary().orElseThrow(() -> new PlanException(code, List.of("no framework is loaded")));
        return save(new EvaluationPlan(0, code, code, fw.code(), List.of(), PlanNormalisation.MIN_MAX, IndicatorWeighting.ENTROPY,
                GroupWeighting.EQUAL, PlanAggregation.ARITHMETIC, area, null, Map.of(), PlanBoundaries.AS_REPORTED, level, groupLevels, weight,
                skipIncomplete));
    }

    /**
     * Runs the plan for one period and stores the result (not yet published), with its method tables and its
     * notes. The robustness of its ranking follows once the run has committed ({@link RobustnessJobs}: in the
     * background, or at once where background jobs are off); {@link #robustnessStatus} says where it stands.
     *
     * @throws IncompleteDataException listing every missing approved value; nothing is stored
     * @throws PlanException           when the plan cannot be run (every problem listed); nothing is stored
     */
    @Transactional
    public RunInfo run(String planCode, Period period, String user) {
        return runTimed(planCode, period, user).run();
    }

    /** {@link #run} with the time each of its stages took. */
    @Transactional
    public TimedRun runTimed(String planCode, Period period, String user) {
        return runTimed(() -> inputs(planCode, period), period, user);
    }

    private TimedRun runTimed(java.util.function.Supplier<RunInputs> read, Period period, String user) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        RunInputs in = read.get();
        boolean synthetic = synthetic(in, period);
        long t1 = System.nanoTime();
        long c1 = threads.getCurrentThreadCpuTime();
        EvaluationRunner.Computed computed = EvaluationRunner.run(in.plan(), in.framework(), in.catalog(), in.tree(), in.towns(),
                in.all(), in.previousRanks());
        List<RunResult.NodeScore> withCity = new ArrayList<>(computed.result().scores());
        CityValues.of(in.catalog(), in.tree().indicators(), in.all(), in.towns().size()).forEach((code, v) ->
                withCity.add(new RunResult.NodeScore(in.plan().areaCode(), code, v, Double.NaN, Double.NaN)));
        List<RunNote> notes = new ArrayList<>(computed.notes());
        notes.addAll(in.skipped());
        if (in.comparable() != null) notes.addAll(in.comparable().notes());
        in.supplied().forEach(s -> s.notes().forEach(n -> notes.add(new RunNote(RunNote.TEXT, "", List.of(), n))));
        RunResult c = computed.result();
        RunResult result = new RunResult(c.leaderCode(), c.benchmarkCode(), c.weights(), c.units(), withCity, c.gaps(), c.obstacles(),
                c.disparities(), notes.stream().map(RunNote::message).toList());
        int count = 0;
        for (double[] col : in.rawColumns().values()) for (double v : col) if (!Double.isNaN(v)) count++;
        String version = dataVersion(in.towns(), in.rawColumns());
        long t2 = System.nanoTime();
        long c2 = threads.getCurrentThreadCpuTime();
        long id = runs.insert(in.plan().id(), period, version, count, settings(in.plan()), user, synthetic, result);
        details.insertNotes(id, notes);
        details.insertMethods(id, computed.methods());
        details.insertGroups(id, computed.groups());
        in.supplied().forEach(s -> s.onStored().accept(id)); // the suppliers record what fed the run
        RobustnessJobs.Inputs robustnessInputs = new RobustnessJobs.Inputs(computed.spec(), computed.data());
        robustness.submit(id, () -> Optional.of(robustnessInputs));
        afterCommit(results::forgetRunLists);
        RunInfo info = runs.find(id).orElseThrow();
        return new TimedRun(info, new RunTimings(t1 - t0, t2 - t1, System.nanoTime() - t2,
                c1 - c0 + c2 - c1 + threads.getCurrentThreadCpuTime() - c2));
    }

    /**
     * How long a run's stages took, in nanoseconds (the command line prints them).
     *
     * @param read     plan, units, approved values, derived indicators, previous ranks, the synthetic check
     * @param evaluate the engine's evaluation and what the run stores computed from it (city values, data version)
     * @param store    writing the run, its results, notes, method tables and group figures
     * @param cpu      CPU time of the running thread over the three (the database server's work not included): a
     *                 figure that depends far less on the machine's load than the wall times
     */
    public record RunTimings(long read, long evaluate, long store, long cpu) {
    }

    /** A stored run and the time its stages took. */
    public record TimedRun(RunInfo run, RunTimings timings) {
    }

    /** Where the run's robustness stands: stored, queued, being computed, failed, or never computed. */
    public RobustnessStatus robustnessStatus(long runId) {
        return robustness.status(runId);
    }

    /** Waits at most {@code timeout} for the run's robustness to be stored; returns where it stands then. */
    public RobustnessStatus awaitRobustness(long runId, java.time.Duration timeout) {
        return robustness.await(runId, timeout);
    }

    /**
     * Computes a run's robustness on demand when it has none (never computed, or failed), from the run's stored
     * inputs, provided its plan is still as it was when the run was made; returns where it stands.
     */
    public RobustnessStatus requestRobustness(long runId) {
        RunInfo info = runs.find(runId).orElseThrow(() -> new UnknownRunException(runId));
        RobustnessStatus status = robustness.status(runId);
        if (status.state() == RobustnessStatus.State.NONE || status.state() == RobustnessStatus.State.FAILED) {
            robustness.submit(runId, () -> storedInputs(info));
        }
        return robustness.status(runId);
    }

    /**
     * What a run of a plan for a period reads: the plan, its framework and tree, the towns, the approved raw
     * values (on today's boundaries: their comparable series) with the derived indicators computed, and the
     * previous period's ranks.
     *
     * @param rawColumns raw indicators as read; {@code all} adds the derived ones
     * @param comparable on today's boundaries, how each value was derived; null as reported
     * @param supplied   raw inputs computed at run time by the {@link RunInputSupplier}s, laid over {@code rawColumns}
     * @param sources    the distinct sources of the approved values read (as reported); null on today's boundaries
     * @param skipped    one note per unit left out for lack of figures (a plan that skips them)
     */
    record RunInputs(EvaluationPlan plan, Framework framework, IndicatorCatalog catalog, PlanTree tree, List<Town> towns,
                     Set<String> rawCodes, Map<String, double[]> rawColumns, Map<String, double[]> all, ComparableInputs comparable,
                     Map<String, Double> previousRanks, List<SuppliedInputs> supplied, Set<String> sources, List<RunNote> skipped) {
    }

    /**
     * Reads what a run needs and checks it complete.
     *
     * @throws IncompleteDataException listing every missing approved value
     * @throws PlanException           for an unknown plan or framework, or fewer than two towns
     */
    RunInputs inputs(String planCode, Period period) {
        return inputs(plans.findByCode(planCode).orElseThrow(() -> new PlanException(planCode, List.of("no such plan"))), period);
    }

    /** {@link #inputs(String, Period)} of a plan given whole (saved or not). */
    RunInputs inputs(EvaluationPlan plan, Period period) {
        String planCode = plan.code();
        PlanFrame frame = frame(plan);
        Framework framework = frame.framework();
        IndicatorCatalog catalog = frame.catalog();
        PlanTree tree = frame.tree();
        List<Town> towns = towns(plan, period);
        if (towns.size() < 2) {
            throw new PlanException(planCode, List.of("area " + plan.areaCode() + " has " + towns.size()
                    + " " + plan.level().name().toLowerCase(java.util.Locale.ROOT) + "-level unit(s) valid " + (plan.boundaries() == PlanBoundaries.CURRENT ? "today"
                    : "at the end of " + period.code()) + "; at least 2 are needed"));
        }
        Set<String> rawCodes = frame.rawCodes(plan, true);
        boolean current = plan.boundaries() == PlanBoundaries.CURRENT;
        ComparableInputs comparable = current ? ComparableInputs.read(series, towns, rawCodes, period) : null;
        org.tongchou.app.data.ValueTable read = current ? null : values.read(List.copyOf(rawCodes),
                towns.stream().mapToLong(Town::unitId).toArray(), List.of(period), Set.of(ValueStatus.APPROVED));
        Map<String, double[]> rawCols = current ? comparable.columns() : read.columns(period);
        Set<String> sources = current ? null : read.sources();
        // raw inputs computed at run time (the cadre indicators, from targets and commitments) over the stored ones
        List<SuppliedInputs> supplied = suppliers.orderedStream()
                .map(s -> s.supply(period, towns.stream().map(Town::code).toList(), rawCodes)).toList();
        rawCols = SuppliedInputs.overlay(rawCols, supplied);
        return complete(plan, period, framework, catalog, tree, towns, rawCodes, rawCols, comparable, supplied, sources);
    }

    /**
     * The derived indicators computed, the units without figures left out with a note each (a plan that
     * {@link EvaluationPlan#skipIncomplete skips them}) or the run refused listing every missing value, and the
     * previous period's ranks.
     */
    private RunInputs complete(EvaluationPlan plan, Period period, Framework framework, IndicatorCatalog catalog, PlanTree tree,
                               List<Town> towns, Set<String> rawCodes, Map<String, double[]> rawCols, ComparableInputs comparable,
                               List<SuppliedInputs> supplied, Set<String> sources) {
        String planCode = plan.code();
        Map<String, double[]> all = catalog.computeDerived(rawCols, towns.size());
        List<RunNote> skipped = new ArrayList<>();
        if (plan.skipIncomplete()) {
            List<String> needed = new ArrayList<>(tree.indicators());
            if (plan.weightIndicator() != null && !needed.contains(plan.weightIndicator())) needed.add(plan.weightIndicator());
            List<Integer> keep = new ArrayList<>();
            for (int i = 0; i < towns.size(); i++) {
                List<String> lacks = new ArrayList<>();
                for (String ind : needed) {
                    double[] c = all.get(ind);
                    if (c == null || !Double.isFinite(c[i])) lacks.add(ind);
                }
                if (lacks.isEmpty()) {
                    keep.add(i);
                } else {
                    Town t = towns.get(i);
                    skipped.add(new RunNote(RunNote.UNIT_LEFT_OUT, t.code(), List.of(t.name(), String.join(",", lacks)),
                            t.name() + " (" + t.code() + ") left out: no figure of " + String.join(", ", lacks)));
                }
            }
            if (keep.size() < towns.size()) {
                towns = keep.stream().map(towns::get).toList();
                rawCols = kept(rawCols, keep);
                all = kept(all, keep);
                if (comparable != null) {
                    Set<String> codes = new java.util.HashSet<>(towns.stream().map(Town::code).toList());
                    comparable = new ComparableInputs(kept(comparable.columns(), keep), keep.stream().map(comparable.reasons()::get).toList(),
                            comparable.notes().stream().filter(n -> codes.contains(n.subject())).toList(), comparable.contributors());
                }
            }
            if (towns.size() < 2) {
                throw new PlanException(planCode, List.of(towns.size() + " " + plan.level().name().toLowerCase(java.util.Locale.ROOT)
                        + "-level unit(s) of area " + plan.areaCode() + " have every figure of the plan in " + period.code() + " ("
                        + skipped.size() + " left out for lack of figures); at least 2 are needed"));
            }
        } else {
            requireComplete(planCode, period, tree, towns, all, catalog, comparable);
        }
        Map<String, Double> previousRanks = new HashMap<>();
        results.visibleRun(planCode, previous(period), true).map(results::result).ifPresent(prev ->
                prev.units().forEach(u -> previousRanks.put(u.code(), u.rank())));
        return new RunInputs(plan, framework, catalog, tree, towns, rawCodes, rawCols, all, comparable, previousRanks, supplied, sources, skipped);
    }

    /** Each column cut to the rows {@code keep} (in that order). */
    private static Map<String, double[]> kept(Map<String, double[]> cols, List<Integer> keep) {
        Map<String, double[]> out = new java.util.LinkedHashMap<>();
        cols.forEach((ind, c) -> {
            double[] k = new double[keep.size()];
            for (int j = 0; j < k.length; j++) k[j] = c[keep.get(j)];
            out.put(ind, k);
        });
        return out;
    }

    /**
     * Runs a plan on units and raw figures a module supplies whole instead of the approved values of the plan's area
     * (the census module: every county of a census with its figures, or today's counties with the figures its reviewed
     * crosswalk carries to them), and stores the run like {@link #run}: the same engine, results, notes, method
     * tables, group ranks, Theil decompositions and robustness. The derived indicators are computed from the supplied
     * raw ones by their formulas; a unit without a figure is left out with a note when the plan
     * {@link EvaluationPlan#skipIncomplete skips them}, else the run is refused.
     *
     * @throws PlanException           for an unknown plan or framework, a raw indicator the plan reads that is not
     *                                 supplied, a unit whose groups do not match the plan's group levels, or fewer than
     *                                 two units with figures (every problem listed); nothing is stored
     * @throws IncompleteDataException a unit without a figure of a plan that does not skip them; nothing is stored
     */
    @Transactional
    public TimedRun runSupplied(String planCode, Period period, SuppliedRun supplied, String user) {
        return runTimed(() -> supplied(planCode, period, supplied), period, user);
    }

    private RunInputs supplied(String planCode, Period period, SuppliedRun in) {
        EvaluationPlan plan = plans.findByCode(planCode).orElseThrow(() -> new PlanException(planCode, List.of("no such plan")));
        PlanFrame frame = frame(plan);
        // supplied figures carry no coupling subsystems: only what the tree and the disparity weight read
        Set<String> rawCodes = frame.rawCodes(plan, false);
        List<String> problems = new ArrayList<>();
        for (String c : rawCodes) {
            double[] col = in.raw().get(c);
            if (col == null) problems.add("raw indicator '" + c + "' of the plan is not supplied");
            else if (col.length != in.units().size()) problems.add("raw indicator '" + c + "' has " + col.length + " values for " + in.units().size() + " units");
        }
        List<Town> towns = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (SuppliedRun.Unit u : in.units()) {
            if (u.groups().size() != plan.groupLevels().size()) {
                problems.add("unit " + u.code() + " has " + u.groups().size() + " group(s), the plan groups by " + plan.groupLevels());
            }
            if (!seen.add(u.code())) problems.add("unit " + u.code() + " is supplied twice");
            towns.add(new Town(0, u.code(), u.name(), u.groups()));
        }
        if (!problems.isEmpty()) throw new PlanException(planCode, problems);
        Map<String, double[]> raw = new java.util.LinkedHashMap<>();
        for (String c : rawCodes) raw.put(c, in.raw().get(c).clone());
        List<SuppliedInputs> notes = in.notes().isEmpty() ? List.of()
                : List.of(new SuppliedInputs(Map.of(), in.notes(), runId -> { }));
        return complete(plan, period, frame.framework(), frame.catalog(), frame.tree(), towns, rawCodes, raw, null, notes, Set.of(in.source()));
    }

    /** A plan's framework (checked), its indicator catalog and the plan's tree over it. */
    private record PlanFrame(Framework framework, IndicatorCatalog catalog, PlanTree tree) {

        /**
         * The raw indicators a run of the plan reads: those under its tree and its disparity weight, and with
         * {@code subsystems} those of the framework's coupling subsystems, each expanded to its formula's raw inputs.
         */
        Set<String> rawCodes(EvaluationPlan plan, boolean subsystems) {
            Set<String> needed = new LinkedHashSet<>(tree.indicators());
            if (subsystems) framework.subsystems().forEach(s -> needed.addAll(s.indicatorCodes()));
            if (plan.weightIndicator() != null) needed.add(plan.weightIndicator());
            Set<String> raw = new LinkedHashSet<>();
            for (String c : needed) raw.addAll(catalog.rawInputs(c));
            return raw;
        }
    }

    /** @throws PlanException for a framework that does not exist */
    private PlanFrame frame(EvaluationPlan plan) {
        Framework framework = frameworks.find(plan.frameworkCode())
                .orElseThrow(() -> new PlanException(plan.code(), List.of("unknown framework '" + plan.frameworkCode() + "'")));
        IndicatorCatalog catalog = framework.validate();
        return new PlanFrame(framework, catalog, PlanTree.of(framework, plan.indicators()));
    }

    private static void requireComplete(String planCode, Period period, PlanTree tree, List<Town> towns, Map<String, double[]> all,
                                        IndicatorCatalog catalog, ComparableInputs comparable) {
        List<String> missing = new ArrayList<>();
        for (String ind : tree.indicators()) {
            double[] c = all.get(ind);
            for (int i = 0; i < towns.size(); i++) {
                if (c == null || Double.isNaN(c[i]) || Double.isInfinite(c[i])) {
                    missing.add(towns.get(i).name() + "/" + ind + (comparable != null ? whyMissing(comparable.reasons().get(i), catalog, ind) : ""));
                }
            }
        }
        if (!missing.isEmpty()) throw new IncompleteDataException(planCode, period.code(), missing);
    }

    /** Whether any value the run read came from the synthetic demo data. */
    private boolean synthetic(RunInputs in, Period period) {
        if (in.sources() != null) return in.sources().stream().anyMatch(src -> SYNTHETIC.matcher(src).find());
        List<Long> sourceUnits = in.comparable() != null
                ? units.findByCodes(in.comparable().contributors()).values().stream().flatMap(List::stream).map(AdminUnit::id).toList()
                : in.towns().stream().map(Town::unitId).toList();
        return values.list(in.rawCodes(), sourceUnits, List.of(period)).stream()
                .anyMatch(v -> v.source() != null && SYNTHETIC.matcher(v.source()).find());
    }

    /**
     * Publishes a run: from then on leaders see it. Publishing twice is harmless. A run made before runs
     * carried their robustness gets it now, from its stored inputs, provided its plan is still as it was
     * when the run was made (otherwise the figures would describe another plan, and none are stored).
     */
    @Transactional
    public RunInfo publish(long runId, String user) {
        RunInfo info = runs.find(runId).orElseThrow(() -> new UnknownRunException(runId));
        if (!info.published()) {
            ensureRobustness(info);
            runs.publish(runId, user);
        }
        afterCommit(results::forgetRunLists);
        return runs.find(runId).orElseThrow();
    }

    private void ensureRobustness(RunInfo info) {
        RobustnessStatus status = robustness.status(info.id());
        if (status.state() != RobustnessStatus.State.NONE && status.state() != RobustnessStatus.State.FAILED) return;
        if (details.notes(info.id()).isEmpty() && !info.notes().isEmpty()) {
            details.insertNotes(info.id(), info.notes().stream().map(n -> new RunNote(RunNote.TEXT, "", List.of(), n)).toList());
        }
        robustness.submit(info.id(), () -> storedInputs(info));
    }

    /**
     * What the robustness of a stored run evaluates, rebuilt from its stored raw values: empty when its plan has
     * changed since the run (the figures would describe another plan) or is gone.
     */
    Optional<RobustnessJobs.Inputs> storedInputs(RunInfo info) {
        Optional<EvaluationPlan> plan = plans.findByCode(info.planCode());
        if (plan.isEmpty() || !runs.settings(info.id()).orElse("").equals(settings(plan.get()))) return Optional.empty();
        Optional<Framework> framework = frameworks.find(plan.get().frameworkCode());
        if (framework.isEmpty()) return Optional.empty();
        IndicatorCatalog catalog = framework.get().validate();
        PlanTree tree = PlanTree.of(framework.get(), plan.get().indicators());
        RunResult stored = results.stored(info);
        List<Town> towns = stored.units().stream().map(u -> new Town(0, u.code(), u.name())).toList();
        Map<String, double[]> raw = new HashMap<>();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < towns.size(); i++) position.put(towns.get(i).code(), i);
        for (String ind : tree.indicators()) {
            // a value the run did not store stays missing (NaN, as the engine's missing-value policy reads it), not 0
            double[] col = new double[towns.size()];
            Arrays.fill(col, Double.NaN);
            raw.put(ind, col);
        }
        for (RunResult.NodeScore s : stored.scores()) {
            double[] col = raw.get(s.node());
            Integer i = position.get(s.unit());
            if (col != null && i != null) col[i] = s.raw();
        }
        PlanSpec spec = EnginePlans.spec(plan.get(), framework.get(), catalog, tree).withCoupling(null)
                .withDisparity(org.tongchou.engine.plan.DisparitySpec.standard());
        return Optional.of(new RobustnessJobs.Inputs(spec, EnginePlans.data(spec, towns, raw)));
    }

    /**
     * Stored runs' inputs as the files another engine of the same plan reads ({@link RunInputFiles}: the Spark
     * job, the engine's {@code evaluate-plan}): the plan of the runs as they were made (groupings, coupling and
     * disparity weight included), the raw values each evaluated (read again as the run read them, and checked against
     * its data version) and their stored figures (scores and ranks, group ranks, Theil splits, coupling).
     *
     * @throws UnknownRunException     for a run that does not exist
     * @throws PlanException           when the runs' plan has changed since or is gone, their values have changed since,
     *                                 or the runs are of several plans
     * @throws IncompleteDataException when a value a run read is no longer approved
     */
    @Transactional(readOnly = true)
    RunInputFiles runInputs(List<Long> runIds) {
        List<RunInputFiles.Run> out = new ArrayList<>();
        for (long id : runIds) {
            RunInfo info = runs.find(id).orElseThrow(() -> new UnknownRunException(id));
            EvaluationPlan plan = plans.findByCode(info.planCode())
                    .filter(p -> runs.settings(info.id()).orElse("").equals(settings(p)))
                    .orElseThrow(() -> new PlanException(info.planCode(),
                            List.of("run " + id + ": the plan has changed since the run or is gone; its inputs are not what the run evaluated")));
            // the run's inputs read again as the run read them, with its groups, coupling indicators and disparity weight;
            // equal to what it evaluated only if the approved values are (the run's data version)
            RunInputs in = inputs(plan, info.period());
            String version = dataVersion(in.towns(), in.rawColumns());
            if (!version.equals(info.dataVersion())) {
                throw new PlanException(info.planCode(), List.of("run " + id + ": the values of " + info.period().code()
                        + " have changed since the run (data version " + info.dataVersion() + ", now " + version
                        + "); its inputs are not what the run evaluated: make a new run"));
            }
            PlanSpec spec = EnginePlans.spec(plan, in.framework(), in.catalog(), in.tree());
            out.add(new RunInputFiles.Run(info, spec, EnginePlans.data(spec, in.towns(), in.all(), plan.groupLevels()), results.result(info),
                    results.groups(info)));
        }
        return RunInputFiles.of(out);
    }

    /**
     * The default plan over several years, each run published: what the demo loader calls after loading
     * the demo city's approved data. Years without complete data are skipped and returned, each with its
     * missing values.
     */
    @Transactional
    public List<IncompleteDataException> runAndPublishYears(String planCode, int fromYear, int toYear, String user) {
        List<IncompleteDataException> skipped = new ArrayList<>();
        for (int y = fromYear; y <= toYear; y++) {
            try {
                RunInfo r = run(planCode, Period.year(y), user);
                publish(r.id(), user);
            } catch (IncompleteDataException e) {
                skipped.add(e);
            }
        }
        return skipped;
    }

    /**
     * Kinds of township-level unit that are ranked as towns: 镇, 街道, 乡 and their ethnic variants.
     * Development zones, farms and other "similar to township" units (开发区, 农林场, 类似乡级单位) are
     * not towns: they have no administrative villages or residents of their own in the sense the
     * framework measures (e.g. collective income per village), and the city ranks its towns.
     */
    static final Set<String> TOWN_KINDS = Set.of("镇", "街道", "乡", "民族乡", "苏木", "民族苏木");

    /**
     * The units a plan ranks in a period (see {@link #units(EvaluationPlan, java.time.LocalDate)}): those valid at
     * the end of the period, or today's on today's boundaries.
     */
    List<Town> towns(EvaluationPlan plan, Period period) {
        return plan.boundaries() == PlanBoundaries.CURRENT ? currentTowns(plan) : units(plan, period.end());
    }

    /**
     * The units of the plan's level inside its area valid on {@code day}, by code: townships of the
     * {@link #TOWN_KINDS}, counties but the 市辖区 placeholders of the code lists, every unit of other levels.
     * Each carries its group at every group level of the plan: the ancestor of that level, whose code the
     * unit's statistical code begins with (the code lists build codes that way).
     */
    List<Town> units(EvaluationPlan plan, java.time.LocalDate day) {
        List<AdminUnit> candidates = plan.national() ? units.atLevel(plan.level(), day) : units.withinCode(plan.areaCode(), plan.level(), day);
        List<Town> out = new ArrayList<>();
        for (AdminUnit u : candidates) {
            if (u.level() != plan.level() || !ranked(u)) continue;
            List<String> groups = plan.groupLevels().stream()
                    .map(l -> org.tongchou.app.units.UnitCode.normalise(u.code().substring(0, l.digits()))).toList();
            out.add(new Town(u.id(), u.code(), u.name(), groups));
        }
        return out;
    }

    private static boolean ranked(AdminUnit u) {
        return switch (u.level()) {
            case TOWNSHIP -> TOWN_KINDS.contains(u.kind());
            case COUNTY -> !"市辖区".equals(u.kind());
            default -> true;
        };
    }

    /** Units on today's boundaries: those valid today inside the plan's area. */
    List<Town> currentTowns(EvaluationPlan plan) {
        return units(plan, java.time.LocalDate.now(clock));
    }

    /** What is wrong with a plan's level, group levels and disparity weight. */
    private static List<String> levelProblems(EvaluationPlan plan, IndicatorCatalog catalog) {
        List<String> problems = new ArrayList<>();
        if (!plan.national()) {
            UnitLevel area = org.tongchou.app.units.UnitCode.lookupLevel(plan.areaCode());
            if (area.ordinal() >= plan.level().ordinal()) {
                problems.add("area " + plan.areaCode() + " is a " + area.name().toLowerCase(java.util.Locale.ROOT) + ": it has no "
                        + plan.level().name().toLowerCase(java.util.Locale.ROOT) + "-level units to rank below it");
            }
        }
        for (UnitLevel g : plan.groupLevels()) {
            if (g.ordinal() >= plan.level().ordinal()) {
                problems.add("group level " + g + " is not above the ranked level " + plan.level());
            }
        }
        if (plan.groupLevels().size() != new java.util.HashSet<>(plan.groupLevels()).size()) {
            problems.add("group levels " + plan.groupLevels() + " repeat a level");
        }
        if (plan.weightIndicator() != null && catalog != null && !catalog.contains(plan.weightIndicator())) {
            problems.add("disparity weight '" + plan.weightIndicator() + "' is not an indicator of framework '" + plan.frameworkCode() + "'");
        }
        return problems;
    }

    /** Why a town's indicator is missing on today's boundaries: the reasons of its raw inputs' points. */
    private static String whyMissing(Map<String, String> townReasons, IndicatorCatalog catalog, String indicator) {
        List<String> why = new ArrayList<>();
        for (String raw : catalog.rawInputs(indicator)) {
            String r = townReasons.get(raw);
            if (r != null) why.add(raw + ": " + r);
        }
        return why.isEmpty() ? "" : " (" + String.join("; ", why) + ")";
    }

    static Period previous(Period p) {
        if (p.index() > 1) return new Period(p.type(), p.year(), p.index() - 1);
        return new Period(p.type(), p.year() - 1, p.type().perYear());
    }

    private static String settings(EvaluationPlan p) {
        return "framework=" + p.frameworkCode() + "; indicators=" + (p.indicators().isEmpty() ? "all" : String.join(",", p.indicators()))
                + "; normalisation=" + p.normalisation() + "; indicator weighting=" + p.indicatorWeighting()
                + "; group weighting=" + p.groupWeighting() + "; aggregation=" + p.aggregation()
                + "; boundaries=" + p.boundaries()
                + "; matrices=" + String.join(",", p.matrices().keySet())
                + (p.level() == UnitLevel.TOWNSHIP && p.groupLevels().isEmpty() && p.weightIndicator() == null ? ""
                : "; level=" + p.level() + "; groups=" + p.groupLevels().stream().map(Enum::name).collect(java.util.stream.Collectors.joining(","))
                + "; disparity weight=" + (p.weightIndicator() == null ? "none" : p.weightIndicator()))
                + (p.skipIncomplete() ? "; units without figures=left out" : "");
    }

    /** SHA-256 over the sorted (town, indicator, value) triples read; equal data give equal versions. */
    private static String dataVersion(List<Town> towns, Map<String, double[]> raw) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            raw.keySet().stream().sorted().forEach(ind -> {
                double[] c = raw.get(ind);
                for (int i = 0; i < towns.size(); i++) {
                    if (!Double.isNaN(c[i])) md.update((towns.get(i).code() + "|" + ind + "|" + Double.toString(c[i]) + "\n").getBytes(StandardCharsets.UTF_8));
                }
            });
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /**
     * The indicators of a framework's dimensions that can be carried across boundary changes, i.e. that a
     * plan on {@link PlanBoundaries#CURRENT today's boundaries} can evaluate for years before a merge or
     * split: those whose aggregation rule, and that of every indicator their formula reads, is not
     * {@code NONE} (survey scores and similar have no value for a territory that did not report them).
     */
    public List<String> comparableIndicators(String frameworkCode) {
        Framework fw = frameworks.find(frameworkCode)
                .orElseThrow(() -> new PlanException(frameworkCode, List.of("unknown framework '" + frameworkCode + "'")));
        IndicatorCatalog catalog = fw.validate();
        return fw.dimensionIndicators().stream()
                .filter(code -> carriesAcross(catalog, code, 0))
                .toList();
    }

    private static boolean carriesAcross(IndicatorCatalog catalog, String code, int depth) {
        var ind = catalog.get(code);
        if (ind.aggregation() == org.tongchou.app.indicators.Aggregation.NONE || depth > 32) return false;
        if (ind.weightIndicator() != null && !carriesAcross(catalog, ind.weightIndicator(), depth + 1)) return false;
        return catalog.formula(code).map(f -> catalog.rawInputs(code).stream().allMatch(r -> carriesAcross(catalog, r, depth + 1)))
                .orElse(true);
    }

    /** Subsystem nodes of a framework, for pages. */
    public List<FrameworkNode> subsystems(String frameworkCode) {
        return frameworks.find(frameworkCode).map(Framework::subsystems).orElse(List.of());
    }
}
