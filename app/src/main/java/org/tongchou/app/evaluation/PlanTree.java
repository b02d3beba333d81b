package org.tongchou.app.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tongchou.app.indicators.Framework;
import org.tongchou.app.indicators.FrameworkNode;
import org.tongchou.app.indicators.NodeKind;

/**
 * The tree a plan evaluates: index → dimensions → groups → indicators, cut down to the plan's
 * indicators (groups and dimensions left empty are dropped). The engine's aggregator needs every
 * indicator at the same depth, so a dimension's own indicators (a dimension without sub-dimensions)
 * form a pass-through group {@code <dimension>~} with weight 1; it is not shown to users, and since a
 * single child's mean is the child, it changes no score.
 */
record PlanTree(List<Dimension> dimensions) {
    static final String PASS_THROUGH_SUFFIX = "~";

    record Leaf(String indicator, double frameworkWeight) {
    }

    record Group(String code, String nameZh, String nameEn, boolean passThrough, double frameworkWeight, List<Leaf> leaves) {
        List<String> indicators() {
            return leaves.stream().map(Leaf::indicator).toList();
        }
    }

    record Dimension(String code, String nameZh, String nameEn, double frameworkWeight, List<Group> groups) {
        List<String> indicators() {
            return groups.stream().flatMap(g -> g.indicators().stream()).toList();
        }
    }

    static PlanTree of(Framework framework, List<String> selected) {
        Set<String> keep = selected.isEmpty() ? new HashSet<>(framework.dimensionIndicators()) : new HashSet<>(selected);
        List<Dimension> dims = new ArrayList<>();
        for (FrameworkNode d : framework.dimensions()) {
            List<Group> groups = new ArrayList<>();
            List<Leaf> own = new ArrayList<>();
            for (FrameworkNode c : d.children()) {
                if (c.kind() == NodeKind.INDICATOR) {
                    if (keep.contains(c.code())) own.add(new Leaf(c.code(), c.weight()));
                } else {
                    List<Leaf> leaves = c.children().stream().filter(l -> keep.contains(l.code()))
                            .map(l -> new Leaf(l.code(), l.weight())).toList();
                    if (!leaves.isEmpty()) groups.add(new Group(c.code(), c.nameZh(), c.nameEn(), false, c.weight(), leaves));
                }
            }
            if (!own.isEmpty()) {
                groups.add(0, new Group(d.code() + PASS_THROUGH_SUFFIX, d.nameZh(), d.nameEn(), true, 1, own));
            }
            if (!groups.isEmpty()) dims.add(new Dimension(d.code(), d.nameZh(), d.nameEn(), d.weight(), groups));
        }
        return new PlanTree(List.copyOf(dims));
    }

    List<String> indicators() {
        return dimensions.stream().flatMap(d -> d.indicators().stream()).toList();
    }

    List<String> dimensionCodes() {
        return dimensions.stream().map(Dimension::code).toList();
    }

    /** The code of the user-visible node holding each indicator directly: its sub-dimension, or its dimension. */
    String visibleParentOf(String indicator) {
        for (Dimension d : dimensions) {
            for (Group g : d.groups()) {
                if (g.indicators().contains(indicator)) return g.passThrough() ? d.code() : g.code();
            }
        }
        throw new IllegalArgumentException("indicator '" + indicator + "' is not in the plan");
    }

    String dimensionOf(String indicator) {
        for (Dimension d : dimensions) {
            if (d.indicators().contains(indicator)) return d.code();
        }
        throw new IllegalArgumentException("indicator '" + indicator + "' is not in the plan");
    }

    /** Codes of the children of a node that an AHP matrix of that node compares, in order. */
    List<String> childrenOf(String nodeCode) {
        if (EvaluationPlan.ROOT.equals(nodeCode)) return dimensionCodes();
        for (Dimension d : dimensions) {
            if (d.code().equals(nodeCode)) {
                boolean onlyOwn = d.groups().size() == 1 && d.groups().get(0).passThrough();
                if (onlyOwn) return d.groups().get(0).indicators();
                return d.groups().stream().map(g -> g.passThrough() ? g.code() : g.code()).toList();
            }
            for (Group g : d.groups()) {
                if (!g.passThrough() && g.code().equals(nodeCode)) return g.indicators();
            }
        }
        return List.of();
    }
}
