package org.tongchou.engine.plan;

import java.util.List;
import java.util.Objects;

/**
 * The weights of one set of siblings of the tree and how they were obtained.
 *
 * @param node       the parent as users know it: the root, a dimension or a group (the indicators of a
 *                   direct group are listed under their dimension)
 * @param children   what the weights are of
 * @param childKind  whether the children are dimensions, groups or indicators
 * @param derivation the method and its intermediate figures
 * @param weights    the weights, summing to 1, in {@code children} order
 */
public record WeightingTable(String node, ChildKind childKind, List<String> children, WeightDerivation derivation,
                             double[] weights) {
    /** What the children of a weighting table are. */
    public enum ChildKind {
        /** The dimensions of the index. */
        DIMENSIONS,
        /** The groups of a dimension. */
        GROUPS,
        /** The indicators of a group or dimension. */
        INDICATORS,
        /** The indicators of a coupling subsystem. */
        SUBSYSTEM_INDICATORS
    }

    /**
     * Checks and copies the components.
     *
     * @param node       the parent as users know it: the root, a dimension or a group (the indicators of a direct group are listed under their dimension)
     * @param childKind  whether the children are dimensions, groups or indicators
     * @param children   what the weights are of
     * @param derivation the method and its intermediate figures
     * @param weights    the weights, summing to 1, in {@code children} order
     */
    public WeightingTable {
        Objects.requireNonNull(node, "node");
        children = List.copyOf(children);
        Objects.requireNonNull(derivation, "derivation");
    }
}
