package org.tongchou.engine.plan;

import java.util.ArrayList;
import java.util.List;
import org.tongchou.engine.data.InvalidInputException;
import org.tongchou.engine.normalise.SdType;
import org.tongchou.engine.weights.Ahp;
import org.tongchou.engine.weights.AhpResult;
import org.tongchou.engine.weights.CombinedWeights;
import org.tongchou.engine.weights.CriticWeights;
import org.tongchou.engine.weights.EntropyWeights;
import org.tongchou.engine.weights.Weights;
import org.tongchou.engine.weights.ZeroHandling;

/**
 * The relative weight of every node of a plan's tree among its siblings, by the plan's weighting
 * methods (the engine's {@code Weights}, {@code Ahp}, {@code EntropyWeights}, {@code CriticWeights},
 * {@code CombinedWeights}), with a {@link WeightingTable} per set of siblings. Objective methods read the
 * normalised columns group by group. Preconditions are checked first and every problem of the plan is
 * collected, so that a plan that cannot be weighted is refused with all its problems at once.
 */
final class PlanWeighting {
    private final PlanSpec spec;
    private final PlanFramework pf;
    private final List<String> units;
    private final List<String> problems = new ArrayList<>();
    private final List<WeightingTable> tables = new ArrayList<>();

    /** Weights in {@code Framework.nodes()} order (the root 1, direct groups of only-direct dimensions 1). */
    record Outcome(double[] relative, List<WeightingTable> tables) {
    }

    private PlanWeighting(PlanSpec spec, PlanFramework pf, List<String> units) {
        this.spec = spec;
        this.pf = pf;
        this.units = units;
    }

    /**
     * @param normalised normalised column of every indicator, in {@link PlanTree#leaves()} order, complete
     * @throws PlanInputException listing every node whose weights cannot be computed, and why
     */
    static Outcome compute(PlanSpec spec, PlanFramework pf, List<String> units, double[][] normalised) {
        PlanWeighting w = new PlanWeighting(spec, pf, units);
        double[] relative = w.all(normalised);
        if (!w.problems.isEmpty()) throw new PlanInputException("weights", w.problems);
        return new Outcome(relative, List.copyOf(w.tables));
    }

    private double[] all(double[][] normalised) {
        PlanTree tree = pf.tree;
        double[] rel = new double[pf.size()];
        rel[pf.root] = 1;
        double[] dimW = siblings(tree.root(), WeightingTable.ChildKind.DIMENSIONS, tree.dimensionCodes(),
                tree.dimensions().stream().mapToDouble(PlanTree.Dimension::weight).toArray());
        int leaf = 0;
        for (int d = 0; d < tree.dimensions().size(); d++) {
            PlanTree.Dimension dim = tree.dimensions().get(d);
            rel[pf.dimension[d]] = dimW == null ? Double.NaN : dimW[d];
            double[] gw = dim.onlyDirect() ? new double[] {1}
                    : siblings(dim.code(), WeightingTable.ChildKind.GROUPS, dim.groups().stream().map(PlanTree.Group::code).toList(),
                    dim.groups().stream().mapToDouble(PlanTree.Group::weight).toArray());
            for (int g = 0; g < dim.groups().size(); g++) {
                PlanTree.Group group = dim.groups().get(g);
                rel[pf.group[d][g]] = gw == null ? Double.NaN : gw[g];
                int m = group.leaves().size();
                double[][] columns = new double[m][];
                System.arraycopy(normalised, leaf, columns, 0, m);
                double[] iw = indicators(PlanTree.matrixNodeOfIndicators(dim, group), group, columns);
                for (int j = 0; j < m; j++) rel[pf.leaf[leaf + j]] = iw == null ? Double.NaN : iw[j];
                leaf += m;
            }
        }
        return rel;
    }

    /** Weights of dimensions in the index, or of groups in a dimension, by the plan's group weighting. */
    private double[] siblings(String node, WeightingTable.ChildKind kind, List<String> children, double[] given) {
        int n = children.size();
        return switch (spec.groupWeighting()) {
            case EQUAL -> table(node, kind, children, new WeightDerivation.Equal(), Weights.equal(n));
            case FIXED -> {
                double[] w = fixed(node, given);
                yield w == null ? null : table(node, kind, children, new WeightDerivation.Fixed(given.clone()), w);
            }
            case AHP -> {
                WeightDerivation.Ahp a = ahp(node, n);
                yield a == null ? null : table(node, kind, children, a, a.result().priorities());
            }
        };
    }

    /** Weights of the indicators of one group, by the plan's indicator weighting. */
    private double[] indicators(String matrixNode, PlanTree.Group group, double[][] columns) {
        List<String> codes = group.indicatorCodes();
        WeightingTable.ChildKind kind = WeightingTable.ChildKind.INDICATORS;
        int n = codes.size();
        if (n == 1) return table(matrixNode, kind, codes, new WeightDerivation.SingleChild(), new double[] {1});
        double[] given = group.leaves().stream().mapToDouble(PlanTree.Leaf::weight).toArray();
        switch (spec.indicatorWeighting()) {
            case EQUAL:
                return table(matrixNode, kind, codes, new WeightDerivation.Equal(), Weights.equal(n));
            case FIXED: {
                double[] w = fixed(matrixNode, given);
                return w == null ? null : table(matrixNode, kind, codes, new WeightDerivation.Fixed(given), w);
            }
            case AHP: {
                WeightDerivation.Ahp a = ahp(matrixNode, n);
                return a == null ? null : table(matrixNode, kind, codes, a, a.result().priorities());
            }
            case ENTROPY: {
                EntropyWeights.Detail e = entropy(matrixNode, codes, columns);
                return e == null ? null : table(matrixNode, kind, codes, new WeightDerivation.Entropy(e.entropy(), e.divergence()), e.weights());
            }
            case CRITIC: {
                CriticWeights.Result c = critic(matrixNode, codes, columns);
                return c == null ? null : table(matrixNode, kind, codes, new WeightDerivation.Critic(c.sd(), conflict(c.correlation()),
                        c.information()), c.weights());
            }
            case COMBINED:
                return combined(matrixNode, codes, given, columns);
            default:
                throw new IllegalStateException("unhandled weighting " + spec.indicatorWeighting());
        }
    }

    private double[] combined(String matrixNode, List<String> codes, double[] given, double[][] columns) {
        WeightDerivation subjective;
        double[] s;
        if (spec.matrices().containsKey(matrixNode)) {
            WeightDerivation.Ahp a = ahp(matrixNode, codes.size());
            subjective = a;
            s = a == null ? null : a.result().priorities();
        } else {
            s = fixed(matrixNode, given);
            subjective = new WeightDerivation.Fixed(given);
        }
        if (s == null) return null;
        EntropyWeights.Detail e = entropy(matrixNode, codes, columns);
        if (e == null) return null;
        double[] w = CombinedWeights.multiplicative(s, e.weights());
        return table(matrixNode, WeightingTable.ChildKind.INDICATORS, codes, new WeightDerivation.Combined(subjective, s,
                new WeightDerivation.Entropy(e.entropy(), e.divergence()), e.weights()), w);
    }

    private double[] table(String node, WeightingTable.ChildKind kind, List<String> children, WeightDerivation how, double[] w) {
        tables.add(new WeightingTable(node, kind, children, how, w));
        return w;
    }

    private double[] fixed(String node, double[] given) {
        double sum = 0;
        for (double g : given) sum += g;
        if (!(sum > 0)) {
            problems.add("the weights of the children of '" + node + "' are all zero");
            return null;
        }
        return Weights.expert(given);
    }

    private WeightDerivation.Ahp ahp(String node, int n) {
        double[][] m = spec.matrices().get(node);
        if (m == null) {
            problems.add("AHP weighting needs a pairwise matrix for node '" + node + "' (" + n + " children)");
            return null;
        }
        if (m.length != n) {
            problems.add("AHP matrix of node '" + node + "' is " + m.length + "×" + m.length + " but the node has " + n + " children");
            return null;
        }
        try {
            AhpResult r = Ahp.priorities(m, spec.ahpMethod(), spec.randomIndex());
            return new WeightDerivation.Ahp(PlanSpec.deepCopy(m), r, spec.randomIndex().of(n));
        } catch (InvalidInputException e) {
            // Ahp refuses a matrix that is not positive and reciprocal; the plan is then refused with its reason
            problems.add("AHP matrix of node '" + node + "': " + e.getMessage());
            return null;
        }
    }

    private EntropyWeights.Detail entropy(String node, List<String> codes, double[][] columns) {
        ObjectiveChecks.Problem why = ObjectiveChecks.entropy(codes, units, columns);
        if (why != null) {
            problems.add("entropy weights of '" + node + "': " + why);
            return null;
        }
        return EntropyWeights.detailed(columns, ZeroHandling.ZERO_LOG_ZERO, 0);
    }

    private CriticWeights.Result critic(String node, List<String> codes, double[][] columns) {
        ObjectiveChecks.Problem why = ObjectiveChecks.critic(codes, units, columns);
        if (why != null) {
            problems.add("CRITIC weights of '" + node + "': " + why);
            return null;
        }
        try {
            return CriticWeights.detailed(columns, null, SdType.SAMPLE);
        } catch (InvalidInputException e) {
            // perfectly correlated indicators leave no information (Σ C_j = 0): known only once correlated
            problems.add("CRITIC weights of '" + node + "': " + e.getMessage());
            return null;
        }
    }

    /** Σ_k (1 − r_jk) for every j: the conflict term of CRITIC. */
    private static double[] conflict(double[][] r) {
        double[] c = new double[r.length];
        for (int j = 0; j < r.length; j++) {
            for (int k = 0; k < r.length; k++) c[j] += 1 - r[j][k];
        }
        return c;
    }
}
