package org.tongchou.engine.framework;

import org.tongchou.engine.data.Direction;

/**
 * One node of an indicator framework: an indicator (level 1) or an aggregate (pillar, sub-index, index).
 *
 * @param code        unique code (COINr {@code iCode})
 * @param name        display name (may equal the code)
 * @param level       1 for indicators, parents one level up (COINr {@code Level})
 * @param parent      code of the parent node, {@code null} for the root
 * @param weight      weight of this node within its parent (renormalised over siblings when aggregating)
 * @param direction   polarity; used for indicators, ignored for aggregates
 * @param denominator code of the column this indicator is divided by, or {@code null}
 * @param target      target value for distance-to-target normalisation, or NaN
 */
public record FrameworkNode(String code, String name, int level, String parent, double weight, Direction direction,
                            String denominator, double target) {

    /**
     * @return whether this is an indicator (level 1)
     */
    public boolean isIndicator() {
        return level == 1;
    }

    /**
     * @param w a new weight
     * @return this node with it
     */
    public FrameworkNode withWeight(double w) {
        return new FrameworkNode(code, name, level, parent, w, direction, denominator, target);
    }
}
