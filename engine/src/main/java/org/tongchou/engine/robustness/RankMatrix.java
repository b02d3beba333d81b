package org.tongchou.engine.robustness;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tongchou.engine.io.CsvFormatException;
import org.tongchou.engine.io.CsvProblem;
import org.tongchou.engine.io.CsvTable;
import org.tongchou.engine.io.DatasetCsv;

/**
 * Ranks of every unit in every replication, as COINr writes them ({@code SA_res$Ranks}): one row per
 * unit, a unit column, a nominal-rank column, then one column per replication. Empty cells and
 * {@code NA} are missing ranks.
 *
 * @param ranks indexed [unit][replication]
 */
public record RankMatrix(List<String> units, double[] nominal, List<String> replications, double[][] ranks) {
    /**
     * Copies the lists.
     *
     * @param units        unit codes, one per row of {@code ranks}
     * @param nominal      each unit's nominal rank
     * @param replications the replications' names, one per column of {@code ranks}
     * @param ranks        indexed [unit][replication]
     */
    public RankMatrix {
        units = List.copyOf(units);
        replications = List.copyOf(replications);
    }

    /**
     * Reads a rank matrix; every column other than {@code unitColumn} and {@code nominalColumn} is a
     * replication, in file order. The whole file is checked and every bad cell reported.
     *
     * @param file          the CSV file
     * @param unitColumn    the unit column
     * @param nominalColumn the nominal-rank column
     * @return the matrix
     * @throws CsvFormatException listing every cell that is not a rank ≥ 1 or a missing token, and missing columns
     */
    public static RankMatrix read(Path file, String unitColumn, String nominalColumn) {
        CsvTable t = CsvTable.read(file);
        int uc = t.requireColumn(unitColumn);
        int nc = t.requireColumn(nominalColumn);
        List<Integer> repCols = new ArrayList<>();
        List<String> repNames = new ArrayList<>();
        for (int c = 0; c < t.header().size(); c++) {
            if (c != uc && c != nc) {
                repCols.add(c);
                repNames.add(t.header().get(c));
            }
        }
        List<CsvProblem> problems = new ArrayList<>();
        if (repCols.isEmpty()) problems.add(new CsvProblem(t.source(), 1, null, "no replication columns"));
        int n = t.rows().size();
        List<String> units = new ArrayList<>(n);
        double[] nominal = new double[n];
        double[][] ranks = new double[n][repCols.size()];
        for (int i = 0; i < n; i++) {
            List<String> row = t.rows().get(i);
            units.add(row.get(uc).trim());
            nominal[i] = cell(t, i, nc, problems);
            for (int k = 0; k < repCols.size(); k++) ranks[i][k] = cell(t, i, repCols.get(k), problems);
        }
        if (!problems.isEmpty()) throw new CsvFormatException(problems);
        return new RankMatrix(units, nominal, repNames, ranks);
    }

    private static double cell(CsvTable t, int row, int col, List<CsvProblem> problems) {
        String text = t.rows().get(row).get(col).trim();
        double v = DatasetCsv.parseNumber(text);
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        boolean missingToken = text.isEmpty() || lower.equals("na") || lower.equals("nan");
        if (Double.isNaN(v) && !missingToken) {
            problems.add(new CsvProblem(t.source(), t.line(row), t.header().get(col), "'" + text + "' is not a rank"));
        } else if (!Double.isNaN(v) && v < 1) {
            problems.add(new CsvProblem(t.source(), t.line(row), t.header().get(col), "rank " + text + " is below 1"));
        }
        return v;
    }

    /**
     * @param k a replication's position
     * @return the ranks of every unit in it
     */
    public double[] replication(int k) {
        double[] r = new double[units.size()];
        for (int u = 0; u < r.length; u++) r[u] = ranks[u][k];
        return r;
    }

    /**
     * @param target the scalar output (scores are missing here: only rank targets make sense)
     * @return the target's value for every replication, in column order
     */
    public double[] outputs(SensitivityTarget target) {
        double[] y = new double[replications.size()];
        double[] noScores = new double[units.size()];
        java.util.Arrays.fill(noScores, Double.NaN);
        for (int k = 0; k < y.length; k++) y[k] = target.value(noScores, replication(k), nominal);
        return y;
    }
}
