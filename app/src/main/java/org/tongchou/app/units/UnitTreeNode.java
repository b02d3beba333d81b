package org.tongchou.app.units;

import java.util.List;

/**
 * A unit in the administrators' tree with its children and its direct lineage: the events it came
 * from ({@code into}: predecessors with the share each passed to it) and went to ({@code outOf}:
 * successors with the share it passed on). Earlier and later links are followed on each unit's own row.
 */
record UnitTreeNode(AdminUnit unit, List<Link> into, List<Link> outOf, List<UnitTreeNode> children) {
    public UnitTreeNode {
        into = List.copyOf(into);
        outOf = List.copyOf(outOf);
        children = List.copyOf(children);
    }

    /** One edge of the unit's lineage: the other unit of the event and the share that passed between them. */
    public record Link(ChangeEvent event, AdminUnit other, Double share) {
    }
}
