package org.tongchou.engine.weights;

import org.tongchou.engine.data.InvalidArgumentException;

/**
 * Random consistency indices RI(n) for the AHP consistency ratio CR = CI / RI(n). Published tables
 * differ (they come from different simulations), so the table is a named choice.
 */
public enum RandomIndex {
    /**
     * Saaty, T. L. (1980), The Analytic Hierarchy Process, McGraw-Hill: n = 1..15
     * (0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59).
     */
    SAATY_1980(new double[] {0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59}),
    /**
     * Alonso, J. A. &amp; Lamata, M. T. (2006), "Consistency in the analytic hierarchy process: a new approach",
     * Int. J. Uncertainty, Fuzziness and Knowledge-Based Systems 14(4), 445–459, Table 2 (n = 3..15).
     */
    ALONSO_LAMATA_2006(new double[] {0, 0, 0.5247, 0.8816, 1.1086, 1.2479, 1.3417, 1.4057, 1.4499, 1.4854,
            1.5140, 1.5365, 1.5551, 1.5713, 1.5838});

    private final double[] table;

    RandomIndex(double[] table) {
        this.table = table;
    }

    /**
     * RI for an n×n matrix; 0 for n ≤ 2 (such matrices are always consistent).
     *
     * @param n the matrix size
     * @return RI(n)
     * @throws InvalidArgumentException for n outside the table (1..15)
     */
    public double of(int n) {
        if (n < 1 || n > table.length) {
            throw new InvalidArgumentException("n", n, "the random index " + name() + " is tabulated for n = 1.." + table.length);
        }
        return table[n - 1];
    }
}
