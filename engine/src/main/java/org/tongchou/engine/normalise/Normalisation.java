package org.tongchou.engine.normalise;

import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.InvalidInputException;
import org.tongchou.engine.data.MissingPolicy;

/** Applies a {@link Normaliser} to every column of a dataset. */
public final class Normalisation {
    private Normalisation() {
    }

    /**
     * @param signs  direction sign (+1/-1) per dataset column
     * @param policy FAIL refuses any missing value (naming it); SKIP leaves missing values out of the
     *               statistics and missing in the output; PROPAGATE makes a column with any missing value
     *               wholly missing
     * @return a new dataset with the same units, indicators and groupings
     */
    public static Dataset apply(Dataset data, double[] signs, Normaliser method, MissingPolicy policy) {
        if (signs.length != data.indicatorCount()) {
            throw new InvalidInputException(signs.length + " directions for " + data.indicatorCount() + " indicators");
        }
        if (policy == MissingPolicy.FAIL) data.requireComplete("normalisation");
        double[][] out = new double[data.indicatorCount()][data.unitCount()];
        apply(data.columns(), signs, method, policy, data.indicators().toArray(String[]::new), out);
        return data.withColumns(data.indicators(), out);
    }

    /**
     * Tables with at least this many cells are normalised column by column in parallel. Each column
     * is computed exactly as sequentially, and when several columns are refused the error of the
     * first of them (in column order) is thrown, so results and messages do not depend on threads.
     */
    static final long PARALLEL_CELLS = 262_144;

    /** Array form for callers that keep their own buffers (the pipeline): {@code out[j]} is written. */
    public static void apply(double[][] columns, double[] signs, Normaliser method, MissingPolicy policy,
                             String[] names, double[][] out) {
        for (int j = 0; j < columns.length; j++) {
            if (!(signs[j] == 1 || signs[j] == -1)) {
                throw new InvalidInputException("direction of '" + names[j] + "' is " + signs[j] + " (must be +1 or -1)");
            }
        }
        long cells = columns.length == 0 ? 0 : (long) columns.length * columns[0].length;
        if (cells < PARALLEL_CELLS) {
            for (int j = 0; j < columns.length; j++) column(columns, signs, method, policy, names, out, j);
            return;
        }
        RuntimeException[] failures = new RuntimeException[columns.length];
        java.util.stream.IntStream.range(0, columns.length).parallel().forEach(j -> {
            try {
                column(columns, signs, method, policy, names, out, j);
            } catch (RuntimeException e) {
                failures[j] = e;
            }
        });
        for (RuntimeException e : failures) {
            if (e != null) throw e;
        }
    }

    private static void column(double[][] columns, double[] signs, Normaliser method, MissingPolicy policy,
                               String[] names, double[][] out, int j) {
        double[] x = columns[j];
        if (policy == MissingPolicy.PROPAGATE && ColumnStats.present(x) < x.length) {
            java.util.Arrays.fill(out[j], Double.NaN);
            return;
        }
        method.normalise(x, signs[j], j, names[j], out[j]);
    }
}
