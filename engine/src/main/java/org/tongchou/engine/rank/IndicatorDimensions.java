package org.tongchou.engine.rank;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongchou.engine.data.InvalidInputException;

/**
 * Which dimension (pillar, subsystem) each indicator belongs to: an indicator → dimension mapping
 * independent of any framework class, so that gaps and obstacle degrees can be reported per dimension.
 *
 * @param indicators indicator codes, in the order of the dataset's columns
 * @param dimensionOf for each indicator, its dimension code
 */
public record IndicatorDimensions(List<String> indicators, List<String> dimensionOf) {
    /**
     * Copies and checks the lists.
     *
     * @param indicators  indicator codes, in the order of the dataset's columns
     * @param dimensionOf for each indicator, its dimension code
     * @throws org.tongchou.engine.data.InvalidArgumentException for lists of different lengths
     * @throws InvalidInputException for an indicator without a dimension
     */
    public IndicatorDimensions {
        indicators = List.copyOf(indicators);
        dimensionOf = List.copyOf(dimensionOf);
        if (indicators.size() != dimensionOf.size()) {
            throw new org.tongchou.engine.data.InvalidArgumentException("dimensionOf", dimensionOf,
                    indicators.size() + " indicators but " + dimensionOf.size() + " dimension labels");
        }
        for (int j = 0; j < dimensionOf.size(); j++) {
            String d = dimensionOf.get(j);
            if (d == null || d.isBlank()) {
                throw new InvalidInputException("indicator '" + indicators.get(j) + "' has no dimension");
            }
        }
    }

    /**
     * Every indicator its own dimension (no grouping).
     *
     * @param indicators indicator codes
     * @return the mapping
     */
    public static IndicatorDimensions flat(List<String> indicators) {
        return new IndicatorDimensions(indicators, indicators);
    }

    /**
     * Builds the mapping in the dataset's column order from an indicator → dimension map.
     *
     * @param indicators           indicator codes in column order
     * @param dimensionByIndicator the dimension of each
     * @return the mapping
     * @throws org.tongchou.engine.data.InvalidInputException naming an indicator without a dimension
     */
    public static IndicatorDimensions of(List<String> indicators, Map<String, String> dimensionByIndicator) {
        List<String> dims = new ArrayList<>(indicators.size());
        for (String ind : indicators) {
            String d = dimensionByIndicator.get(ind);
            if (d == null) {
                throw new InvalidInputException("indicator '" + ind + "' has no dimension in the mapping");
            }
            dims.add(d);
        }
        return new IndicatorDimensions(indicators, dims);
    }

    /**
     * Distinct dimension codes in order of first appearance.
     *
     * @return the dimension codes, each once
     */
    public List<String> dimensions() {
        return dimensionOf.stream().distinct().toList();
    }

    /**
     * For each indicator, the index of its dimension in {@link #dimensions()}.
     *
     * @return one index into {@link #dimensions()} per indicator
     */
    public int[] codes() {
        Map<String, Integer> index = new LinkedHashMap<>();
        int[] codes = new int[dimensionOf.size()];
        for (int j = 0; j < codes.length; j++) {
            codes[j] = index.computeIfAbsent(dimensionOf.get(j), k -> index.size());
        }
        return codes;
    }

    /**
     * Checks that this mapping lists exactly the given indicators in the same order.
     *
     * @param datasetIndicators a dataset's indicators
     * @throws org.tongchou.engine.data.InvalidInputException naming both lists when they differ
     */
    public void requireIndicators(List<String> datasetIndicators) {
        if (!indicators.equals(datasetIndicators)) {
            throw new InvalidInputException("dimension mapping lists indicators " + indicators
                    + " but the data has " + datasetIndicators);
        }
    }
}
