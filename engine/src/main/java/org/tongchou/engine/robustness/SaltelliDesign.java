package org.tongchou.engine.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.tongchou.engine.data.InvalidArgumentException;
import org.tongchou.engine.data.InvalidInputException;

/**
 * Saltelli's sampling design for variance-based sensitivity indices (Saltelli et al. 2010, Computer
 * Physics Communications 181, 259–270, §3): two independent N × d matrices A and B of uniform numbers
 * in [0, 1) and, for each input i, the matrix A_B^(i) equal to A except that its column i is B's.
 * The design has N(d + 2) rows in COINr's order ({@code SA_sample}): the N rows of A, the N rows of B,
 * then A_B^(1), …, A_B^(d), N rows each. Each row is one replication; each column one uncertain input,
 * mapped to a value by its {@link Assumption}.
 */
public final class SaltelliDesign {
    private final int n;
    private final int d;
    private final double[][] rows;

    private SaltelliDesign(int n, int d, double[][] rows) {
        this.n = n;
        this.d = d;
        this.rows = rows;
    }

    /**
     * A new random design drawn from {@code rng} (A first, row by row, then B).
     *
     * @param n   N, at least 2
     * @param d   the number of inputs, at least 1
     * @param rng the source of uniform numbers
     * @return the design
     * @throws org.tongchou.engine.data.InvalidArgumentException for N &lt; 2 or d &lt; 1
     */
    public static SaltelliDesign random(int n, int d, SplittableRandom rng) {
        if (n < 2) throw new InvalidArgumentException("n", n, "a Saltelli design needs N >= 2 sample points");
        if (d < 1) throw new InvalidArgumentException("d", d, "a Saltelli design needs at least one input");
        double[][] a = uniform(n, d, rng);
        double[][] b = uniform(n, d, rng);
        double[][] rows = new double[n * (d + 2)][];
        for (int j = 0; j < n; j++) {
            rows[j] = a[j];
            rows[n + j] = b[j];
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < n; j++) {
                double[] r = a[j].clone();
                r[i] = b[j][i];
                rows[2 * n + i * n + j] = r;
            }
        }
        return new SaltelliDesign(n, d, rows);
    }

    /**
     * N rows of d independent uniform numbers in [0, 1): the plain Monte Carlo sample of an uncertainty analysis.
     *
     * @param n   rows
     * @param d   columns
     * @param rng the source of uniform numbers
     * @return the sample, {@code [row][column]}
     */
    public static double[][] uniform(int n, int d, SplittableRandom rng) {
        double[][] m = new double[n][d];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < d; i++) {
                m[j][i] = rng.nextDouble();
            }
        }
        return m;
    }

    /**
     * A design given as rows (e.g. read from a file), checked: N(d + 2) rows of d values, and every row
     * of block A_B^(i) equal to the matching row of A except in column i, where it equals B's.
     * Every violation is reported at once (up to 20).
     *
     * @param rows   the rows, in design order
     * @param source what to call them in messages
     * @return the design
     * @throws org.tongchou.engine.data.InvalidInputException listing the violations
     */
    public static SaltelliDesign of(double[][] rows, String source) {
        if (rows.length == 0) throw new InvalidInputException(source + ": empty design");
        int d = rows[0].length;
        if (d < 1 || rows.length % (d + 2) != 0) {
            throw new InvalidInputException(source + ": " + rows.length + " rows of " + d
                    + " inputs is not N(d + 2) rows for any N");
        }
        int n = rows.length / (d + 2);
        List<String> problems = new ArrayList<>();
        for (int k = 0; k < rows.length; k++) {
            if (rows[k].length != d) problems.add("row " + (k + 1) + " has " + rows[k].length + " values, expected " + d);
        }
        if (problems.isEmpty()) {
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < n; j++) {
                    double[] r = rows[2 * n + i * n + j];
                    for (int c = 0; c < d; c++) {
                        double expected = c == i ? rows[n + j][c] : rows[j][c];
                        if (Double.compare(r[c], expected) != 0) {
                            problems.add("row " + (2 * n + i * n + j + 1) + " (block A_B of input " + (i + 1)
                                    + ", point " + (j + 1) + ") column " + (c + 1) + " is " + r[c] + ", expected "
                                    + expected + (c == i ? " from B" : " from A"));
                        }
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(source + ": not a Saltelli design (A, B, A_B^(1..d)):\n  "
                    + String.join("\n  ", problems.subList(0, Math.min(20, problems.size())))
                    + (problems.size() > 20 ? "\n  ... and " + (problems.size() - 20) + " more" : ""));
        }
        double[][] copy = new double[rows.length][];
        for (int k = 0; k < rows.length; k++) copy[k] = rows[k].clone();
        return new SaltelliDesign(n, d, copy);
    }

    /**
     * N, the number of sample points per matrix.
     *
     * @return N
     */
    public int n() {
        return n;
    }

    /**
     * d, the number of uncertain inputs.
     *
     * @return d
     */
    public int d() {
        return d;
    }

    /**
     * N(d + 2), the number of replications the design asks for.
     *
     * @return N(d + 2)
     */
    public int size() {
        return rows.length;
    }

    /**
     * @param k a row's position (0-based)
     * @return a copy of the row
     */
    public double[] row(int k) {
        return rows[k].clone();
    }

    double[] rowLive(int k) {
        return rows[k];
    }
}
