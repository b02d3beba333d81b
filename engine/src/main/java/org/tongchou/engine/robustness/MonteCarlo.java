package org.tongchou.engine.robustness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.tongchou.engine.data.EngineInputException;
import org.tongchou.engine.data.InvalidArgumentException;

/**
 * Monte Carlo uncertainty and sensitivity analysis of a {@link ScoreModel} over uncertain
 * {@link Assumption}s, the method of Saisana, Saltelli &amp; Tarantola 2005 (J. R. Statist. Soc. A 168,
 * doi:10.1111/j.1467-985X.2005.00350.x) as COINr's {@code get_sensitivity} implements it.
 *
 * <p>Every replication is a row of uniform numbers, one per assumption, mapped to values by the
 * assumptions; the model gives scores, ranked highest first with ties at the lowest rank
 * ({@link DescendingRanks}). An uncertainty analysis draws N independent rows; a sensitivity analysis
 * evaluates the N(d + 2) rows of a {@link SaltelliDesign} and estimates indices of a scalar
 * {@link SensitivityTarget} by {@link SensitivityIndices}.
 *
 * <p>Reproducible: the whole design is drawn from the seed before any evaluation, then rows are
 * evaluated in parallel on a dedicated {@link ForkJoinPool} of {@code parallelism} threads; each
 * replication depends only on its row, so the same seed gives the same result whatever the number of
 * threads.
 *
 * <p>A replication whose model refuses its input (an {@link EngineInputException}, e.g. a geometric mean
 * meeting a 0) either stops the run with the replication number and its assumption values
 * ({@link ReplicationFailure#FAIL}) or records missing scores ({@link ReplicationFailure#RECORD_MISSING},
 * as COINr does). Any other exception from the model is a bug and propagates unchanged either way.
 */
public final class MonteCarlo {
    private final List<String> units;
    private final List<Assumption<?>> assumptions;
    private final ScoreModel model;
    private final int parallelism;
    private final ReplicationFailure onFailure;

    /**
     * @param units       unit codes in the order the model returns scores
     * @param assumptions the uncertain assumptions (at least one)
     * @param model       thread-safe model
     * @param parallelism threads to use (1 = sequential in the caller's pool of one)
     * @param onFailure   what a replication whose model refuses its input does
     * @throws InvalidArgumentException without assumptions or with parallelism &lt; 1
     */
    public MonteCarlo(List<String> units, List<Assumption<?>> assumptions, ScoreModel model, int parallelism,
                      ReplicationFailure onFailure) {
        if (assumptions.isEmpty()) {
            throw new InvalidArgumentException("assumptions", "none", "Monte Carlo needs at least one uncertain assumption");
        }
        if (parallelism < 1) throw new InvalidArgumentException("parallelism", parallelism, "must be at least 1");
        this.units = List.copyOf(units);
        this.assumptions = List.copyOf(assumptions);
        this.model = java.util.Objects.requireNonNull(model);
        this.parallelism = parallelism;
        this.onFailure = java.util.Objects.requireNonNull(onFailure);
    }

    /**
     * {@link #MonteCarlo(List, List, ScoreModel, int, ReplicationFailure)} that stops at a failing replication.
     *
     * @param units       unit codes in the order the model returns scores
     * @param assumptions the uncertain assumptions (at least one)
     * @param model       thread-safe model
     * @param parallelism threads to use, at least 1
     */
    public MonteCarlo(List<String> units, List<Assumption<?>> assumptions, ScoreModel model, int parallelism) {
        this(units, assumptions, model, parallelism, ReplicationFailure.FAIL);
    }

    /**
     * Uncertainty analysis: {@code replications} independent uniform rows drawn from {@code seed}.
     *
     * @param replications number of model runs, at least 1
     * @param seed         any 64-bit seed; the same seed gives the same result whatever the parallelism
     * @return nominal and replicated scores and ranks, the design and each unit's rank statistics
     * @throws InvalidArgumentException for fewer than 1 replication
     * @throws MonteCarloException      when a replication's model refuses its input under {@link ReplicationFailure#FAIL}
     */
    public UncertaintyResult uncertainty(int replications, long seed) {
        if (replications < 1) throw new InvalidArgumentException("replications", replications, "must be at least 1");
        double[][] design = SaltelliDesign.uniform(replications, assumptions.size(), new SplittableRandom(seed));
        Evaluated e = evaluate(design);
        return result(e, design, replications);
    }

    /**
     * Sensitivity analysis on a Saltelli design of N points per matrix drawn from {@code seed}
     * (N(d + 2) model runs). Rank statistics use the 2N rows of A and B, as COINr's do.
     *
     * @param n         N, at least 2
     * @param seed      any 64-bit seed
     * @param target    the scalar output of a replication
     * @param variance  the variance normalising the indices
     * @param bootstrap bootstrap bounds, or empty
     * @return the replications, the outputs and the indices
     * @throws InvalidArgumentException for N &lt; 2
     * @throws org.tongchou.engine.data.InvalidInputException for a missing output (see {@link SensitivityIndices})
     * @throws MonteCarloException      when a replication's model refuses its input under {@link ReplicationFailure#FAIL}
     */
    public SensitivityRun sensitivity(int n, long seed, SensitivityTarget target, VarianceEstimator variance,
                                      Optional<Bootstrap> bootstrap) {
        SaltelliDesign design = SaltelliDesign.random(n, assumptions.size(), new SplittableRandom(seed));
        double[][] rows = new double[design.size()][];
        for (int k = 0; k < rows.length; k++) rows[k] = design.rowLive(k);
        Evaluated e = evaluate(rows);
        double[] y = new double[rows.length];
        double[] scoresK = new double[units.size()];
        double[] ranksK = new double[units.size()];
        for (int k = 0; k < rows.length; k++) {
            for (int u = 0; u < units.size(); u++) {
                scoresK[u] = e.scores[u][k];
                ranksK[u] = e.ranks[u][k];
            }
            y[k] = target.value(scoresK, ranksK, e.nominalRanks);
        }
        List<String> names = assumptions.stream().map(Assumption::name).toList();
        SensitivityResult indices = SensitivityIndices.estimate(y, n, names, variance, bootstrap);
        return new SensitivityRun(result(e, rows, 2 * n), y, indices);
    }

    private UncertaintyResult result(Evaluated e, double[][] design, int statisticsColumns) {
        double[][] statRanks = e.ranks;
        if (statisticsColumns < design.length) {
            statRanks = new double[units.size()][];
            for (int u = 0; u < units.size(); u++) statRanks[u] = Arrays.copyOf(e.ranks[u], statisticsColumns);
        }
        List<UnitRankStatistics> stats = RankStatistics.of(units, e.nominalRanks, statRanks);
        return new UncertaintyResult(units, assumptions.stream().map(Assumption::name).toList(), e.nominalScores,
                e.nominalRanks, e.scores, e.ranks, design, stats);
    }

    private record Evaluated(double[] nominalScores, double[] nominalRanks, double[][] scores, double[][] ranks) {
    }

    private Evaluated evaluate(double[][] design) {
        Scenario nominalScenario = Scenario.nominal(assumptions);
        double[] nominalScores = checked(model.scores(nominalScenario), -1, nominalScenario);
        double[] nominalRanks = DescendingRanks.of(nominalScores);
        int reps = design.length;
        double[][] byRep = new double[reps][];
        double[][] ranksByRep = new double[reps][];
        ForkJoinPool pool = new ForkJoinPool(parallelism);
        try {
            pool.submit(() -> IntStream.range(0, reps).parallel().forEach(k -> {
                double[] s = run(k, design[k]);
                byRep[k] = s;
                ranksByRep[k] = DescendingRanks.of(s);
            })).get();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("Monte Carlo run interrupted");
        } catch (ExecutionException ex) {
            Throwable c = ex.getCause();
            if (c instanceof RuntimeException re) throw re;
            if (c instanceof Error e) throw e;
            throw new IllegalStateException("Monte Carlo run failed: " + c, c);
        } finally {
            pool.shutdown();
        }
        int n = units.size();
        double[][] scores = new double[n][reps];
        double[][] ranks = new double[n][reps];
        for (int k = 0; k < reps; k++) {
            for (int u = 0; u < n; u++) {
                scores[u][k] = byRep[k][u];
                ranks[u][k] = ranksByRep[k][u];
            }
        }
        return new Evaluated(nominalScores, nominalRanks, scores, ranks);
    }

    private double[] run(int k, double[] row) {
        Scenario scenario = Scenario.at(assumptions, row);
        try {
            return checked(model.scores(scenario), k, scenario);
        } catch (EngineInputException ex) {
            // the model refused this replication's input; anything else is a bug and propagates unchanged
            if (onFailure == ReplicationFailure.RECORD_MISSING) {
                double[] missing = new double[units.size()];
                Arrays.fill(missing, Double.NaN);
                return missing;
            }
            throw new MonteCarloException("replication " + (k + 1) + " with " + scenario + " failed: "
                    + ex.getMessage(), ex);
        }
    }

    private double[] checked(double[] scores, int k, Scenario scenario) {
        if (scores.length != units.size()) {
            // a model that answers with the wrong number of scores is broken, whatever its input
            throw new IllegalStateException((k < 0 ? "nominal run" : "replication " + (k + 1)) + " with " + scenario
                    + " gave " + scores.length + " scores for " + units.size() + " units");
        }
        return scores;
    }

    /**
     * The model's units, in the order of its scores.
     *
     * @return unit codes
     */
    public List<String> units() {
        return units;
    }

    /**
     * The assumptions, in the order of the design's columns.
     *
     * @return a copy of the list
     */
    public List<Assumption<?>> assumptions() {
        return new ArrayList<>(assumptions);
    }
}
