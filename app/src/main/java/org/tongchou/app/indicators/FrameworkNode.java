package org.tongchou.app.indicators;

import java.util.List;

/**
 * A node of a framework tree. For {@link NodeKind#INDICATOR} leaves the code is the indicator's code
 * and the names are empty (the indicator has them). Weights are relative to the node's siblings; they
 * need not sum to one (evaluation plans normalise them).
 */
public record FrameworkNode(NodeKind kind, String code, String nameZh, String nameEn, double weight, List<FrameworkNode> children) {
    public FrameworkNode {
        nameZh = nameZh == null ? "" : nameZh;
        nameEn = nameEn == null ? "" : nameEn;
        children = children == null ? List.of() : List.copyOf(children);
    }

    public static FrameworkNode indicator(String code, double weight) {
        return new FrameworkNode(NodeKind.INDICATOR, code, "", "", weight, List.of());
    }

    /** Indicator codes at or below this node, depth first. */
    public List<String> indicatorCodes() {
        if (kind == NodeKind.INDICATOR) return List.of(code);
        return children.stream().flatMap(c -> c.indicatorCodes().stream()).toList();
    }
}
