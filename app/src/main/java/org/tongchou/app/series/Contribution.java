package org.tongchou.app.series;

/**
 * One unit that enters a point of a comparable series: the point's additive components are
 * {@code share ×} this unit's values in that period.
 */
public record Contribution(String unitCode, String unitName, double share) {
}
