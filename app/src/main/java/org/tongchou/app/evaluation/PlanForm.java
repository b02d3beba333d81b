package org.tongchou.app.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan as the API and the edit page exchange it. Matrices are written row by row, cells separated by
 * spaces or commas, rows by semicolons or new lines, fractions allowed ("1 3 1/5; 1/3 1 1/7; 5 7 1").
 * A missing {@code boundaries} means {@link PlanBoundaries#AS_REPORTED}.
 */
record PlanForm(String code, String name, String frameworkCode, List<String> indicators, PlanNormalisation normalisation,
                       IndicatorWeighting indicatorWeighting, GroupWeighting groupWeighting, PlanAggregation aggregation,
                       String areaCode, String benchmarkCode, Map<String, String> matrices, PlanBoundaries boundaries) {

    public static PlanForm of(EvaluationPlan p) {
        Map<String, String> m = new HashMap<>();
        p.matrices().forEach((k, v) -> m.put(k, format(v.values())));
        return new PlanForm(p.code(), p.name(), p.frameworkCode(), p.indicators(), p.normalisation(), p.indicatorWeighting(),
                p.groupWeighting(), p.aggregation(), p.areaCode(), p.benchmarkCode(), m, p.boundaries());
    }

    /** @throws PlanException listing every unreadable matrix cell */
    public EvaluationPlan toPlan() {
        List<String> problems = new ArrayList<>();
        Map<String, PairwiseMatrix> ms = new HashMap<>();
        if (matrices != null) {
            matrices.forEach((node, text) -> {
                if (text == null || text.isBlank()) return;
                TypedMatrix m = read(text);
                if (m.problems().isEmpty()) ms.put(node, new PairwiseMatrix(node, m.values()));
                else problems.add("matrix of '" + node + "': " + String.join("; ", m.problems()));
            });
        }
        if (!problems.isEmpty()) throw new PlanException(code, problems);
        return new EvaluationPlan(0, code, name, frameworkCode, indicators, normalisation, indicatorWeighting, groupWeighting,
                aggregation, areaCode, benchmarkCode, ms, boundaries);
    }

    /**
     * A matrix as typed: its cells, or every problem found (a row of the wrong length, a cell that is not a
     * number or fraction), each naming its row and column.
     */
    record TypedMatrix(double[][] values, List<String> problems) {
    }

    /** Reads a square matrix; names the row and column of every bad cell. */
    static TypedMatrix read(String text) {
        String[] rows = text.trim().split("\\s*[;\\n]\\s*");
        List<String> problems = new ArrayList<>();
        double[][] a = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            String[] cells = rows[i].trim().split("[\\s,]+");
            if (cells.length != rows.length) problems.add("row " + (i + 1) + " has " + cells.length + " cells, expected " + rows.length);
            a[i] = new double[cells.length];
            for (int j = 0; j < cells.length; j++) {
                double v = cell(cells[j]);
                if (Double.isNaN(v)) problems.add("row " + (i + 1) + ", column " + (j + 1) + ": '" + cells[j] + "' is not a number or fraction");
                a[i][j] = v;
            }
        }
        return new TypedMatrix(a, problems);
    }

    /** A number or a fraction {@code a/b}; NaN when the text is neither. */
    private static double cell(String s) {
        if (!s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?(/[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?)?")) return Double.NaN;
        int slash = s.indexOf('/');
        if (slash < 0) return Double.parseDouble(s);
        return Double.parseDouble(s.substring(0, slash)) / Double.parseDouble(s.substring(slash + 1));
    }

    static String format(double[][] a) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < a.length; i++) {
            if (i > 0) b.append('\n');
            for (int j = 0; j < a.length; j++) {
                if (j > 0) b.append(' ');
                double v = a[i][j];
                double inv = 1 / v;
                if (v < 1 && Math.abs(inv - Math.rint(inv)) < 1e-9) b.append("1/").append((long) Math.rint(inv));
                else b.append(v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v));
            }
        }
        return b.toString();
    }
}
