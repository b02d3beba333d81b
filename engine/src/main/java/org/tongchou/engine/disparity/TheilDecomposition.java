package org.tongchou.engine.disparity;

import java.util.List;

/**
 * A Theil index split into between-group and within-group parts: {@code total = between + within}.
 *
 * @param groups        group labels, in order of first appearance
 * @param groupIndex    each group's own Theil index (inequality among its members)
 * @param groupShare    each group's weight in the within part: its income share for T, population share for L
 * @param withinByGroup each group's term of the within part ({@code groupShare × groupIndex})
 */
public record TheilDecomposition(TheilIndex index, double total, double between, double within,
                                 List<String> groups, double[] groupIndex, double[] groupShare,
                                 double[] withinByGroup) {
}
