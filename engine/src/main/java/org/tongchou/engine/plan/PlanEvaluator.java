package org.tongchou.engine.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tongchou.engine.aggregate.AggregationMethod;
import org.tongchou.engine.aggregate.AggregationSpec;
import org.tongchou.engine.aggregate.TreeAggregator;
import org.tongchou.engine.aggregate.ZeroValues;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.Grouping;
import org.tongchou.engine.data.MissingPolicy;
import org.tongchou.engine.normalise.Normalisation;
import org.tongchou.engine.obstacle.ObstacleDegree;
import org.tongchou.engine.obstacle.ObstacleResult;
import org.tongchou.engine.prepare.Imputation;
import org.tongchou.engine.prepare.ImputationResult;
import org.tongchou.engine.rank.IndicatorDimensions;
import org.tongchou.engine.rank.Ranker;

/**
 * Evaluates a {@link PlanSpec} on one table of units: the composition of the engine's methods that turns
 * raw indicators into scores, ranks, gaps, obstacle degrees, coupling coordination and disparity.
 *
 * <ol>
 *   <li>Inputs: every indicator of the tree must be a column of the data; with the plan's imputation
 *       ({@code Imputation}) missing values are filled first, otherwise any missing value of a tree
 *       indicator refuses the evaluation, naming every (unit, indicator).</li>
 *   <li>Normalisation of every indicator after its direction sign ({@code Normalisation}).</li>
 *   <li>Relative weights of every node among its siblings by the plan's weighting ({@link PlanWeighting});
 *       effective weight of an indicator = product of the relative weights on its path.</li>
 *   <li>Aggregation up indicator → group → dimension → index ({@code TreeAggregator}, zeros in geometric
 *       means give 0: {@code ZeroValues.LIMIT_ZERO}).</li>
 *   <li>Ranks of every node, descending, ties take the lowest rank ({@code Ranker.standard()}, COINr's
 *       convention); ranks within each group of every grouping of the data for the index and the dimensions.</li>
 *   <li>Gaps to the leader and the benchmark ({@link GapStage}), obstacle degrees ({@code ObstacleDegree},
 *       effective weights, ideal {@link PlanSpec#obstacleIdeal()}), coupling ({@link CouplingStage}),
 *       disparity of every indicator's raw values and every node's score ({@link DisparityStage}).</li>
 * </ol>
 *
 * <p>Level-agnostic: units are the data's rows, whatever they are (towns of a city, counties of the
 * country); groupings of the data (e.g. the province of each county) give ranks within groups and the
 * between/within decomposition of the Theil index. The cost is O(n·m) for n units and m indicators plus
 * O(n log n) per ranked node. Immutable and thread-safe: one evaluator serves any number of tables (one
 * per area, or one per Spark partition).
 */
public final class PlanEvaluator {
    private final PlanSpec spec;
    private final PlanFramework pf;

    /**
     * An evaluator of one plan.
     *
     * @param spec the plan
     * @throws PlanInputException when the tree cannot be built
     */
    public PlanEvaluator(PlanSpec spec) {
        this.spec = spec;
        this.pf = new PlanFramework(spec.tree());
    }

    /**
     * The plan this evaluator evaluates.
     *
     * @return the plan
     */
    public PlanSpec spec() {
        return spec;
    }

    /**
     * Evaluates the plan on {@code data}.
     *
     * @param data one row per unit: every indicator of the tree (raw values), the coupling subsystems'
     *             indicators (their absence leaves coupling out, with a note), the disparity weight column
     *             when the plan weights disparity; groupings give within-group ranks and Theil decompositions
     * @return every figure, with notes on what could not be computed and why
     * @throws PlanInputException when the data lack a tree indicator or the weight column, when values are
     *                            missing and the plan does not impute, or when the plan's weights cannot be
     *                            computed on these data (every problem listed)
     */
    public PlanResult evaluate(Dataset data) {
        List<PlanNote> notes = new ArrayList<>();
        Dataset inputs = inputs(data, notes);
        List<String> units = inputs.units();
        Dataset normalised = normalise(inputs);
        PlanWeighting.Outcome w = PlanWeighting.compute(spec, pf, units, normalised.columns());
        double[][] nodes = aggregate(normalised.columns(), w.relative(), spec.aggregation(), units);
        double[] effective = effective(w.relative());
        List<PlanResult.ScoredNode> scored = scoredNodes(inputs, nodes, w.relative(), effective);
        double[] index = scored.get(0).scores();
        int leader = argMax(index);
        String benchmark = benchmark(inputs, notes);
        IndicatorDimensions dims = IndicatorDimensions.of(pf.indicators, spec.tree().dimensionOfIndicators());
        PlanResult.Gaps leaderGaps;
        PlanResult.Gaps benchmarkGaps = null;
        if (spec.aggregation() == AggregationMethod.ARITHMETIC) {
            leaderGaps = GapStage.toLeader(normalised, effective, dims);
            if (benchmark != null) benchmarkGaps = GapStage.toBenchmark(normalised, effective, dims, benchmark);
        } else {
            notes.add(PlanNote.of(NoteKind.GAPS_NOT_DECOMPOSED, "", spec.aggregation().name().toLowerCase(java.util.Locale.ROOT)
                    + " aggregation: gaps are not decomposed (no exact decomposition exists)", spec.aggregation()));
            leaderGaps = GapStage.undecomposed(index, leader);
            if (benchmark != null) benchmarkGaps = GapStage.undecomposed(index, inputs.unitIndexOf(benchmark));
        }
        PlanResult.Obstacles obstacles = obstacles(normalised, effective, dims, notes);
        PlanResult.Coupling coupling = spec.coupling() == null ? null : CouplingStage.compute(spec, inputs, notes);
        List<PlanResult.DisparityRow> disparity = disparity(data, inputs, scored, notes);
        return new PlanResult(units, scored, w.tables(), leader, benchmark, leaderGaps, benchmarkGaps, obstacles, coupling,
                disparity, groupRanks(inputs, scored), notes);
    }

    /**
     * The tree's indicators and the subsystems' (those present) as the plan evaluates them: imputed when the
     * plan imputes, checked complete for the tree.
     */
    Dataset inputs(Dataset data, List<PlanNote> notes) {
        List<String> problems = new ArrayList<>();
        for (String code : pf.indicators) {
            if (!data.hasIndicator(code)) problems.add("indicator '" + code + "' is not in the data");
        }
        String weightColumn = spec.disparity().weightColumn();
        if (weightColumn != null && !data.hasIndicator(weightColumn)) {
            problems.add("disparity weight column '" + weightColumn + "' is not in the data");
        }
        if (data.unitCount() == 0) problems.add("the data have no unit");
        if (!problems.isEmpty()) throw new PlanInputException("data", problems);
        Set<String> columns = new LinkedHashSet<>(pf.indicators);
        if (spec.coupling() != null) {
            spec.coupling().subsystems().forEach(s -> s.indicatorCodes().stream().filter(data::hasIndicator).forEach(columns::add));
        }
        Dataset inputs = data.select(List.copyOf(columns));
        if (spec.imputation() != null) {
            ImputationResult r = Imputation.apply(inputs, spec.imputation());
            if (r.imputed() > 0) {
                notes.add(PlanNote.of(NoteKind.IMPUTED, "", r.imputed() + " missing value(s) imputed by " + spec.imputation().method(),
                        r.imputed(), spec.imputation().method()));
            }
            inputs = r.data();
        }
        for (String code : pf.indicators) {
            double[] x = inputs.column(code);
            for (int i = 0; i < x.length; i++) {
                if (Double.isNaN(x[i])) problems.add("unit '" + inputs.units().get(i) + "' has no value of '" + code + "'");
            }
        }
        if (!problems.isEmpty()) throw new PlanInputException("data", problems);
        return inputs;
    }

    /** The tree's indicators normalised after their direction signs, in tree order. */
    Dataset normalise(Dataset inputs) {
        return Normalisation.apply(inputs.select(pf.indicators), pf.signs(), spec.normaliser(), MissingPolicy.FAIL);
    }

    /** Every node of the framework ({@code Framework.nodes()} order; the leaves are {@code normalised}, shared). */
    double[][] aggregate(double[][] normalised, double[] relative, AggregationMethod method, List<String> units) {
        double[][] nodes = new double[pf.size()][];
        System.arraycopy(normalised, 0, nodes, 0, normalised.length);
        for (int k = normalised.length; k < nodes.length; k++) nodes[k] = new double[units.size()];
        new TreeAggregator(pf.framework, new AggregationSpec(method, 1, ZeroValues.LIMIT_ZERO)).aggregate(nodes, relative, units);
        return nodes;
    }

    /** The index (root) of {@link #aggregate}'s nodes. */
    int rootPosition() {
        return pf.root;
    }

    /** Framework positions of the dimensions and the groups (those whose weights noise may perturb). */
    int[] aggregatePositions() {
        List<Integer> out = new ArrayList<>();
        for (int d = 0; d < pf.dimension.length; d++) {
            out.add(pf.dimension[d]);
            for (int g : pf.group[d]) out.add(g);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    PlanFramework framework() {
        return pf;
    }

    /** e_j = w_dimension · w_group · w_indicator for every indicator, in tree order. */
    private double[] effective(double[] rel) {
        double[] e = new double[pf.indicators.size()];
        int j = 0;
        for (int d = 0; d < pf.dimension.length; d++) {
            List<PlanTree.Group> groups = spec.tree().dimensions().get(d).groups();
            for (int g = 0; g < groups.size(); g++) {
                for (int l = 0; l < groups.get(g).leaves().size(); l++, j++) {
                    e[j] = rel[pf.dimension[d]] * rel[pf.group[d][g]] * rel[pf.leaf[j]];
                }
            }
        }
        return e;
    }

    private List<PlanResult.ScoredNode> scoredNodes(Dataset inputs, double[][] nodes, double[] rel, double[] effective) {
        List<String> units = inputs.units();
        Ranker ranker = Ranker.standard();
        List<PlanResult.ScoredNode> out = new ArrayList<>();
        double[] index = nodes[pf.root];
        out.add(new PlanResult.ScoredNode(spec.tree().root(), null, PlanResult.NodeKind.INDEX, 1, 1, index, ranker.rank(units, index), null));
        int j = 0;
        for (int d = 0; d < pf.dimension.length; d++) {
            PlanTree.Dimension dim = spec.tree().dimensions().get(d);
            double wd = rel[pf.dimension[d]];
            double[] ds = nodes[pf.dimension[d]];
            out.add(new PlanResult.ScoredNode(dim.code(), spec.tree().root(), PlanResult.NodeKind.DIMENSION, wd, wd, ds,
                    ranker.rank(units, ds), null));
            for (int g = 0; g < dim.groups().size(); g++) {
                PlanTree.Group group = dim.groups().get(g);
                double wg = rel[pf.group[d][g]];
                if (!group.direct()) {
                    double[] gs = nodes[pf.group[d][g]];
                    out.add(new PlanResult.ScoredNode(group.code(), dim.code(), PlanResult.NodeKind.GROUP, wg, wd * wg, gs,
                            ranker.rank(units, gs), null));
                }
                for (PlanTree.Leaf l : group.leaves()) {
                    double[] s = nodes[pf.leaf[j]];
                    out.add(new PlanResult.ScoredNode(l.code(), group.direct() ? dim.code() : group.code(), PlanResult.NodeKind.INDICATOR,
                            rel[pf.leaf[j]], effective[j], s, ranker.rank(units, s), inputs.column(l.code())));
                    j++;
                }
            }
        }
        return out;
    }

    private String benchmark(Dataset inputs, List<PlanNote> notes) {
        String b = spec.benchmark();
        if (b == null) return null;
        if (inputs.units().contains(b)) return b;
        notes.add(PlanNote.of(NoteKind.BENCHMARK_NOT_EVALUATED, b, "benchmark " + b + " is not among the evaluated units: no benchmark gaps", b));
        return null;
    }

    /**
     * Obstacle degrees on the normalised values. A normalisation onto [0, ideal] can overshoot an end by a
     * rounding error ((max − min)·(ideal/(max − min)) need not be exactly ideal); values within 1e-9·ideal of
     * the range are taken as the end, anything further out means the normalisation does not fit the model
     * and the degrees are not computed (noted).
     */
    private PlanResult.Obstacles obstacles(Dataset normalised, double[] effective, IndicatorDimensions dims, List<PlanNote> notes) {
        double ideal = spec.obstacleIdeal();
        double slack = 1e-9 * ideal;
        double[][] cols = normalised.columns();
        double[][] fitted = null;
        for (int j = 0; j < cols.length; j++) {
            double[] x = cols[j];
            for (int i = 0; i < x.length; i++) {
                if (x[i] >= 0 && x[i] <= ideal) continue;
                if (x[i] >= -slack && x[i] <= ideal + slack) {
                    if (fitted == null) fitted = cols.clone();
                    if (fitted[j] == cols[j]) fitted[j] = x.clone();
                    fitted[j][i] = Math.min(ideal, Math.max(0, x[i]));
                    continue;
                }
                String ind = normalised.indicators().get(j);
                String unit = normalised.units().get(i);
                notes.add(PlanNote.of(NoteKind.OBSTACLES_OUT_OF_RANGE, ind, "obstacle degrees not computed: the normalised value "
                        + x[i] + " of '" + ind + "' for unit '" + unit + "' is outside [0, " + ideal + "]", ind, unit, x[i], ideal));
                return null;
            }
        }
        Dataset values = fitted == null ? normalised : normalised.withColumns(normalised.indicators(), fitted);
        ObstacleResult r = new ObstacleDegree(ideal, MissingPolicy.FAIL).compute(values, effective, dims);
        return new PlanResult.Obstacles(r.indicators(), r.dimensions(), r.byIndicator(), r.byDimension());
    }

    private List<PlanResult.DisparityRow> disparity(Dataset data, Dataset inputs, List<PlanResult.ScoredNode> scored, List<PlanNote> notes) {
        String wc = spec.disparity().weightColumn();
        DisparityStage stage = new DisparityStage(spec.disparity(), inputs.units(), wc == null ? null : data.column(wc), inputs.groupings());
        List<PlanResult.DisparityRow> out = new ArrayList<>(scored.size());
        for (PlanResult.ScoredNode n : scored) {
            out.add(stage.row(n.code(), n.kind() == PlanResult.NodeKind.INDICATOR ? n.raw() : n.scores(), notes));
        }
        return out;
    }

    /** Ranks within each group of every grouping, for the index and the dimensions. */
    private static List<PlanResult.GroupRanks> groupRanks(Dataset inputs, List<PlanResult.ScoredNode> scored) {
        List<PlanResult.GroupRanks> out = new ArrayList<>();
        Ranker ranker = Ranker.standard();
        for (Grouping g : inputs.groupings()) {
            int[] codes = g.codes();
            int[][] members = members(codes, g.levels().size());
            for (PlanResult.ScoredNode n : scored) {
                if (n.kind() != PlanResult.NodeKind.INDEX && n.kind() != PlanResult.NodeKind.DIMENSION) continue;
                double[] ranks = new double[codes.length];
                for (int[] m : members) {
                    double[] s = new double[m.length];
                    List<String> us = new ArrayList<>(m.length);
                    for (int k = 0; k < m.length; k++) {
                        s[k] = n.scores()[m[k]];
                        us.add(inputs.units().get(m[k]));
                    }
                    double[] r = ranker.rank(us, s);
                    for (int k = 0; k < m.length; k++) ranks[m[k]] = r[k];
                }
                out.add(new PlanResult.GroupRanks(g.name(), n.code(), ranks));
            }
        }
        return out;
    }

    /** The positions of the units of each group, in unit order. */
    private static int[][] members(int[] codes, int groups) {
        int[] size = new int[groups];
        for (int c : codes) size[c]++;
        int[][] out = new int[groups][];
        for (int k = 0; k < groups; k++) out[k] = new int[size[k]];
        int[] fill = new int[groups];
        for (int i = 0; i < codes.length; i++) out[codes[i]][fill[codes[i]]++] = i;
        return out;
    }

    private static int argMax(double[] x) {
        int best = 0;
        for (int i = 1; i < x.length; i++) if (x[i] > x[best]) best = i;
        return best;
    }
}
