package org.tongchou.engine.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongchou.engine.data.Direction;
import org.tongchou.engine.data.InvalidInputException;

/**
 * An indicator framework: a tree from indicators (level 1) through pillars and sub-indices up to one
 * index (the highest level). Every node except the root names a parent exactly one level up; weights
 * are relative within a parent (they need not sum to 1).
 *
 * <p>Nodes keep the order they were given in, except that {@link #nodes()} lists them level by level
 * (indicators first), which is the order aggregation walks.
 */
public final class Framework {
    private final List<FrameworkNode> nodes;
    private final Map<String, Integer> index;
    private final int[][] children;
    private final int levels;
    private final int indicatorCount;

    /**
     * @param given the nodes, in any order
     * @throws org.tongchou.engine.data.InvalidInputException listing every problem at once: no nodes, duplicate
     *         codes, a level below 1, a negative or non-finite weight, a parent that is not in the framework or
     *         not one level up, not exactly one root, an aggregate without children
     */
    public Framework(List<FrameworkNode> given) {
        List<String> problems = new ArrayList<>();
        if (given.isEmpty()) {
            throw new InvalidInputException("framework has no nodes");
        }
        List<FrameworkNode> sorted = new ArrayList<>(given);
        sorted.sort((a, b) -> Integer.compare(a.level(), b.level()));
        this.nodes = List.copyOf(sorted);
        this.index = new HashMap<>();
        for (int k = 0; k < nodes.size(); k++) {
            if (index.put(nodes.get(k).code(), k) != null) {
                problems.add("duplicate node code '" + nodes.get(k).code() + "'");
            }
        }
        int maxLevel = nodes.get(nodes.size() - 1).level();
        this.levels = maxLevel;
        int roots = 0;
        List<List<Integer>> kids = new ArrayList<>();
        for (int k = 0; k < nodes.size(); k++) kids.add(new ArrayList<>());
        int indicators = 0;
        for (int k = 0; k < nodes.size(); k++) {
            FrameworkNode n = nodes.get(k);
            if (n.level() < 1) problems.add("node '" + n.code() + "' has level " + n.level() + " (must be >= 1)");
            if (n.level() == 1) indicators++;
            if (!(n.weight() >= 0) || Double.isInfinite(n.weight())) {
                problems.add("node '" + n.code() + "' has weight " + n.weight() + " (must be a finite number >= 0)");
            }
            if (n.parent() == null) {
                if (n.level() != maxLevel) {
                    problems.add("node '" + n.code() + "' at level " + n.level() + " has no parent");
                }
                roots++;
                continue;
            }
            Integer p = index.get(n.parent());
            if (p == null) {
                problems.add("node '" + n.code() + "' names parent '" + n.parent() + "', which is not in the framework");
            } else if (nodes.get(p).level() != n.level() + 1) {
                problems.add("node '" + n.code() + "' at level " + n.level() + " has parent '" + n.parent()
                        + "' at level " + nodes.get(p).level() + " (must be one level up)");
            } else {
                kids.get(p).add(k);
            }
        }
        if (roots != 1) problems.add("framework must have exactly one root (node without parent), found " + roots);
        for (int k = 0; k < nodes.size(); k++) {
            if (nodes.get(k).level() > 1 && kids.get(k).isEmpty()) {
                problems.add("aggregate '" + nodes.get(k).code() + "' has no children");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid framework:\n" + String.join("\n", problems));
        }
        this.children = new int[nodes.size()][];
        for (int k = 0; k < nodes.size(); k++) {
            children[k] = kids.get(k).stream().mapToInt(Integer::intValue).toArray();
        }
        this.indicatorCount = indicators;
    }

    /**
     * All nodes, level by level (indicators first).
     *
     * @return the nodes
     */
    public List<FrameworkNode> nodes() {
        return nodes;
    }

    /**
     * The number of nodes.
     *
     * @return the size of {@link #nodes()}
     */
    public int size() {
        return nodes.size();
    }

    /**
     * @param k a position in {@link #nodes()}
     * @return the node there
     */
    public FrameworkNode node(int k) {
        return nodes.get(k);
    }

    /**
     * @param code a node code
     * @return the node, or empty
     */
    public Optional<FrameworkNode> node(String code) {
        Integer k = index.get(code);
        return k == null ? Optional.empty() : Optional.of(nodes.get(k));
    }

    /**
     * @param code a node code
     * @return its position in {@link #nodes()}
     * @throws org.tongchou.engine.data.InvalidInputException for an unknown code
     */
    public int indexOf(String code) {
        Integer k = index.get(code);
        if (k == null) throw new InvalidInputException("unknown framework node '" + code + "'");
        return k;
    }

    /**
     * Number of levels (the root's level).
     *
     * @return the root's level
     */
    public int levels() {
        return levels;
    }

    /**
     * The indicator nodes (level 1), in framework order; their index is their position in {@link #nodes()}.
     *
     * @return the indicator nodes
     */
    public List<FrameworkNode> indicators() {
        return nodes.subList(0, indicatorCount);
    }

    /**
     * The indicators' codes, in framework order.
     *
     * @return the codes
     */
    public List<String> indicatorCodes() {
        return indicators().stream().map(FrameworkNode::code).toList();
    }

    /**
     * The number of indicators.
     *
     * @return the size of {@link #indicators()}
     */
    public int indicatorCount() {
        return indicatorCount;
    }

    /**
     * @param k a node's position in {@link #nodes()}
     * @return the positions of its children (live array: do not modify)
     */
    public int[] children(int k) {
        return children[k];
    }

    /**
     * The index: the one node of the top level.
     *
     * @return the root
     */
    public FrameworkNode root() {
        return nodes.get(nodes.size() - 1);
    }

    /**
     * Weights of all nodes in {@link #nodes()} order (a fresh array).
     *
     * @return one weight per node
     */
    public double[] weights() {
        double[] w = new double[nodes.size()];
        for (int k = 0; k < w.length; k++) w[k] = nodes.get(k).weight();
        return w;
    }

    /**
     * Directions of the indicators as signs (+1/-1), in {@link #indicators()} order.
     *
     * @return one sign per indicator
     */
    public double[] indicatorSigns() {
        double[] s = new double[indicatorCount];
        for (int k = 0; k < indicatorCount; k++) {
            Direction d = nodes.get(k).direction();
            s[k] = d == null ? 1 : d.sign();
        }
        return s;
    }

    /**
     * The same tree with new weights.
     *
     * @param weights one weight per node, in {@link #nodes()} order
     * @return the new framework
     * @throws org.tongchou.engine.data.InvalidArgumentException for a length that does not match the nodes
     * @throws org.tongchou.engine.data.InvalidInputException    for a negative or non-finite weight
     */
    public Framework withWeights(double[] weights) {
        if (weights.length != nodes.size()) {
            throw new org.tongchou.engine.data.InvalidArgumentException("weights", weights, weights.length + " weights for "
                    + nodes.size() + " framework nodes");
        }
        List<FrameworkNode> copy = new ArrayList<>(nodes.size());
        for (int k = 0; k < weights.length; k++) copy.add(nodes.get(k).withWeight(weights[k]));
        return new Framework(copy);
    }

    /**
     * @param level a level (1 = indicators)
     * @return the codes of all nodes at that level, in {@link #nodes()} order
     */
    public List<String> codesAtLevel(int level) {
        return nodes.stream().filter(n -> n.level() == level).map(FrameworkNode::code).toList();
    }
}
