package org.tongchou.engine.cli.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.Direction;
import org.tongchou.engine.data.EngineInputException;
import org.tongchou.engine.io.CsvFormatException;
import org.tongchou.engine.io.CsvProblem;
import org.tongchou.engine.io.CsvTable;
import org.tongchou.engine.io.DatasetCsv;
import org.tongchou.engine.rank.GapAnalysis;
import org.tongchou.engine.rank.IndicatorDimensions;

/**
 * Indicator metadata for the command line: a CSV with column {@code indicator} and optional {@code weight}
 * (default 1), {@code direction} (+1/-1, default +1), {@code dimension} (default: the indicator itself) and
 * {@code dimension_weight} (default 1; the same value on every row of a dimension). The file is checked whole.
 */
record IndicatorMeta(List<String> indicators, double[] weights, Direction[] directions, List<String> dimensions,
                     Map<String, Double> dimensionWeights, boolean hasDimensionWeights) {

    static IndicatorMeta read(Path file) {
        CsvTable t = CsvTable.read(file);
        String src = t.source();
        int ci = t.requireColumn("indicator");
        int cw = t.columnIndex("weight");
        int cd = t.columnIndex("direction");
        int cdim = t.columnIndex("dimension");
        int cdw = t.columnIndex("dimension_weight");
        List<CsvProblem> problems = new ArrayList<>();
        List<String> inds = new ArrayList<>();
        List<String> dims = new ArrayList<>();
        double[] w = new double[t.rows().size()];
        Direction[] dir = new Direction[t.rows().size()];
        Map<String, Double> dw = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            int line = t.line(r);
            String ind = row.get(ci).trim();
            if (ind.isEmpty()) problems.add(new CsvProblem(src, line, "indicator", "empty indicator code"));
            else if (seen.put(ind, line) != null) problems.add(new CsvProblem(src, line, "indicator", "duplicate indicator '" + ind + "'"));
            inds.add(ind);
            w[r] = 1;
            if (cw >= 0) {
                String cell = row.get(cw).trim();
                double v = DatasetCsv.parseNumber(cell);
                if (!(v >= 0) || Double.isInfinite(v)) problems.add(new CsvProblem(src, line, "weight", "'" + cell + "' is not a non-negative number"));
                w[r] = v;
            }
            dir[r] = Direction.POSITIVE;
            if (cd >= 0 && !row.get(cd).isBlank()) {
                try {
                    dir[r] = Direction.parse(row.get(cd));
                } catch (EngineInputException e) {
                    problems.add(new CsvProblem(src, line, "direction", e.getMessage()));
                }
            }
            String dim = cdim >= 0 && !row.get(cdim).isBlank() ? row.get(cdim).trim() : ind;
            dims.add(dim);
            if (cdw >= 0) {
                String cell = row.get(cdw).trim();
                double v = DatasetCsv.parseNumber(cell);
                if (!(v >= 0) || Double.isInfinite(v)) {
                    problems.add(new CsvProblem(src, line, "dimension_weight", "'" + cell + "' is not a non-negative number"));
                } else {
                    Double before = dw.putIfAbsent(dim, v);
                    if (before != null && before != v) {
                        problems.add(new CsvProblem(src, line, "dimension_weight", "dimension '" + dim + "' has weight " + v
                                + " here but " + before + " on an earlier row"));
                    }
                }
            } else {
                dw.putIfAbsent(dim, 1.0);
            }
        }
        if (t.rows().isEmpty()) problems.add(new CsvProblem(src, 1, null, "no indicators listed"));
        if (!problems.isEmpty()) throw new CsvFormatException(problems);
        return new IndicatorMeta(inds, w, dir, dims, dw, cdw >= 0);
    }

    /** Equal weights, positive directions, every indicator its own dimension. */
    static IndicatorMeta defaults(List<String> indicators) {
        double[] w = new double[indicators.size()];
        java.util.Arrays.fill(w, 1);
        Direction[] d = new Direction[indicators.size()];
        java.util.Arrays.fill(d, Direction.POSITIVE);
        Map<String, Double> dw = new LinkedHashMap<>();
        indicators.forEach(i -> dw.put(i, 1.0));
        return new IndicatorMeta(indicators, w, d, indicators, dw, false);
    }

    /** The data restricted to these indicators, in this order; reports every indicator the data lack. */
    Dataset select(Dataset data, String source) {
        List<CsvProblem> problems = new ArrayList<>();
        for (String ind : indicators) {
            if (!data.hasIndicator(ind)) {
                problems.add(new CsvProblem(source, 1, ind, "indicator listed in the metadata is not a numeric column of the data"));
            }
        }
        if (!problems.isEmpty()) throw new CsvFormatException(problems);
        return data.select(indicators);
    }

    IndicatorDimensions dimensionMap() {
        return new IndicatorDimensions(indicators, dimensions);
    }

    /** Effective weight of each indicator: dimension weight × indicator weight, each normalised. */
    double[] effectiveWeights() {
        IndicatorDimensions dm = dimensionMap();
        if (!hasDimensionWeights) {
            // no tree given: weights normalised to sum to 1 over all indicators
            double s = 0;
            for (double v : weights) s += v;
            double[] e = new double[weights.length];
            for (int j = 0; j < e.length; j++) e[j] = weights[j] / s;
            return e;
        }
        double[] dws = dm.dimensions().stream().mapToDouble(dimensionWeights::get).toArray();
        return GapAnalysis.effectiveWeights(weights, dm, dws);
    }
}
