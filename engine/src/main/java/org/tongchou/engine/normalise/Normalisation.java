package org.tongchou.engine.normalise;

import java.util.List;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.InvalidArgumentException;
import org.tongchou.engine.data.InvalidInputException;
import org.tongchou.engine.data.MissingPolicy;
import org.tongchou.engine.data.MissingValueException;

/**
 * Applies a {@link Normaliser} to every column of a dataset: each indicator is multiplied by its direction
 * sign and normalised on its own (formulas, sources and edge cases per method: {@link MinMax},
 * {@link ZScore}, {@link Goalposts}, ...). Empty input (no units or no indicators) gives empty output.
 */
public final class Normalisation {
    private Normalisation() {
    }

    /**
     * Normalises every indicator of a dataset.
     *
     * @param data   the indicators; not modified
     * @param signs  direction sign per indicator: +1 more is better, -1 less is better
     * @param method the normalisation
     * @param policy FAIL refuses any missing value (naming unit and indicator); SKIP leaves missing values out
     *               of the statistics and missing in the output; PROPAGATE makes a column with any missing
     *               value wholly missing
     * @return a new dataset with the same units, indicators and groupings
     * @throws InvalidArgumentException when {@code signs} does not have one ±1 per indicator
     * @throws MissingValueException    under FAIL, naming the first missing cell
     * @throws InvalidInputException    when the method refuses a column (e.g. a constant column under
     *                                  {@link ConstantColumn#FAIL}), naming the indicator
     */
    public static Dataset apply(Dataset data, double[] signs, Normaliser method, MissingPolicy policy) {
        double[][] out = new double[data.indicatorCount()][data.unitCount()];
        apply(data.columns(), signs, method, policy, data.indicators().toArray(String[]::new), data.units(), out);
        return data.withColumns(data.indicators(), out);
    }

    /**
     * Tables with at least this many cells are normalised column by column in parallel. Each column
     * is computed exactly as sequentially, and when several columns are refused the error of the
     * first of them (in column order) is thrown, so results and messages do not depend on threads.
     */
    static final long PARALLEL_CELLS = 262_144;

    /**
     * Array form for callers that keep their own buffers (the pipeline): {@code out[j]} is written.
     * Same contract as {@link #apply(Dataset, double[], Normaliser, MissingPolicy)}.
     *
     * @param columns the values, {@code columns[indicator][unit]}; not modified
     * @param signs   +1 or -1 per column
     * @param method  the normalisation
     * @param policy  the missing-value policy
     * @param names   indicator codes, for messages
     * @param units   unit codes, for messages (null: units are named by position)
     * @param out     receives the result: {@code out[j]} for every column j (further rows are left alone)
     */
    public static void apply(double[][] columns, double[] signs, Normaliser method, MissingPolicy policy,
                             String[] names, List<String> units, double[][] out) {
        checkShape(columns, signs, names, units, out);
        long cells = columns.length == 0 ? 0 : (long) columns.length * columns[0].length;
        if (cells < PARALLEL_CELLS) {
            for (int j = 0; j < columns.length; j++) column(columns, signs, method, policy, names, units, out, j);
            return;
        }
        RuntimeException[] failures = new RuntimeException[columns.length];
        java.util.stream.IntStream.range(0, columns.length).parallel().forEach(j -> {
            try {
                column(columns, signs, method, policy, names, units, out, j);
            } catch (RuntimeException e) {
                failures[j] = e; // rethrown below, the first in column order, whatever it is
            }
        });
        for (RuntimeException e : failures) {
            if (e != null) throw e;
        }
    }

    /**
     * {@link #apply(double[][], double[], Normaliser, MissingPolicy, String[], List, double[][])} with units named
     * by position.
     *
     * @param columns the values, {@code columns[indicator][unit]}; not modified
     * @param signs   +1 or -1 per column
     * @param method  the normalisation
     * @param policy  the missing-value policy
     * @param names   indicator codes, for messages
     * @param out     receives the result
     */
    public static void apply(double[][] columns, double[] signs, Normaliser method, MissingPolicy policy,
                             String[] names, double[][] out) {
        apply(columns, signs, method, policy, names, null, out);
    }

    private static void checkShape(double[][] columns, double[] signs, String[] names, List<String> units, double[][] out) {
        int m = columns.length;
        if (signs.length != m) {
            throw new InvalidArgumentException("signs", signs, signs.length + " directions for " + m + " indicators");
        }
        if (names.length != m || out.length < m) {
            throw new InvalidArgumentException("names", names, names.length + " names and " + out.length
                    + " output columns for " + m + " indicators");
        }
        int n = m == 0 ? 0 : columns[0].length;
        for (int j = 0; j < m; j++) {
            if (!(signs[j] == 1 || signs[j] == -1)) {
                throw new InvalidArgumentException("signs", signs, "the direction of '" + names[j] + "' is " + signs[j]
                        + " (must be +1 or -1)");
            }
            if (columns[j].length != n || out[j].length != n) {
                throw new InvalidInputException("indicator '" + names[j] + "' has " + columns[j].length + " values and "
                        + out[j].length + " output cells, the first indicator " + n + " values");
            }
        }
        if (units != null && units.size() != n) {
            throw new InvalidArgumentException("units", units.size() + " units", "the columns have " + n + " values");
        }
    }

    private static void column(double[][] columns, double[] signs, Normaliser method, MissingPolicy policy,
                               String[] names, List<String> units, double[][] out, int j) {
        double[] x = columns[j];
        if (policy == MissingPolicy.FAIL) {
            for (int i = 0; i < x.length; i++) {
                if (Double.isNaN(x[i])) {
                    throw new MissingValueException(units == null ? "unit " + (i + 1) : units.get(i), names[j], "normalisation");
                }
            }
        }
        if (policy == MissingPolicy.PROPAGATE && ColumnStats.present(x) < x.length) {
            java.util.Arrays.fill(out[j], Double.NaN);
            return;
        }
        method.normalise(x, signs[j], j, names[j], out[j]);
    }
}
