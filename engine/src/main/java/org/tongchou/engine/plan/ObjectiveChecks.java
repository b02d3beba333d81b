package org.tongchou.engine.plan;

import java.util.List;

/**
 * What the objective weighting methods need from the normalised columns of a group, checked before the
 * engine is called, so that a group that cannot be weighted is reported with its reason. Each method
 * returns null when the columns are fit, else the reason in one sentence.
 */
final class ObjectiveChecks {
    private ObjectiveChecks() {
    }

    /**
     * Entropy weights: at least 2 units; every value present and ≥ 0 (shares); no column summing to 0;
     * at least one column that varies (otherwise every d_j is 0 and the weights are 0/0).
     */
    static String entropy(List<String> codes, List<String> units, double[][] columns) {
        String common = common(codes, units, columns, "entropy weights");
        if (common != null) return common;
        boolean anyVaries = false;
        for (int j = 0; j < columns.length; j++) {
            double sum = 0;
            for (int i = 0; i < columns[j].length; i++) {
                double v = columns[j][i];
                if (v < 0) {
                    return "indicator '" + codes.get(j) + "' has the negative normalised value " + v + " for unit '" + units.get(i)
                            + "'; entropy shares need values >= 0";
                }
                sum += v;
            }
            if (!(sum > 0)) return "indicator '" + codes.get(j) + "' is 0 for every unit, so its shares are undefined";
            anyVaries |= varies(columns[j]);
        }
        return anyVaries ? null : "every indicator takes one value for all units; entropy weights need variation";
    }

    /** CRITIC: at least 2 units, every value present, no constant column (its correlation is undefined). */
    static String critic(List<String> codes, List<String> units, double[][] columns) {
        String common = common(codes, units, columns, "CRITIC weights");
        if (common != null) return common;
        for (int j = 0; j < columns.length; j++) {
            if (!varies(columns[j])) {
                return "indicator '" + codes.get(j) + "' takes one value for all units; its correlation with the others is undefined";
            }
        }
        return null;
    }

    private static String common(List<String> codes, List<String> units, double[][] columns, String method) {
        if (units.size() < 2) return method + " need at least 2 units, got " + units.size();
        for (int j = 0; j < columns.length; j++) {
            for (int i = 0; i < columns[j].length; i++) {
                if (Double.isNaN(columns[j][i])) return "indicator '" + codes.get(j) + "' has no value for unit '" + units.get(i) + "'";
            }
        }
        return null;
    }

    static boolean varies(double[] x) {
        for (int i = 1; i < x.length; i++) if (x[i] != x[0]) return true;
        return false;
    }
}
