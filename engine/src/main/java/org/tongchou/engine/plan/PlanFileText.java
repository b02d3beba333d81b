package org.tongchou.engine.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tongchou.engine.data.Direction;
import org.tongchou.engine.normalise.MinMax;
import org.tongchou.engine.weights.AhpMethod;
import org.tongchou.engine.weights.RandomIndex;

/**
 * A {@link PlanSpec} written as the engine's plan file and its framework table ({@link PlanFile}, docs/methods.md
 * "Plan evaluation"), so that another engine of the same plan (the Spark module, the {@code evaluate-plan}
 * command) evaluates exactly the same plan: reading the text back ({@link PlanFile#choices} and
 * {@link PlanFile#spec} on the framework) gives a spec that evaluates to the same figures, bit for bit
 * (numbers are written as {@link Double#toString}, which reads back exactly; the tree in its order).
 *
 * <p>What the plan file cannot say is refused whole, every problem named, rather than written differently:
 * a normalisation other than min-max, AHP other than the principal eigenvector with Saaty's RI, imputation
 * over time, a coupling model, and disparity measures other than the standard ones (weighted or not). A tree
 * of direct groups only is a 3-level framework; otherwise 4 levels, a direct group written as the group
 * {@code D~} of its dimension {@code D} ({@link PlanTree#fromFramework} reads it back as the direct group).
 *
 * @param plan      the plan file's text (properties; {@code data} and {@code id-column} left out)
 * @param framework the framework table (COINr-style iMeta: {@code iCode,Level,Parent,Weight,Direction})
 */
public record PlanFileText(String plan, String framework) {

    /**
     * @param spec          the plan
     * @param groups        the data's grouping columns the plan keeps ({@code groups}: ranks within groups, Theil by group)
     * @param frameworkFile the framework table's file name, relative to the plan file
     * @return the two texts
     * @throws PlanInputException listing everything of the plan a plan file cannot say
     */
    public static PlanFileText of(PlanSpec spec, List<String> groups, String frameworkFile) {
        List<String> problems = new ArrayList<>();
        StringBuilder p = new StringBuilder("# the engine's plan file (docs/methods.md, \"Plan evaluation\"), written from a plan\n");
        p.append("framework = ").append(frameworkFile).append('\n');
        if (!groups.isEmpty()) p.append("groups = ").append(String.join(", ", groups)).append('\n');
        if (spec.normaliser() instanceof MinMax m) {
            p.append("normalisation = minmax\nnormalisation.range = ").append(m.lower()).append(',').append(m.upper()).append('\n')
                    .append("normalisation.constant = ").append(key(m.constant())).append('\n');
        } else {
            problems.add("normalisation " + spec.normaliser() + ": a plan file writes min-max only here");
        }
        p.append("indicator-weighting = ").append(key(spec.indicatorWeighting())).append('\n');
        p.append("group-weighting = ").append(key(spec.groupWeighting())).append('\n');
        if (spec.ahpMethod() != AhpMethod.EIGENVECTOR || spec.randomIndex() != RandomIndex.SAATY_1980) {
            problems.add("AHP by " + spec.ahpMethod() + " with " + spec.randomIndex() + ": a plan file has the principal eigenvector with Saaty's RI");
        }
        for (Map.Entry<String, double[][]> e : spec.matrices().entrySet()) {
            List<String> rows = new ArrayList<>();
            for (double[] row : e.getValue()) {
                StringBuilder r = new StringBuilder();
                for (double v : row) r.append(r.isEmpty() ? "" : " ").append(v);
                rows.add(r.toString());
            }
            p.append("ahp.").append(e.getKey()).append(" = ").append(String.join("; ", rows)).append('\n');
        }
        p.append("aggregation = ").append(key(spec.aggregation())).append('\n');
        if (spec.imputation() != null) {
            if (spec.imputation().time() != null) problems.add("imputation over time (" + spec.imputation().time() + "): a plan evaluates one period");
            p.append("imputation = ").append(key(spec.imputation().method())).append('\n');
            if (spec.imputation().grouping() != null) p.append("imputation.group = ").append(spec.imputation().grouping()).append('\n');
        }
        if (spec.benchmark() != null) p.append("benchmark = ").append(spec.benchmark()).append('\n');
        if (spec.coupling() != null) problems.add("a coupling model: leave it out (its figures are apart from the index)");
        DisparitySpec d = spec.disparity();
        if (!d.equals(DisparitySpec.weightedBy(d.weightColumn()))) {
            problems.add("disparity " + d + ": a plan file has the population variance, no Gini correction and Theil T");
        }
        if (d.weightColumn() != null) p.append("disparity.weight = ").append(d.weightColumn()).append('\n');
        p.append("obstacle.ideal = ").append(spec.obstacleIdeal()).append('\n');
        String framework = framework(spec.tree(), problems);
        if (!problems.isEmpty()) throw new PlanInputException("plan file", problems);
        return new PlanFileText(p.toString(), framework);
    }

    /** The tree as iMeta rows, in the tree's order (a framework's children keep their rows' order). */
    private static String framework(PlanTree tree, List<String> problems) {
        boolean threeLevels = tree.dimensions().stream().allMatch(PlanTree.Dimension::onlyDirect);
        for (PlanTree.Dimension d : tree.dimensions()) {
            for (PlanTree.Group g : d.groups()) {
                if (g.direct() && (!g.code().equals(d.code() + PlanTree.DIRECT_SUFFIX) || g.weight() != 1)) {
                    problems.add("direct group '" + g.code() + "' of dimension '" + d.code() + "' is not coded '" + d.code()
                            + PlanTree.DIRECT_SUFFIX + "' with weight 1");
                }
            }
        }
        int top = threeLevels ? 3 : 4;
        StringBuilder f = new StringBuilder("iCode,Level,Parent,Weight,Direction\n");
        row(f, tree.root(), top, "", 1, null);
        for (PlanTree.Dimension d : tree.dimensions()) {
            row(f, d.code(), top - 1, tree.root(), d.weight(), null);
            for (PlanTree.Group g : d.groups()) {
                String parent = threeLevels ? d.code() : g.code();
                if (!threeLevels) row(f, g.code(), 2, d.code(), g.weight(), null);
                for (PlanTree.Leaf l : g.leaves()) row(f, l.code(), 1, parent, l.weight(), l.direction());
            }
        }
        return f.toString();
    }

    private static void row(StringBuilder f, String code, int level, String parent, double weight, Direction direction) {
        if (code.contains(",") || code.contains("\"")) throw new PlanInputException("plan file", List.of("code '" + code + "' holds a comma or a quote"));
        f.append(code).append(',').append(level).append(',').append(parent).append(',').append(weight).append(',')
                .append(direction == Direction.NEGATIVE ? "-1" : "1").append('\n');
    }

    private static String key(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
