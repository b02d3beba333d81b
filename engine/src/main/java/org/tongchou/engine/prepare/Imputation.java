package org.tongchou.engine.prepare;

import java.util.Arrays;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.Grouping;
import org.tongchou.engine.data.InvalidInputException;

/**
 * Fills missing values per {@link ImputationSpec} (methods, sources and edge cases: {@link ImputationMethod});
 * the input is not modified. Empty input: nothing to impute. A value that has nothing to be imputed from
 * (a group, or a column, without any value; a gap before a unit's first observation under LOCF) stays
 * missing and is counted in {@link ImputationResult#stillMissing()}.
 */
public final class Imputation {
    private Imputation() {
    }

    /**
     * Imputes a copy of the data.
     *
     * @param data the units and indicators (panel rows for LOCF)
     * @param spec the method, its grouping column and (LOCF) time column
     * @return the imputed copy, how many values were filled and how many stay missing
     * @throws InvalidInputException for a grouping that is not in the data, and under LOCF for a row without a
     *                               time or two rows of one unit at one time
     */
    public static ImputationResult apply(Dataset data, ImputationSpec spec) {
        Dataset copy = data.copy();
        int[] groups = null;
        int groupCount = 1;
        if (spec.grouping() != null) {
            Grouping g = data.grouping(spec.grouping()).orElseThrow(() -> new InvalidInputException(
                    "no grouping column '" + spec.grouping() + "'; groupings are "
                            + data.groupings().stream().map(Grouping::name).toList()));
            groups = g.codes();
            groupCount = g.levels().size();
        }
        int before = countMissing(copy.columns());
        if (spec.method() == ImputationMethod.LOCF) {
            locf(copy, groups, groupCount, spec.time());
        } else {
            imputeInPlace(copy.columns(), spec.method(), groups, groupCount, new Scratch(data.unitCount(), groupCount));
        }
        int after = countMissing(copy.columns());
        return new ImputationResult(copy, before - after, after);
    }

    /** Reusable work arrays, so that repeated imputation (Monte Carlo) does not allocate. */
    public static final class Scratch {
        final double[] sum;
        final int[] count;
        final double[] values;

        /**
         * Work arrays for a column of {@code units} units in {@code groups} groups.
         *
         * @param units  the number of units
         * @param groups the number of groups (0 or 1 without grouping)
         */
        public Scratch(int units, int groups) {
            this.sum = new double[Math.max(1, groups)];
            this.count = new int[Math.max(1, groups)];
            this.values = new double[units];
        }
    }

    /**
     * In-place array form for MEAN, MEDIAN, GROUP_MEAN and GROUP_MEDIAN.
     *
     * @param columns    {@code columns[indicator][unit]}, filled in place
     * @param method     the method (not LOCF)
     * @param groups     group code per unit, each in [0, groupCount) (null for ungrouped methods)
     * @param groupCount the number of groups
     * @param scratch    buffers for at least this many units and groups
     * @throws org.tongchou.engine.data.InvalidArgumentException for LOCF, or a grouped method without group
     *                                                          codes for every unit
     */
    public static void imputeInPlace(double[][] columns, ImputationMethod method, int[] groups, int groupCount,
                                     Scratch scratch) {
        boolean grouped = method == ImputationMethod.GROUP_MEAN || method == ImputationMethod.GROUP_MEDIAN;
        if (method == ImputationMethod.LOCF) {
            throw new org.tongchou.engine.data.InvalidArgumentException("method", method, "LOCF needs a time column: use Imputation.apply");
        }
        int units = columns.length == 0 ? 0 : columns[0].length;
        if (grouped && (groups == null || groups.length != units)) {
            throw new org.tongchou.engine.data.InvalidArgumentException("groups", groups == null ? "null" : groups.length + " codes",
                    method + " needs one group code per unit (" + units + ")");
        }
        int g = grouped ? groupCount : 1;
        for (double[] x : columns) {
            boolean anyMissing = false;
            for (double v : x) {
                if (Double.isNaN(v)) {
                    anyMissing = true;
                    break;
                }
            }
            if (!anyMissing) continue;
            for (int k = 0; k < g; k++) {
                double fill = switch (method) {
                    case MEAN, GROUP_MEAN -> mean(x, grouped ? groups : null, k);
                    default -> median(x, grouped ? groups : null, k, scratch.values);
                };
                for (int i = 0; i < x.length; i++) {
                    if (Double.isNaN(x[i]) && (!grouped || groups[i] == k)) x[i] = fill;
                }
            }
        }
    }

    private static double mean(double[] x, int[] groups, int k) {
        double s = 0;
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && (groups == null || groups[i] == k)) {
                s += x[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    private static double median(double[] x, int[] groups, int k, double[] buf) {
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && (groups == null || groups[i] == k)) buf[n++] = x[i];
        }
        if (n == 0) return Double.NaN;
        Arrays.sort(buf, 0, n);
        return n % 2 == 1 ? buf[n / 2] : (buf[n / 2 - 1] + buf[n / 2]) / 2;
    }

    private static void locf(Dataset d, int[] unitOf, int unitCount, String timeColumn) {
        double[] time = d.column(timeColumn);
        Integer[] order = new Integer[d.unitCount()];
        for (int i = 0; i < order.length; i++) {
            if (Double.isNaN(time[i])) {
                throw new InvalidInputException("LOCF: row '" + d.units().get(i) + "' has no time in column '" + timeColumn + "'");
            }
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> unitOf[a] != unitOf[b] ? Integer.compare(unitOf[a], unitOf[b]) : Double.compare(time[a], time[b]));
        for (int i = 1; i < order.length; i++) {
            int a = order[i - 1], b = order[i];
            if (unitOf[a] == unitOf[b] && time[a] == time[b]) {
                throw new InvalidInputException("LOCF: rows '" + d.units().get(a) + "' and '" + d.units().get(b)
                        + "' are the same unit at the same time " + time[a]);
            }
        }
        int timeIndex = d.indicatorIndexOf(timeColumn);
        for (int j = 0; j < d.indicatorCount(); j++) {
            if (j == timeIndex) continue;
            double[] x = d.column(j);
            double last = Double.NaN;
            int lastUnit = -1;
            for (Integer r : order) {
                if (unitOf[r] != lastUnit) {
                    last = Double.NaN;
                    lastUnit = unitOf[r];
                }
                if (Double.isNaN(x[r])) {
                    x[r] = last;
                } else {
                    last = x[r];
                }
            }
        }
    }

    static int countMissing(double[][] cols) {
        int n = 0;
        for (double[] c : cols) for (double v : c) if (Double.isNaN(v)) n++;
        return n;
    }
}
