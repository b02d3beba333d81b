package org.tongchou.engine.plan;

import java.util.ArrayList;
import java.util.List;
import org.tongchou.engine.data.Direction;
import org.tongchou.engine.framework.Framework;
import org.tongchou.engine.framework.FrameworkNode;

/**
 * A {@link PlanTree} as the engine's {@link Framework} (indicators level 1, groups 2, dimensions 3, the
 * index 4), with the position in {@link Framework#nodes()} of every node of the tree, so that weights
 * can be kept in one array in the aggregator's order. Built once per plan; immutable.
 */
final class PlanFramework {
    final PlanTree tree;
    final Framework framework;
    /** Framework position of each leaf, in {@link PlanTree#leaves()} order (0..m-1: leaves come first). */
    final int[] leaf;
    /** Framework position of group g of dimension d. */
    final int[][] group;
    /** Framework position of each dimension. */
    final int[] dimension;
    final int root;
    final List<String> indicators;

    PlanFramework(PlanTree tree) {
        this.tree = tree;
        List<FrameworkNode> nodes = new ArrayList<>();
        nodes.add(node(tree.root(), 4, null));
        for (PlanTree.Dimension d : tree.dimensions()) {
            nodes.add(node(d.code(), 3, tree.root()));
            for (PlanTree.Group g : d.groups()) {
                nodes.add(node(g.code(), 2, d.code()));
                for (PlanTree.Leaf l : g.leaves()) nodes.add(node(l.code(), 1, g.code()));
            }
        }
        this.framework = new Framework(nodes);
        this.indicators = tree.indicatorCodes();
        this.leaf = new int[indicators.size()];
        for (int j = 0; j < leaf.length; j++) leaf[j] = framework.indexOf(indicators.get(j));
        this.dimension = new int[tree.dimensions().size()];
        this.group = new int[dimension.length][];
        for (int d = 0; d < dimension.length; d++) {
            PlanTree.Dimension dim = tree.dimensions().get(d);
            dimension[d] = framework.indexOf(dim.code());
            group[d] = dim.groups().stream().mapToInt(g -> framework.indexOf(g.code())).toArray();
        }
        this.root = framework.indexOf(tree.root());
    }

    private static FrameworkNode node(String code, int level, String parent) {
        return new FrameworkNode(code, code, level, parent, 1, Direction.POSITIVE, null, Double.NaN);
    }

    /** Direction signs of the indicators, in {@link #indicators} order. */
    double[] signs() {
        return tree.leaves().stream().mapToDouble(l -> l.direction().sign()).toArray();
    }

    int size() {
        return framework.size();
    }
}
