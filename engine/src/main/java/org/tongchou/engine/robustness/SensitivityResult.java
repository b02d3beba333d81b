package org.tongchou.engine.robustness;

import java.util.List;

/** Sensitivity indices of every input, and the output variance that normalised them. */
public record SensitivityResult(double variance, List<SensitivityIndex> indices) {
    /**
     * Copies the list.
     *
     * @param variance the output variance
     * @param indices  the indices of every input
     */
    public SensitivityResult {
        indices = List.copyOf(indices);
    }
}
