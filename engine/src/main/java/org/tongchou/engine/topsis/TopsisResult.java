package org.tongchou.engine.topsis;

import java.util.List;

/**
 * TOPSIS output per unit: distances to the positive and negative ideal and relative closeness
 * {@code C = D− / (D+ + D−)} in [0, 1] (1 = at the positive ideal). Ideals are in the weighted,
 * normalised space, one value per criterion.
 */
public record TopsisResult(List<String> units, List<String> criteria, double[] closeness, double[] distanceToIdeal,
                           double[] distanceToAntiIdeal, double[] ideal, double[] antiIdeal) {
}
