package org.tongchou.engine.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tongchou.engine.data.Direction;
import org.tongchou.engine.framework.Framework;
import org.tongchou.engine.framework.FrameworkNode;

/**
 * The indicator tree a plan evaluates: one index (the root) over dimensions, each dimension over groups
 * (sub-dimensions), each group over indicators. Four levels, always: a dimension whose indicators hang
 * directly under it has one <em>direct</em> group ({@link Group#direct}) with weight 1 that holds them.
 * A direct group is not a node users see (no score or weight of it is reported); since the mean of a
 * single child is that child, it changes no score. A dimension may hold a direct group and ordinary
 * groups side by side.
 *
 * <p>Weights are relative among siblings (they need not sum to 1); whether they are used depends on the
 * plan's weighting ({@link PlanSpec}). Codes are unique across the whole tree.
 *
 * @param root       code of the index (e.g. {@code index})
 * @param dimensions the dimensions, in the order results list them
 */
public record PlanTree(String root, List<Dimension> dimensions) {
    /** Suffix of the code of a direct group: the dimension's code followed by {@value}. */
    public static final String DIRECT_SUFFIX = "~";

    /**
     * @param root code of the index (e.g. {@code index})
     * @param dimensions the dimensions, in the order results list them
     * @throws PlanInputException listing every problem at once: empty tree, dimension or group, duplicate
     *                            codes, negative or non-finite weights, missing directions
     */
    public PlanTree {
        Objects.requireNonNull(root, "root");
        dimensions = List.copyOf(dimensions);
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(root);
        if (dimensions.isEmpty()) problems.add("the tree has no dimension");
        for (Dimension d : dimensions) {
            unique(d.code(), seen, problems);
            weight(d.code(), d.weight(), problems);
            if (d.groups().isEmpty()) problems.add("dimension '" + d.code() + "' has no indicator");
            for (Group g : d.groups()) {
                unique(g.code(), seen, problems);
                weight(g.code(), g.weight(), problems);
                if (g.leaves().isEmpty()) problems.add("group '" + g.code() + "' has no indicator");
                for (Leaf l : g.leaves()) {
                    unique(l.code(), seen, problems);
                    weight(l.code(), l.weight(), problems);
                }
            }
        }
        if (!problems.isEmpty()) throw new PlanInputException("indicator tree", problems);
    }

    private static void unique(String code, Set<String> seen, List<String> problems) {
        if (!seen.add(code)) problems.add("code '" + code + "' appears twice in the tree");
    }

    private static void weight(String code, double w, List<String> problems) {
        if (!(w >= 0) || Double.isInfinite(w)) problems.add("weight of '" + code + "' is " + w + " (must be a finite number >= 0)");
    }

    /**
     * An indicator of the tree.
     *
     * @param direction whether more is better ({@link Direction#POSITIVE}) or less is better
     * @param weight    weight among the indicators of its group (read by {@link IndicatorWeighting#FIXED})
     */
    public record Leaf(String code, Direction direction, double weight) {
        /**
         * Checks and copies the components.
         *
         * @param code      the indicator's code
         * @param direction whether more is better ({@link Direction#POSITIVE}) or less is better
         * @param weight    weight among the indicators of its group (read by {@link IndicatorWeighting#FIXED})
         */
        public Leaf {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(direction, "direction of " + code);
        }
    }

    /**
     * A group of indicators (a sub-dimension), or the direct group of a dimension.
     *
     * @param direct whether this group only carries the indicators that hang directly under its dimension
     */
    public record Group(String code, double weight, boolean direct, List<Leaf> leaves) {
        /**
         * Checks and copies the components.
         *
         * @param code   the group's code
         * @param weight weight among the groups of its dimension
         * @param direct whether this group only carries the indicators that hang directly under its dimension
         * @param leaves its indicators
         */
        public Group {
            Objects.requireNonNull(code, "code");
            leaves = List.copyOf(leaves);
        }

        /**
         * The direct group of dimension {@code dimension}: code {@code dimension~}, weight 1.
         *
         * @param dimension the dimension's code
     * @param leaves    the indicators directly under it
     * @return the group
         */
        public static Group direct(String dimension, List<Leaf> leaves) {
            return new Group(dimension + DIRECT_SUFFIX, 1, true, leaves);
        }

        /**
         * The group's indicator codes, in order.
         *
         * @return the codes
         */
        public List<String> indicatorCodes() {
            return leaves.stream().map(Leaf::code).toList();
        }
    }

    /** A dimension of the index. */
    public record Dimension(String code, double weight, List<Group> groups) {
        /**
         * Checks and copies the components.
         *
         * @param code   the dimension's code
         * @param weight weight among the dimensions
         * @param groups its groups, the direct group included
         */
        public Dimension {
            Objects.requireNonNull(code, "code");
            groups = List.copyOf(groups);
        }

        /**
         * Whether the dimension has only its own indicators (one direct group and nothing else).
         *
         * @return whether its one group is its direct group
         */
        public boolean onlyDirect() {
            return groups.size() == 1 && groups.get(0).direct();
        }

        /**
         * The dimension's indicator codes, group by group.
         *
         * @return the codes
         */
        public List<String> indicatorCodes() {
            return groups.stream().flatMap(g -> g.indicatorCodes().stream()).toList();
        }
    }

    /**
     * The tree of an engine {@link Framework} (e.g. read by {@code FrameworkCsv} from a COINr-style table):
     * with 4 levels, level 2 are groups and level 3 dimensions; with 3 levels, level 2 are dimensions whose
     * indicators form direct groups. In a 4-level framework a group coded {@code D~} (the dimension's code and
     * {@value #DIRECT_SUFFIX}) under dimension {@code D} is D's direct group, so that a tree whose dimensions
     * have groups and direct indicators side by side has a framework too ({@link PlanFileText}); its weight
     * is 1 whatever the table says. Weights and directions are the framework's; node order is kept.
     *
     * @param f the framework
     * @return its tree
     * @throws PlanInputException when the framework has neither 3 nor 4 levels
     */
    public static PlanTree fromFramework(Framework f) {
        if (f.levels() != 3 && f.levels() != 4) {
            throw new PlanInputException("framework", List.of("a plan's tree has 3 levels (indicator, dimension, index) or 4 "
                    + "(indicator, group, dimension, index); this framework has " + f.levels()));
        }
        FrameworkNode root = f.root();
        List<Dimension> dims = new ArrayList<>();
        for (FrameworkNode d : childrenOf(f, root)) {
            List<Group> groups = new ArrayList<>();
            if (f.levels() == 3) {
                groups.add(Group.direct(d.code(), leaves(f, d)));
            } else {
                for (FrameworkNode g : childrenOf(f, d)) {
                    groups.add(g.code().equals(d.code() + DIRECT_SUFFIX) ? Group.direct(d.code(), leaves(f, g))
                            : new Group(g.code(), g.weight(), false, leaves(f, g)));
                }
            }
            dims.add(new Dimension(d.code(), d.weight(), groups));
        }
        return new PlanTree(root.code(), dims);
    }

    private static List<FrameworkNode> childrenOf(Framework f, FrameworkNode node) {
        int k = f.indexOf(node.code());
        return java.util.Arrays.stream(f.children(k)).sorted().mapToObj(f::node).toList();
    }

    private static List<Leaf> leaves(Framework f, FrameworkNode parent) {
        return childrenOf(f, parent).stream()
                .map(n -> new Leaf(n.code(), n.direction() == null ? Direction.POSITIVE : n.direction(), n.weight())).toList();
    }

    /**
     * Every indicator, dimension by dimension, group by group.
     *
     * @return the indicators
     */
    public List<Leaf> leaves() {
        return dimensions.stream().flatMap(d -> d.groups().stream()).flatMap(g -> g.leaves().stream()).toList();
    }

    /**
     * Every indicator's code, dimension by dimension, group by group.
     *
     * @return the codes
     */
    public List<String> indicatorCodes() {
        return leaves().stream().map(Leaf::code).toList();
    }

    /**
     * The dimensions' codes, in order.
     *
     * @return the codes
     */
    public List<String> dimensionCodes() {
        return dimensions.stream().map(Dimension::code).toList();
    }

    /**
     * The dimension of every indicator, in {@link #indicatorCodes()} order.
     *
     * @return indicator code → dimension code
     */
    public Map<String, String> dimensionOfIndicators() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Dimension d : dimensions) {
            for (String i : d.indicatorCodes()) out.put(i, d.code());
        }
        return out;
    }

    /**
     * The children that a pairwise (AHP) matrix of {@code node} compares, in order: the dimensions for the
     * root; for a dimension its groups (direct group included), or its indicators when it has only its own;
     * for a group its indicators. Empty for an unknown node or a direct group.
     *
     * @param node a node's code
     * @return the children's codes
     */
    public List<String> childrenOf(String node) {
        if (root.equals(node)) return dimensionCodes();
        for (Dimension d : dimensions) {
            if (d.code().equals(node)) {
                return d.onlyDirect() ? d.groups().get(0).indicatorCodes() : d.groups().stream().map(Group::code).toList();
            }
            for (Group g : d.groups()) {
                if (!g.direct() && g.code().equals(node)) return g.indicatorCodes();
            }
        }
        return List.of();
    }

    /**
     * The node whose pairwise matrix weighs the indicators of {@code group}: the group itself, or for a
     * direct group its dimension.
     */
    static String matrixNodeOfIndicators(Dimension d, Group g) {
        return g.direct() ? d.code() : g.code();
    }
}
