package org.tongchou.engine.plan;

import java.util.List;

/**
 * What the objective weighting methods need from the normalised columns of a group, checked before the
 * engine is called, so that a group that cannot be weighted is reported with its reason. Each check
 * returns null when the columns are fit, else the {@link Problem}.
 */
final class ObjectiveChecks {
    private ObjectiveChecks() {
    }

    /** Why columns cannot be weighted. */
    enum Reason { TOO_FEW_UNITS, MISSING_VALUE, NEGATIVE_VALUE, ALL_ZERO, NO_VARIATION, CONSTANT_INDICATOR }

    /**
     * A reason with the indicator and unit concerned (empty where none) and the sentence saying it.
     */
    record Problem(Reason reason, String indicator, String unit, String message) {
        @Override
        public String toString() {
            return message;
        }
    }

    /**
     * Entropy weights: at least 2 units; every value present and ≥ 0 (shares); no column summing to 0;
     * at least one column that varies (otherwise every d_j is 0 and the weights are 0/0).
     */
    static Problem entropy(List<String> codes, List<String> units, double[][] columns) {
        Problem common = common(codes, units, columns, "entropy weights");
        if (common != null) return common;
        boolean anyVaries = false;
        for (int j = 0; j < columns.length; j++) {
            double sum = 0;
            for (int i = 0; i < columns[j].length; i++) {
                double v = columns[j][i];
                if (v < 0) {
                    return new Problem(Reason.NEGATIVE_VALUE, codes.get(j), units.get(i), "indicator '" + codes.get(j)
                            + "' has the negative normalised value " + v + " for unit '" + units.get(i) + "'; entropy shares need values >= 0");
                }
                sum += v;
            }
            if (!(sum > 0)) {
                return new Problem(Reason.ALL_ZERO, codes.get(j), "", "indicator '" + codes.get(j) + "' is 0 for every unit, so its shares are undefined");
            }
            anyVaries |= varies(columns[j]);
        }
        return anyVaries ? null : new Problem(Reason.NO_VARIATION, "", "",
                "every indicator takes one value for all units; entropy weights need variation");
    }

    /** CRITIC: at least 2 units, every value present, no constant column (its correlation is undefined). */
    static Problem critic(List<String> codes, List<String> units, double[][] columns) {
        Problem common = common(codes, units, columns, "CRITIC weights");
        if (common != null) return common;
        for (int j = 0; j < columns.length; j++) {
            if (!varies(columns[j])) {
                return new Problem(Reason.CONSTANT_INDICATOR, codes.get(j), "", "indicator '" + codes.get(j)
                        + "' takes one value for all units; its correlation with the others is undefined");
            }
        }
        return null;
    }

    private static Problem common(List<String> codes, List<String> units, double[][] columns, String method) {
        if (units.size() < 2) return new Problem(Reason.TOO_FEW_UNITS, "", "", method + " need at least 2 units, got " + units.size());
        for (int j = 0; j < columns.length; j++) {
            for (int i = 0; i < columns[j].length; i++) {
                if (Double.isNaN(columns[j][i])) {
                    return new Problem(Reason.MISSING_VALUE, codes.get(j), units.get(i), "indicator '" + codes.get(j)
                            + "' has no value for unit '" + units.get(i) + "'");
                }
            }
        }
        return null;
    }

    static boolean varies(double[] x) {
        for (int i = 1; i < x.length; i++) if (x[i] != x[0]) return true;
        return false;
    }
}
