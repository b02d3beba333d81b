package org.tongchou.engine.plan;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tongchou.engine.coupling.CoordinationClasses;
import org.tongchou.engine.coupling.IntervalClosure;
import org.tongchou.engine.coupling.RelativeDevelopment;
import org.tongchou.engine.data.Direction;
import org.tongchou.engine.io.CsvTable;
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
 * <p>What the plan file cannot say is refused whole, every problem of the plan named at once, rather than written
 * differently: a normalisation other than min-max, AHP other than the principal eigenvector with Saaty's RI,
 * imputation over time, a coupling model other than the plan file's (T weighting every subsystem equally, the
 * 10-level classes closed below, development by the ratio with tolerance 0.1) or with an indicator whose direction
 * the file cannot say (less is better written {@code -code}, otherwise the framework's direction), disparity
 * measures other than the standard ones (weighted or not), and codes or grouping names that a properties key or a
 * comma-separated list cannot hold. A tree of direct groups only is a 3-level framework; otherwise 4 levels, a
 * direct group written as the group {@code D~} of its dimension {@code D} ({@link PlanTree#fromFramework} reads it
 * back as the direct group). The framework table is written by {@link CsvTable#write} (a code with a comma or a
 * quote is quoted).
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
        for (String g : groups) listItem(g, "grouping", problems);
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
            keyPart(e.getKey(), "AHP node", problems);
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
        if (spec.coupling() != null) coupling(spec.coupling(), spec.tree(), p, problems);
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

    /**
     * The coupling model as {@code coupling.*} keys, as {@link PlanFile#spec} reads them back: the subsystems in
     * order, each one's indicators ({@code -code} less is better, {@code code:weight} a weight other than 1), the
     * subsystems' weighting; what those keys cannot say is a problem.
     */
    private static void coupling(CouplingSpec c, PlanTree tree, StringBuilder p, List<String> problems) {
        int n = c.subsystems().size();
        double[] t = c.developmentWeights();
        for (double w : t) {
            if (w != 1.0 / n) {
                problems.add("coupling: T weights the subsystems " + java.util.Arrays.toString(t) + "; a plan file weights each 1/" + n);
                break;
            }
        }
        CoordinationClasses standard = CoordinationClasses.chineseTenLevel(IntervalClosure.LOWER_CLOSED);
        if (!c.classes().classes().equals(standard.classes()) || c.classes().closure() != standard.closure()) {
            problems.add("coupling: classes of D other than the 10-level scheme closed below, which a plan file has");
        }
        if (c.development().comparison() != RelativeDevelopment.Comparison.RATIO || c.development().tolerance() != 0.1) {
            problems.add("coupling: development by " + c.development().comparison() + " with tolerance " + c.development().tolerance()
                    + "; a plan file has the ratio U2/U1 with tolerance 0.1");
        }
        Map<String, Direction> inTree = new java.util.HashMap<>();
        for (PlanTree.Dimension dim : tree.dimensions()) {
            for (PlanTree.Group g : dim.groups()) for (PlanTree.Leaf l : g.leaves()) inTree.put(l.code(), l.direction());
        }
        List<String> codes = new ArrayList<>();
        for (CouplingSpec.Subsystem s : c.subsystems()) {
            keyPart(s.code(), "coupling subsystem", problems);
            listItem(s.code(), "coupling subsystem", problems);
            codes.add(s.code());
            List<String> entries = new ArrayList<>();
            for (PlanTree.Leaf l : s.indicators()) {
                listItem(l.code(), "coupling indicator of '" + s.code() + "'", problems);
                if (l.code().startsWith("-") || l.code().contains(":")) {
                    problems.add("coupling indicator '" + l.code() + "' of '" + s.code() + "' begins with '-' or holds ':', which a plan file reads as its direction or weight");
                }
                boolean negative = l.direction() == Direction.NEGATIVE;
                if (!negative && inTree.get(l.code()) == Direction.NEGATIVE) {
                    problems.add("coupling indicator '" + l.code() + "' of '" + s.code() + "' is more-is-better where the framework has it less-is-better,"
                            + " which a plan file cannot say");
                }
                entries.add((negative ? "-" : "") + l.code() + (l.weight() == 1 ? "" : ":" + l.weight()));
            }
            p.append("coupling.").append(s.code()).append(" = ").append(String.join(", ", entries)).append('\n');
        }
        p.append("coupling.subsystems = ").append(String.join(", ", codes)).append('\n');
        p.append("coupling.weighting = ").append(key(c.weighting())).append('\n');
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
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(tree.root(), top, "", 1, null));
        for (PlanTree.Dimension d : tree.dimensions()) {
            rows.add(row(d.code(), top - 1, tree.root(), d.weight(), null));
            for (PlanTree.Group g : d.groups()) {
                String parent = threeLevels ? d.code() : g.code();
                if (!threeLevels) rows.add(row(g.code(), 2, d.code(), g.weight(), null));
                for (PlanTree.Leaf l : g.leaves()) rows.add(row(l.code(), 1, parent, l.weight(), l.direction()));
            }
        }
        StringWriter f = new StringWriter();
        CsvTable.write(f, List.of("iCode", "Level", "Parent", "Weight", "Direction"), rows);
        return f.toString();
    }

    private static List<String> row(String code, int level, String parent, double weight, Direction direction) {
        return List.of(code, String.valueOf(level), parent, String.valueOf(weight), direction == Direction.NEGATIVE ? "-1" : "1");
    }

    /** A code that is part of a properties key ({@code ahp.<node>}, {@code coupling.<subsystem>}). */
    private static void keyPart(String code, String what, List<String> problems) {
        if (code.isEmpty() || code.chars().anyMatch(ch -> Character.isWhitespace(ch) || ch == '=' || ch == ':' || ch == '#' || ch == '!' || ch == '\\')) {
            problems.add(what + " '" + code + "' is empty or holds white space, '=', ':', '#', '!' or a backslash, which a properties key cannot");
        }
    }

    /** An item of a comma-separated list of the plan file ({@code groups}, {@code coupling.*}). */
    private static void listItem(String item, String what, List<String> problems) {
        if (item.isBlank() || item.contains(",") || !item.equals(item.strip())) {
            problems.add(what + " '" + item + "' is blank, holds a comma or begins or ends with white space, which a plan file's list cannot");
        }
    }

    private static String key(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
