package org.tongchou.app.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongchou.engine.normalise.SdType;
import org.tongchou.engine.weights.Ahp;
import org.tongchou.engine.weights.AhpMethod;
import org.tongchou.engine.weights.AhpResult;
import org.tongchou.engine.weights.CombinedWeights;
import org.tongchou.engine.weights.CriticWeights;
import org.tongchou.engine.weights.EntropyWeights;
import org.tongchou.engine.weights.RandomIndex;
import org.tongchou.engine.weights.Weights;
import org.tongchou.engine.weights.ZeroHandling;

/**
 * Weights of every node of a {@link PlanTree} relative to its siblings (summing to 1 within each
 * parent), computed with the engine's weighting methods. Objective methods read the normalised
 * values of the period's towns, group by group. Every problem of the plan (missing or wrongly sized
 * AHP matrices) is collected and reported at once.
 */
final class PlanWeights {
    /** AHP settings used throughout: principal eigenvector, Saaty's RI table (the textbook choice). */
    static final AhpMethod AHP_METHOD = AhpMethod.EIGENVECTOR;
    static final RandomIndex AHP_RI = RandomIndex.SAATY_1980;

    private PlanWeights() {
    }

    /**
     * @param normalised normalised column of every indicator of the tree, aligned with the towns (complete)
     * @return relative weight by node code (indicators, groups including pass-through ones, dimensions)
     */
    static Map<String, Double> compute(EvaluationPlan plan, PlanTree tree, Map<String, double[]> normalised) {
        List<String> problems = new ArrayList<>();
        Map<String, Double> w = new LinkedHashMap<>();
        double[] dimW = groupWeights(plan, EvaluationPlan.ROOT, tree.dimensions().stream().map(PlanTree.Dimension::frameworkWeight).toList(), problems);
        for (int d = 0; d < tree.dimensions().size(); d++) {
            PlanTree.Dimension dim = tree.dimensions().get(d);
            w.put(dim.code(), dimW == null ? Double.NaN : dimW[d]);
            boolean onlyOwn = dim.groups().size() == 1 && dim.groups().get(0).passThrough();
            double[] gw = onlyOwn ? new double[] {1}
                    : groupWeights(plan, dim.code(), dim.groups().stream().map(PlanTree.Group::frameworkWeight).toList(), problems);
            for (int g = 0; g < dim.groups().size(); g++) {
                PlanTree.Group group = dim.groups().get(g);
                w.put(group.code(), gw == null ? Double.NaN : gw[g]);
                String matrixKey = group.passThrough() ? dim.code() : group.code();
                double[] iw = indicatorWeights(plan, matrixKey, group, normalised, problems);
                for (int j = 0; j < group.leaves().size(); j++) {
                    w.put(group.leaves().get(j).indicator(), iw == null ? Double.NaN : iw[j]);
                }
            }
        }
        if (!problems.isEmpty()) throw new PlanException(plan.code(), problems);
        return w;
    }

    /** Effective weight of each indicator: the product of the relative weights on its path to the index. */
    static Map<String, Double> effective(PlanTree tree, Map<String, Double> relative) {
        Map<String, Double> e = new LinkedHashMap<>();
        for (PlanTree.Dimension d : tree.dimensions()) {
            for (PlanTree.Group g : d.groups()) {
                for (PlanTree.Leaf l : g.leaves()) {
                    e.put(l.indicator(), relative.get(d.code()) * relative.get(g.code()) * relative.get(l.indicator()));
                }
            }
        }
        return e;
    }

    private static double[] groupWeights(EvaluationPlan plan, String node, List<Double> frameworkWeights, List<String> problems) {
        int n = frameworkWeights.size();
        return switch (plan.groupWeighting()) {
            case EQUAL -> Weights.equal(n);
            case FRAMEWORK -> expert(frameworkWeights, node, problems);
            case AHP -> ahp(plan, node, n, problems);
        };
    }

    private static double[] indicatorWeights(EvaluationPlan plan, String matrixKey, PlanTree.Group group,
                                             Map<String, double[]> normalised, List<String> problems) {
        int n = group.leaves().size();
        if (n == 1) return new double[] {1};
        List<Double> fw = group.leaves().stream().map(PlanTree.Leaf::frameworkWeight).toList();
        double[][] columns = group.leaves().stream().map(l -> normalised.get(l.indicator())).toArray(double[][]::new);
        try {
            return switch (plan.indicatorWeighting()) {
                case EQUAL -> Weights.equal(n);
                case FRAMEWORK -> expert(fw, matrixKey, problems);
                case AHP -> ahp(plan, matrixKey, n, problems);
                case ENTROPY -> EntropyWeights.compute(columns, ZeroHandling.ZERO_LOG_ZERO, 0);
                case CRITIC -> CriticWeights.compute(columns, null, SdType.SAMPLE);
                case COMBINED -> {
                    double[] subjective = plan.matrices().containsKey(matrixKey) ? ahp(plan, matrixKey, n, problems) : expert(fw, matrixKey, problems);
                    yield subjective == null ? null
                            : CombinedWeights.multiplicative(subjective, EntropyWeights.compute(columns, ZeroHandling.ZERO_LOG_ZERO, 0));
                }
            };
        } catch (RuntimeException e) {
            problems.add("weights of group '" + matrixKey + "' (" + plan.indicatorWeighting() + "): " + e.getMessage());
            return null;
        }
    }

    private static double[] expert(List<Double> given, String node, List<String> problems) {
        try {
            return Weights.expert(given.stream().mapToDouble(Double::doubleValue).toArray());
        } catch (RuntimeException e) {
            problems.add("framework weights of the children of '" + node + "': " + e.getMessage());
            return null;
        }
    }

    private static double[] ahp(EvaluationPlan plan, String node, int n, List<String> problems) {
        PairwiseMatrix m = plan.matrices().get(node);
        if (m == null) {
            problems.add("AHP weighting needs a pairwise matrix for node '" + node + "' (" + n + " children)");
            return null;
        }
        if (m.size() != n) {
            problems.add("AHP matrix of node '" + node + "' is " + m.size() + "×" + m.size() + " but the node has " + n + " children");
            return null;
        }
        try {
            AhpResult r = Ahp.priorities(m.values(), AHP_METHOD, AHP_RI);
            return r.priorities();
        } catch (RuntimeException e) {
            problems.add("AHP matrix of node '" + node + "': " + e.getMessage());
            return null;
        }
    }
}
