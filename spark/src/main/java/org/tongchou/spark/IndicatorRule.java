package org.tongchou.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongchou.engine.data.EngineInputException;
import org.tongchou.engine.io.CsvTable;

/**
 * How an indicator's values combine when boundaries change (the application's indicator aggregation rules,
 * docs/series.md): {@code SUM} (additive: share × value, summed), {@code WEIGHTED_MEAN} (weighted by an
 * additive indicator: Σ share·w·x / Σ share·w), {@code RATIO} (recomputed from its rebased parts:
 * factor × Σ numerator / Σ denominator, never averaged), {@code NONE} (meaningful for the unit itself only:
 * no value for a changed unit). An indicator without a rule is {@code NONE}.
 *
 * @param indicator   the indicator
 * @param aggregation its rule
 * @param weight      WEIGHTED_MEAN: the weight indicator
 * @param numerator   RATIO: the numerator
 * @param denominator RATIO: the denominator
 * @param factor      RATIO: the factor (100 for a percentage)
 */
public record IndicatorRule(String indicator, Aggregation aggregation, String weight, String numerator, String denominator,
                            double factor) implements Serializable {
    /** The rules. */
    public enum Aggregation { SUM, WEIGHTED_MEAN, RATIO, NONE }

    /**
     * Reads a rules file: {@code indicator,aggregation,of} with {@code of} the weight of a WEIGHTED_MEAN or
     * {@code numerator/denominator[*factor]} of a RATIO; every bad row reported at once.
     */
    public static Map<String, IndicatorRule> read(Path file) {
        CsvTable t = CsvTable.read(file);
        int ci = t.requireColumn("indicator");
        int ca = t.requireColumn("aggregation");
        int co = t.columnIndex("of");
        Map<String, IndicatorRule> out = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            String code = row.get(ci).trim();
            String of = co < 0 ? "" : row.get(co).trim();
            try {
                Aggregation a = Aggregation.valueOf(row.get(ca).trim().toUpperCase(java.util.Locale.ROOT));
                IndicatorRule rule = switch (a) {
                    case SUM, NONE -> new IndicatorRule(code, a, null, null, null, 1);
                    case WEIGHTED_MEAN -> {
                        if (of.isEmpty()) throw new IllegalArgumentException("WEIGHTED_MEAN needs its weight indicator in 'of'");
                        yield new IndicatorRule(code, a, of, null, null, 1);
                    }
                    case RATIO -> {
                        String[] f = of.split("\\*");
                        String[] nd = f[0].split("/");
                        if (nd.length != 2) throw new IllegalArgumentException("RATIO needs 'numerator/denominator[*factor]' in 'of'");
                        yield new IndicatorRule(code, a, null, nd[0].trim(), nd[1].trim(), f.length > 1 ? Double.parseDouble(f[1].trim()) : 1);
                    }
                };
                if (out.put(code, rule) != null) problems.add("line " + t.line(r) + ": indicator '" + code + "' has a second rule");
            } catch (IllegalArgumentException e) {
                problems.add("line " + t.line(r) + " (" + code + "): " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) throw new EngineInputException("rules file " + file + ": " + String.join("; ", problems));
        return out;
    }
}
