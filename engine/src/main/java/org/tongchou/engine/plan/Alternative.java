package org.tongchou.engine.plan;

import java.util.Objects;

/**
 * One value an assumption of a robustness analysis may take, with the code that names it in results
 * (e.g. {@code MIN_MAX}, {@code PERCENTILE_RANK}).
 */
public record Alternative<T>(String label, T value) {
    /**
     * Checks and copies the components.
     *
     * @param label the code that names it in results
     * @param value the value
     */
    public Alternative {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value of " + label);
    }

    @Override
    public String toString() {
        return label;
    }
}
