package org.tongchou.app.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongchou.app.indicators.Framework;
import org.tongchou.app.indicators.FrameworkNode;
import org.tongchou.app.indicators.IndicatorCatalog;
import org.tongchou.engine.aggregate.AggregationSpec;
import org.tongchou.engine.aggregate.TreeAggregator;
import org.tongchou.engine.aggregate.ZeroValues;
import org.tongchou.engine.coupling.CoordinationClasses;
import org.tongchou.engine.coupling.CouplingCoordination;
import org.tongchou.engine.coupling.CouplingResult;
import org.tongchou.engine.coupling.DevelopmentType;
import org.tongchou.engine.coupling.IntervalClosure;
import org.tongchou.engine.coupling.RelativeDevelopment;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.Direction;
import org.tongchou.engine.data.MissingPolicy;
import org.tongchou.engine.disparity.Disparity;
import org.tongchou.engine.disparity.GiniCorrection;
import org.tongchou.engine.disparity.TheilIndex;
import org.tongchou.engine.disparity.Variance;
import org.tongchou.engine.normalise.Normalisation;
import org.tongchou.engine.obstacle.ObstacleDegree;
import org.tongchou.engine.obstacle.ObstacleResult;
import org.tongchou.engine.rank.GapAnalysis;
import org.tongchou.engine.rank.IndicatorDimensions;
import org.tongchou.engine.rank.Ranker;
import org.tongchou.engine.weights.EntropyWeights;
import org.tongchou.engine.weights.Weights;
import org.tongchou.engine.weights.ZeroHandling;

/**
 * Runs a plan on one period's complete data with the engine, no database: normalisation, weights,
 * tree aggregation, ranks, gaps, obstacle degrees, coupling coordination and disparity.
 *
 * <p>Method choices fixed here (documented in docs/evaluation.md): ranks descending with ties taking the
 * lowest rank (COINr); gaps and obstacles use effective weights (product of relative weights on the
 * path), obstacle ideal 1; coupling of the framework's {@code urban} and {@code rural} subsystems, each
 * the weighted mean of its normalised indicators (entropy weights when the plan's indicator weighting is
 * objective, otherwise the framework's), T = ½U₁ + ½U₂, D = √(C·T), the 10-level class scheme with
 * lower-closed intervals, development type by U₂/U₁ with tolerance 0.1; disparity CV with population
 * variance, Gini without small-sample correction, Theil T, all unweighted.
 */
final class LegacyEvaluationRunner {
    static final String URBAN = "urban";
    static final String RURAL = "rural";
    static final CoordinationClasses CLASSES = CoordinationClasses.chineseTenLevel(IntervalClosure.LOWER_CLOSED);
    private static final RelativeDevelopment DEVELOPMENT = new RelativeDevelopment(RelativeDevelopment.Comparison.RATIO, 0.1);

    private LegacyEvaluationRunner() {
    }

    /**
     * @param raw            raw column of every indicator of the tree and of the coupling subsystems, aligned
     *                       with {@code towns}; the tree's must be complete (the service checks)
     * @param previousRanks  overall rank by town code in the previous period's run of the plan (may be empty)
     */
    static RunResult run(EvaluationPlan plan, Framework framework, IndicatorCatalog catalog, PlanTree tree,
                         List<Town> towns, Map<String, double[]> raw, Map<String, Double> previousRanks) {
        List<String> codes = towns.stream().map(Town::code).toList();
        List<String> inds = tree.indicators();
        List<String> notes = new ArrayList<>();
        Map<String, double[]> norm = normalise(plan, catalog, codes, inds, raw);
        Map<String, Double> rel = PlanWeights.compute(plan, tree, norm);
        Map<String, Double> eff = PlanWeights.effective(tree, rel);

        // engine framework: indicators (1) → groups (2) → dimensions (3) → index (4)
        List<org.tongchou.engine.framework.FrameworkNode> nodes = new ArrayList<>();
        List<RunResult.NodeWeight> weights = new ArrayList<>();
        nodes.add(node(EvaluationPlan.ROOT, 4, null, 1));
        weights.add(new RunResult.NodeWeight(EvaluationPlan.ROOT, null, RunResult.NodeKind.INDEX, 1, 1));
        for (PlanTree.Dimension d : tree.dimensions()) {
            double wd = rel.get(d.code());
            nodes.add(node(d.code(), 3, EvaluationPlan.ROOT, wd));
            weights.add(new RunResult.NodeWeight(d.code(), EvaluationPlan.ROOT, RunResult.NodeKind.DIMENSION, wd, wd));
            for (PlanTree.Group g : d.groups()) {
                double wg = rel.get(g.code());
                nodes.add(node(g.code(), 2, d.code(), wg));
                if (!g.passThrough()) {
                    weights.add(new RunResult.NodeWeight(g.code(), d.code(), RunResult.NodeKind.GROUP, wg, wd * wg));
                }
                for (PlanTree.Leaf l : g.leaves()) {
                    double wi = rel.get(l.indicator());
                    nodes.add(node(l.indicator(), 1, g.code(), wi));
                    weights.add(new RunResult.NodeWeight(l.indicator(), g.passThrough() ? d.code() : g.code(),
                            RunResult.NodeKind.INDICATOR, wi, eff.get(l.indicator())));
                }
            }
        }
        org.tongchou.engine.framework.Framework ef = new org.tongchou.engine.framework.Framework(nodes);
        Dataset normalised = Dataset.fromRows(codes, inds, rows(codes.size(), inds, norm));
        Dataset aggregated = new TreeAggregator(ef, new AggregationSpec(plan.aggregation().toEngine(), 1, ZeroValues.LIMIT_ZERO))
                .aggregate(normalised.select(ef.indicatorCodes()));

        Ranker ranker = Ranker.standard();
        List<RunResult.NodeScore> scores = new ArrayList<>();
        for (RunResult.NodeWeight w : weights) {
            double[] s = aggregated.column(w.code());
            double[] r = ranker.rank(codes, s);
            double[] rawCol = w.kind() == RunResult.NodeKind.INDICATOR ? raw.get(w.code()) : null;
            for (int i = 0; i < codes.size(); i++) {
                scores.add(new RunResult.NodeScore(codes.get(i), w.code(), rawCol == null ? Double.NaN : rawCol[i], s[i], r[i]));
            }
        }
        double[] index = aggregated.column(EvaluationPlan.ROOT);
        double[] ranks = ranker.rank(codes, index);
        int leader = argMax(index);

        // gaps (arithmetic only) and obstacles, on effective weights
        double[] e = inds.stream().mapToDouble(eff::get).toArray();
        Map<String, String> dimOf = new HashMap<>();
        for (String ind : inds) dimOf.put(ind, tree.dimensionOf(ind));
        IndicatorDimensions dims = IndicatorDimensions.of(inds, dimOf);
        List<RunResult.GapItem> gaps = new ArrayList<>();
        double[] gapLeader = nan(codes.size());
        double[] gapBench = nan(codes.size());
        String benchmark = plan.benchmarkCode() != null && codes.contains(plan.benchmarkCode()) ? plan.benchmarkCode() : null;
        if (plan.benchmarkCode() != null && benchmark == null) {
            notes.add("benchmark " + plan.benchmarkCode() + " is not among the evaluated towns: no benchmark gaps");
        }
        if (plan.aggregation() == PlanAggregation.ARITHMETIC) {
            GapAnalysis ga = new GapAnalysis(MissingPolicy.FAIL);
            collectGaps(ga.toLeader(normalised, e, dims), RunResult.Reference.LEADER, gaps, gapLeader, codes);
            if (benchmark != null) {
                collectGaps(ga.toBenchmark(normalised, e, dims, benchmark), RunResult.Reference.BENCHMARK, gaps, gapBench, codes);
            }
        } else {
            notes.add("geometric aggregation: gaps are not decomposed (no exact decomposition exists)");
            for (int i = 0; i < codes.size(); i++) {
                gapLeader[i] = index[leader] - index[i];
                if (benchmark != null) gapBench[i] = index[codes.indexOf(benchmark)] - index[i];
            }
        }
        ObstacleResult ob = new ObstacleDegree(1.0, MissingPolicy.FAIL).compute(normalised, e, dims);
        List<RunResult.ObstacleItem> obstacles = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            for (int j = 0; j < ob.indicators().size(); j++) {
                obstacles.add(new RunResult.ObstacleItem(codes.get(i), RunResult.ItemKind.INDICATOR, ob.indicators().get(j), ob.byIndicator()[j][i]));
            }
            for (int d = 0; d < ob.dimensions().size(); d++) {
                obstacles.add(new RunResult.ObstacleItem(codes.get(i), RunResult.ItemKind.DIMENSION, ob.dimensions().get(d), ob.byDimension()[d][i]));
            }
        }

        Coupling coupling = coupling(plan, framework, catalog, codes, raw, notes);
        List<RunResult.UnitResult> units = new ArrayList<>();
        for (int i = 0; i < towns.size(); i++) {
            Town t = towns.get(i);
            Double prev = previousRanks.get(t.code());
            double d = coupling == null ? Double.NaN : coupling.result.coordination()[i];
            DevelopmentType type = coupling == null ? null : DEVELOPMENT.classify(coupling.urban[i], coupling.rural[i]);
            units.add(new RunResult.UnitResult(t.code(), t.name(), index[i], ranks[i], prev == null ? Double.NaN : prev,
                    gapLeader[i], gapBench[i],
                    coupling == null ? Double.NaN : coupling.urban[i], coupling == null ? Double.NaN : coupling.rural[i],
                    coupling == null ? Double.NaN : coupling.result.coupling()[i],
                    coupling == null ? Double.NaN : coupling.result.development()[i], d,
                    coupling == null ? -1 : CLASSES.classify(d), type == null ? null : type.name()));
        }

        List<RunResult.DisparityRow> disparities = new ArrayList<>();
        for (RunResult.NodeWeight w : weights) {
            double[] x = w.kind() == RunResult.NodeKind.INDICATOR ? raw.get(w.code()) : aggregated.column(w.code());
            disparities.add(disparity(w.code(), codes, x));
        }
        return new RunResult(codes.get(leader), benchmark, weights, units, scores, gaps, obstacles, disparities, notes);
    }

    private static Map<String, double[]> normalise(EvaluationPlan plan, IndicatorCatalog catalog, List<String> codes,
                                                   List<String> inds, Map<String, double[]> raw) {
        double[][] cols = inds.stream().map(raw::get).toArray(double[][]::new);
        double[] signs = inds.stream().mapToDouble(c -> catalog.get(c).direction().sign()).toArray();
        Dataset n = Normalisation.apply(new Dataset(codes, inds, cols), signs, plan.normalisation().toEngine(), MissingPolicy.FAIL);
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int j = 0; j < inds.size(); j++) out.put(inds.get(j), n.column(j));
        return out;
    }

    private record Coupling(double[] urban, double[] rural, CouplingResult result) {
    }

    private static Coupling coupling(EvaluationPlan plan, Framework framework, IndicatorCatalog catalog, List<String> codes,
                                     Map<String, double[]> raw, List<String> notes) {
        FrameworkNode urban = subsystem(framework, URBAN);
        FrameworkNode rural = subsystem(framework, RURAL);
        if (urban == null || rural == null) {
            notes.add("the framework has no 'urban' and 'rural' subsystems: no coupling coordination");
            return null;
        }
        try {
            double[] u1 = subsystemScore(plan, catalog, codes, urban, raw);
            double[] u2 = subsystemScore(plan, catalog, codes, rural, raw);
            CouplingResult r = new CouplingCoordination(MissingPolicy.FAIL)
                    .compute(codes, List.of(URBAN, RURAL), new double[][] {u1, u2}, new double[] {0.5, 0.5});
            return new Coupling(u1, u2, r);
        } catch (RuntimeException e) {
            notes.add("coupling coordination not computed: " + e.getMessage());
            return null;
        }
    }

    private static FrameworkNode subsystem(Framework framework, String code) {
        return framework.subsystems().stream().filter(s -> s.code().equals(code)).findFirst().orElse(null);
    }

    private static double[] subsystemScore(EvaluationPlan plan, IndicatorCatalog catalog, List<String> codes,
                                           FrameworkNode sub, Map<String, double[]> raw) {
        List<String> inds = sub.indicatorCodes();
        Map<String, double[]> norm = normalise(plan, catalog, codes, inds, raw);
        double[][] cols = inds.stream().map(norm::get).toArray(double[][]::new);
        boolean objective = switch (plan.indicatorWeighting()) {
            case ENTROPY, CRITIC, COMBINED -> true;
            default -> false;
        };
        double[] w = objective ? EntropyWeights.compute(cols, ZeroHandling.ZERO_LOG_ZERO, 0)
                : Weights.expert(sub.children().stream().mapToDouble(FrameworkNode::weight).toArray());
        double[] u = new double[codes.size()];
        for (int j = 0; j < cols.length; j++) {
            for (int i = 0; i < u.length; i++) u[i] += w[j] * cols[j][i];
        }
        // clamp rounding noise so that U stays in [0, 1] for the coupling model
        for (int i = 0; i < u.length; i++) u[i] = Math.min(1, Math.max(0, u[i]));
        return u;
    }

    private static RunResult.DisparityRow disparity(String subject, List<String> codes, double[] x) {
        Disparity d = new Disparity(MissingPolicy.SKIP);
        return new RunResult.DisparityRow(subject,
                orNaN(() -> d.coefficientOfVariation(subject, codes, x, null, Variance.POPULATION)),
                orNaN(() -> d.gini(subject, codes, x, null, GiniCorrection.NONE)),
                orNaN(() -> d.theil(subject, codes, x, null, TheilIndex.T)));
    }

    /** A measure the engine refuses for this column (zero total, negative values) is stored as missing. */
    private static double orNaN(java.util.function.DoubleSupplier f) {
        try {
            return f.getAsDouble();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private static void collectGaps(GapAnalysis.Result r, RunResult.Reference ref, List<RunResult.GapItem> out,
                                    double[] gap, List<String> codes) {
        for (GapAnalysis.UnitGap u : r.units()) {
            gap[codes.indexOf(u.unit())] = u.gap();
            for (GapAnalysis.Contribution c : u.indicators()) {
                out.add(new RunResult.GapItem(u.unit(), ref, RunResult.ItemKind.INDICATOR, c.indicator(), c.contribution(),
                        c.unitValue(), c.referenceValue(), c.closeAlone()));
            }
            for (GapAnalysis.DimensionContribution c : u.dimensions()) {
                out.add(new RunResult.GapItem(u.unit(), ref, RunResult.ItemKind.DIMENSION, c.dimension(), c.contribution(),
                        Double.NaN, Double.NaN, Double.NaN));
            }
        }
    }

    private static org.tongchou.engine.framework.FrameworkNode node(String code, int level, String parent, double w) {
        return new org.tongchou.engine.framework.FrameworkNode(code, code, level, parent, w, Direction.POSITIVE, null, Double.NaN);
    }

    private static double[][] rows(int n, List<String> inds, Map<String, double[]> cols) {
        double[][] rows = new double[n][inds.size()];
        for (int j = 0; j < inds.size(); j++) {
            double[] c = cols.get(inds.get(j));
            for (int i = 0; i < n; i++) rows[i][j] = c[i];
        }
        return rows;
    }

    private static int argMax(double[] x) {
        int best = 0;
        for (int i = 1; i < x.length; i++) if (x[i] > x[best]) best = i;
        return best;
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }
}
