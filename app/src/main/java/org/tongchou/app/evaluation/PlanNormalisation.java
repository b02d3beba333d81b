package org.tongchou.app.evaluation;

import org.tongchou.engine.normalise.ConstantColumn;
import org.tongchou.engine.normalise.MinMax;
import org.tongchou.engine.normalise.Normaliser;

/**
 * Normalisations a plan may choose. Both map every indicator into [0, 1] with "higher is better" after
 * the direction sign, which the obstacle model (ideal 1) and the coupling model (U in [0, 1]) need.
 * A constant indicator (all towns equal) takes the midpoint: it then neither separates towns nor
 * fails the run.
 */
public enum PlanNormalisation {
    /** {@code (x − min)/(max − min)} into [0, 1] (OECD/JRC Handbook 2008 §5.2). */
    MIN_MAX,
    /**
     * Into [0.0001, 1], the usual Chinese practice before entropy weights and geometric means, so that
     * no normalised value is exactly 0.
     */
    SHIFTED_MIN_MAX;

    Normaliser toEngine() {
        return switch (this) {
            case MIN_MAX -> new MinMax(0, 1, ConstantColumn.MIDPOINT);
            case SHIFTED_MIN_MAX -> new MinMax(0.0001, 1, ConstantColumn.MIDPOINT);
        };
    }
}
