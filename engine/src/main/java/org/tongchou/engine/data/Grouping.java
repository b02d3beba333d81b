package org.tongchou.engine.data;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A categorical column over the units of a {@link Dataset}, e.g. a region or a size class. */
public record Grouping(String name, List<String> labels) {
    /**
     * Copies the labels.
     *
     * @param name   the column's name
     * @param labels one label per unit, in the units' order
     */
    public Grouping {
        labels = List.copyOf(labels);
    }

    /**
     * The distinct labels in order of first appearance.
     *
     * @return the labels, each once
     */
    public List<String> levels() {
        return labels.stream().distinct().toList();
    }

    /**
     * For each unit, the index of its label in {@link #levels()}.
     *
     * @return one index per unit
     */
    public int[] codes() {
        Map<String, Integer> index = new LinkedHashMap<>();
        int[] codes = new int[labels.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = index.computeIfAbsent(labels.get(i), k -> index.size());
        }
        return codes;
    }

    @Override
    public String toString() {
        return name + Arrays.toString(labels.toArray());
    }
}
