package org.tongchou.engine.prepare;

import java.util.ArrayList;
import java.util.List;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.InvalidInputException;

/**
 * Denomination: an indicator divided by a scaling column, {@code y_i = x_i / d_i} (e.g. trade by GDP,
 * flights by population). Source: COINr {@code Denominate} (plain ratio, no rescaling).
 * A missing numerator or denominator gives a missing ratio; a zero denominator is refused (every such
 * cell is listed), since COINr's {@code Inf} would silently dominate every later statistic.
 */
public final class Denomination {
    private Denomination() {
    }

    /**
     * One indicator and the column it is divided by.
     *
     * @param indicator   the numerator
     * @param denominator the column it is divided by
     */
    public record Pair(String indicator, String denominator) {
    }

    /**
     * Divides indicators by their denominators.
     *
     * @param data  holds the indicators and the denominator columns
     * @param pairs which indicator is divided by which column; other indicators are copied unchanged
     * @param keep  the indicators of the result, in order (e.g. the framework's indicators, so that the
     *              denominator columns are dropped)
     * @return a new dataset with the {@code keep} indicators
     * @throws InvalidInputException listing every indicator or denominator not in the data and every zero
     *                               denominator (unit, denominator and indicator)
     */
    public static Dataset apply(Dataset data, List<Pair> pairs, List<String> keep) {
        List<String> problems = new ArrayList<>();
        double[][] out = new double[keep.size()][];
        for (int k = 0; k < keep.size(); k++) {
            if (!data.hasIndicator(keep.get(k))) {
                problems.add("indicator '" + keep.get(k) + "' is not in the data");
                continue;
            }
            out[k] = data.column(keep.get(k)).clone();
        }
        for (Pair p : pairs) {
            int k = keep.indexOf(p.indicator());
            if (k < 0) continue;
            if (!data.hasIndicator(p.denominator())) {
                problems.add("denominator '" + p.denominator() + "' of indicator '" + p.indicator() + "' is not in the data");
                continue;
            }
            if (out[k] == null) continue;
            double[] d = data.column(p.denominator());
            for (int i = 0; i < d.length; i++) {
                if (d[i] == 0) {
                    problems.add("unit '" + data.units().get(i) + "': denominator '" + p.denominator() + "' of indicator '"
                            + p.indicator() + "' is 0");
                }
                out[k][i] = out[k][i] / d[i];
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("denomination failed:\n" + String.join("\n", problems));
        }
        return data.withColumns(keep, out);
    }
}
