package org.tongchou.engine.weights;

/** Pearson correlation matrix of complete columns. */
final class Correlation {
    private Correlation() {
    }

    static double[][] pearson(double[][] cols) {
        int m = cols.length;
        int n = cols[0].length;
        double[][] c = new double[m][n];
        double[] norm = new double[m];
        for (int j = 0; j < m; j++) {
            double s = 0;
            for (double v : cols[j]) s += v;
            double mean = s / n;
            double ss = 0;
            for (int i = 0; i < n; i++) {
                c[j][i] = cols[j][i] - mean;
                ss += c[j][i] * c[j][i];
            }
            norm[j] = Math.sqrt(ss);
        }
        double[][] r = new double[m][m];
        for (int j = 0; j < m; j++) {
            r[j][j] = 1;
            for (int k = j + 1; k < m; k++) {
                double s = 0;
                for (int i = 0; i < n; i++) s += c[j][i] * c[k][i];
                r[j][k] = r[k][j] = s / (norm[j] * norm[k]);
            }
        }
        return r;
    }

    static double[][] covariance(double[][] cols) {
        int m = cols.length;
        int n = cols[0].length;
        double[] mean = new double[m];
        for (int j = 0; j < m; j++) {
            double s = 0;
            for (double v : cols[j]) s += v;
            mean[j] = s / n;
        }
        double[][] r = new double[m][m];
        for (int j = 0; j < m; j++) {
            for (int k = j; k < m; k++) {
                double s = 0;
                for (int i = 0; i < n; i++) s += (cols[j][i] - mean[j]) * (cols[k][i] - mean[k]);
                r[j][k] = r[k][j] = s / (n - 1);
            }
        }
        return r;
    }
}
