package org.tongchou.app.indicators;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An indicator framework: its indicators (raw and derived), the tree framework → dimension →
 * sub-dimension → indicator with weights, and the subsystems of the urban–rural coupling model.
 */
public record Framework(String code, String nameZh, String nameEn, String description, List<Indicator> indicators,
        List<FrameworkNode> dimensions, List<FrameworkNode> subsystems) {

    public Framework {
        description = description == null ? "" : description;
        indicators = List.copyOf(indicators);
        dimensions = List.copyOf(dimensions);
        subsystems = subsystems == null ? List.of() : List.copyOf(subsystems);
    }

    /**
     * Checks the whole framework and returns its indicator catalogue.
     *
     * @throws IndicatorDefinitionException listing every problem, each naming its node by path
     *         (e.g. {@code dimensions/strength/indicators/gdp})
     */
    public IndicatorCatalog validate() {
        List<String> problems = new ArrayList<>();
        IndicatorCatalog catalog = null;
        try {
            catalog = IndicatorCatalog.of(indicators);
        } catch (IndicatorDefinitionException e) {
            problems.addAll(e.problems());
        }
        if (code == null || !code.matches("[a-z][a-z0-9_-]{0,63}")) {
            problems.add("framework code '" + code + "' must be lower-case letters, digits, '_' or '-', starting with a letter");
        }
        if (dimensions.isEmpty()) problems.add("framework '" + code + "' has no dimensions");
        Set<String> groupCodes = new HashSet<>();
        for (FrameworkNode d : dimensions) {
            checkNode(d, "dimensions", NodeKind.DIMENSION, groupCodes, problems);
        }
        for (FrameworkNode s : subsystems) {
            checkNode(s, "subsystems", NodeKind.SUBSYSTEM, groupCodes, problems);
        }
        if (!problems.isEmpty()) throw new IndicatorDefinitionException(problems);
        return catalog;
    }

    private void checkNode(FrameworkNode n, String parentPath, NodeKind expected, Set<String> groupCodes, List<String> problems) {
        String path = parentPath + "/" + n.code();
        if (n.kind() != expected) {
            problems.add(path + ": is a " + n.kind() + " where a " + expected + " was expected");
        }
        if (!Double.isFinite(n.weight()) || n.weight() < 0) {
            problems.add(path + ": weight " + n.weight() + " must be a finite number ≥ 0");
        }
        if (n.kind() == NodeKind.INDICATOR) {
            if (indicators.stream().noneMatch(i -> i.code().equals(n.code()))) {
                problems.add(path + ": unknown indicator '" + n.code() + "'");
            }
            return;
        }
        if (n.code() == null || !n.code().matches("[a-z][a-z0-9_]{0,63}")) {
            problems.add(path + ": code must be lower-case letters, digits and underscores, starting with a letter");
        } else if (!groupCodes.add(n.code())) {
            problems.add(path + ": code '" + n.code() + "' is used by another dimension or subsystem");
        }
        if (n.nameZh().isBlank() && n.nameEn().isBlank()) problems.add(path + ": has no name");
        if (n.children().isEmpty()) problems.add(path + ": has no indicators");
        Set<String> seen = new HashSet<>();
        for (FrameworkNode c : n.children()) {
            NodeKind childKind = c.kind() == NodeKind.SUB_DIMENSION && n.kind() == NodeKind.DIMENSION ? NodeKind.SUB_DIMENSION : NodeKind.INDICATOR;
            if (c.kind() == NodeKind.INDICATOR && !seen.add(c.code())) {
                problems.add(path + ": indicator '" + c.code() + "' appears twice");
            }
            checkNode(c, path, childKind, groupCodes, problems);
        }
    }

    /** Indicator codes used by the dimension tree, depth first. */
    public List<String> dimensionIndicators() {
        return dimensions.stream().flatMap(d -> d.indicatorCodes().stream()).toList();
    }
}
