package org.tongchou.engine.robustness;

/**
 * Which variance divides the sensitivity estimators. Implementations disagree: COINr's
 * {@code SA_estimate} uses R's {@code var} ({@link #SAMPLE}, divisor 2N − 1) of the 2N outputs of
 * matrices A and B; SALib's {@code sobol.analyze} uses numpy's {@code var} ({@link #POPULATION},
 * divisor 2N) of the same outputs. The difference is a factor (2N − 1)/2N on every index.
 */
public enum VarianceEstimator {
    /** Divisor n − 1 (R {@code var}); COINr. */
    SAMPLE,
    /** Divisor n (numpy {@code var}); SALib. */
    POPULATION;

    double of(double[] a, double[] b) {
        int n = a.length + b.length;
        double sum = 0;
        for (double v : a) sum += v;
        for (double v : b) sum += v;
        double mean = sum / n;
        double ss = 0;
        for (double v : a) ss += (v - mean) * (v - mean);
        for (double v : b) ss += (v - mean) * (v - mean);
        return ss / (this == SAMPLE ? n - 1 : n);
    }
}
