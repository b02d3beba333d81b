package org.tongchou.engine.disparity;

import java.util.List;
import org.tongchou.engine.data.InvalidInputException;
import org.tongchou.engine.data.MissingPolicy;
import org.tongchou.engine.data.MissingValueException;

/**
 * The values (and optional weights, e.g. population) a disparity measure works on, after the
 * missing-value policy has been applied. Package-private: callers use {@link Disparity}.
 */
final class Sample {
    final double[] x;
    final double[] w; // null = unweighted
    final int[] group; // may be null
    final boolean missingPropagated;

    private Sample(double[] x, double[] w, int[] group, boolean missingPropagated) {
        this.x = x;
        this.w = w;
        this.group = group;
        this.missingPropagated = missingPropagated;
    }

    static Sample of(String what, List<String> units, double[] x, double[] w, int[] group, MissingPolicy policy) {
        int n = x.length;
        if (units.size() != n || (w != null && w.length != n) || (group != null && group.length != n)) {
            throw new InvalidInputException(what + ": " + n + " values, " + units.size() + " units"
                    + (w == null ? "" : ", " + w.length + " weights") + (group == null ? "" : ", " + group.length + " group codes")
                    + " (one of each per unit)");
        }
        int keep = 0;
        for (int i = 0; i < n; i++) {
            boolean miss = Double.isNaN(x[i]) || (w != null && Double.isNaN(w[i]));
            if (miss) {
                if (policy == MissingPolicy.FAIL) {
                    throw new MissingValueException(units.get(i), Double.isNaN(x[i]) ? what : what + " weight", "disparity");
                }
                if (policy == MissingPolicy.PROPAGATE) {
                    return new Sample(new double[0], null, null, true);
                }
            } else {
                if (w != null && (w[i] < 0 || Double.isInfinite(w[i]))) {
                    throw new org.tongchou.engine.data.InvalidValueException(units.get(i), what + " weight", w[i],
                            "is not a finite weight >= 0");
                }
                if (Double.isInfinite(x[i])) {
                    throw new org.tongchou.engine.data.InvalidValueException(units.get(i), what, x[i], "is not finite");
                }
                keep++;
            }
        }
        if (keep == n) return new Sample(x, w, group, false);
        double[] x2 = new double[keep];
        double[] w2 = w == null ? null : new double[keep];
        int[] g2 = group == null ? null : new int[keep];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(x[i]) || (w != null && Double.isNaN(w[i]))) continue;
            x2[k] = x[i];
            if (w2 != null) w2[k] = w[i];
            if (g2 != null) g2[k] = group[i];
            k++;
        }
        return new Sample(x2, w2, g2, false);
    }

    int size() {
        return x.length;
    }

    double weight(int i) {
        return w == null ? 1.0 : w[i];
    }
}
