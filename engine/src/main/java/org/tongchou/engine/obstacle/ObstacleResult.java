package org.tongchou.engine.obstacle;

import java.util.ArrayList;
import java.util.List;

/**
 * Obstacle degrees per unit: {@code byIndicator[j][i]} (indicator j, unit i) and {@code byDimension[d][i]},
 * each a share in [0, 1] summing to 1 over indicators (and over dimensions) for every unit with any deviation.
 * {@code weightedDeviation[j][i] = F_j I_ij} is the unnormalised term.
 */
public record ObstacleResult(List<String> units, List<String> indicators, List<String> dimensions,
                             double[][] weightedDeviation, double[][] byIndicator, double[][] byDimension) {

    /** One obstacle factor of a unit. */
    public record Factor(String indicator, double degree) {
    }

    /**
     * The {@code k} indicators with the largest obstacle degree for unit {@code i}, largest first; ties keep
     * indicator order; missing degrees are left out; fewer than k if there are fewer indicators.
     *
     * @param i the unit's position
     * @param k how many, at least 0
     * @return the main obstacle factors
     * @throws org.tongchou.engine.data.InvalidArgumentException for k &lt; 0
     */
    public List<Factor> top(int i, int k) {
        if (k < 0) throw new org.tongchou.engine.data.InvalidArgumentException("k", k, "must be at least 0");
        int m = indicators.size();
        boolean[] used = new boolean[m];
        List<Factor> out = new ArrayList<>(Math.min(k, m));
        for (int r = 0; r < k; r++) {
            int best = -1;
            for (int j = 0; j < m; j++) {
                double v = byIndicator[j][i];
                if (used[j] || Double.isNaN(v)) continue;
                if (best < 0 || v > byIndicator[best][i]) best = j;
            }
            if (best < 0) break;
            used[best] = true;
            out.add(new Factor(indicators.get(best), byIndicator[best][i]));
        }
        return out;
    }
}
