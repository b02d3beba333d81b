package org.tongchou.engine.plan;

import java.util.List;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.MissingPolicy;
import org.tongchou.engine.rank.GapAnalysis;
import org.tongchou.engine.rank.IndicatorDimensions;

/**
 * Gaps to the leader and to the benchmark. With arithmetic aggregation the tree is linear in the
 * indicators, so {@code GapAnalysis} decomposes each gap exactly by indicator and dimension with the
 * effective weights (its leader is the unit with the highest {@code Σ e_j x_ij}, the first of equals).
 * Other aggregations have no exact decomposition: the gap is then the difference of the index scores to
 * the unit with the highest index.
 */
final class GapStage {
    private GapStage() {
    }

    static PlanResult.Gaps toLeader(Dataset normalised, double[] effective, IndicatorDimensions dims) {
        return gaps(new GapAnalysis(MissingPolicy.FAIL).toLeader(normalised, effective, dims), normalised, dims);
    }

    static PlanResult.Gaps toBenchmark(Dataset normalised, double[] effective, IndicatorDimensions dims, String benchmark) {
        return gaps(new GapAnalysis(MissingPolicy.FAIL).toBenchmark(normalised, effective, dims, benchmark), normalised, dims);
    }

    /** The index difference to the unit at {@code reference}, not decomposed. */
    static PlanResult.Gaps undecomposed(double[] index, int reference) {
        double[] gap = new double[index.length];
        for (int i = 0; i < gap.length; i++) gap[i] = index[reference] - index[i];
        return new PlanResult.Gaps(reference, gap, List.of(), null, null, null, null, List.of(), null);
    }

    private static PlanResult.Gaps gaps(GapAnalysis.Result r, Dataset d, IndicatorDimensions dims) {
        int n = d.unitCount();
        int m = d.indicatorCount();
        List<String> dimensions = dims.dimensions();
        double[] gap = new double[n];
        double[][] contribution = new double[m][n];
        double[][] unit = new double[m][n];
        double[][] ref = new double[m][n];
        double[][] alone = new double[m][n];
        double[][] byDim = new double[dimensions.size()][n];
        for (int i = 0; i < n; i++) {
            GapAnalysis.UnitGap u = r.units().get(i);
            gap[i] = u.gap();
            for (int j = 0; j < m; j++) {
                GapAnalysis.Contribution c = u.indicators().get(j);
                contribution[j][i] = c.contribution();
                unit[j][i] = c.unitValue();
                ref[j][i] = c.referenceValue();
                alone[j][i] = c.closeAlone();
            }
            for (int k = 0; k < dimensions.size(); k++) byDim[k][i] = u.dimensions().get(k).contribution();
        }
        return new PlanResult.Gaps(d.unitIndexOf(r.reference()), gap, d.indicators(), contribution, unit, ref, alone, dimensions, byDim);
    }
}
