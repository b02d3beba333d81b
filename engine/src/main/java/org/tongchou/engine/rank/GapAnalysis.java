package org.tongchou.engine.rank;

import java.util.List;
import java.util.Objects;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.InvalidInputException;
import org.tongchou.engine.data.MissingPolicy;
import org.tongchou.engine.data.MissingValueException;

/**
 * Each unit's gap to a reference unit (the leader or a chosen benchmark), decomposed exactly into the
 * contribution of each indicator and dimension.
 *
 * <p>The composite is the weighted arithmetic aggregate {@code S_i = Σ_j e_j x_ij} of normalised values
 * {@code x_ij} with <em>effective</em> weights {@code e_j}. For a nested tree aggregated arithmetically
 * at every level, {@code e_j} is the product of the (normalised) weights on the path from the index down to
 * indicator {@code j} (e.g. dimension weight × indicator weight within the dimension), so the tree is
 * linear in the indicators and the gap decomposes exactly:
 * {@code S_b − S_a = Σ_j e_j (x_bj − x_aj)}; a dimension's contribution is the sum over its indicators.
 * Geometric or harmonic aggregation is not linear and has no such exact decomposition; it is not offered.
 *
 * <p>"What would close the gap" for indicator {@code j}: {@link Contribution#target()} is the value the
 * unit needs on {@code j} to match the reference's contribution {@code e_j x_bj} (that is {@code x_bj});
 * {@link Contribution#closeAlone()} is the value that would close the whole gap by moving {@code j} alone,
 * {@code x_aj + (S_b − S_a)/e_j}, and {@link Contribution#closeAloneWithinRange()} says whether that value
 * stays within the best value observed among all units.
 *
 * <p>Missing values: {@link MissingPolicy#FAIL} (default) throws naming the cell; {@link MissingPolicy#PROPAGATE}
 * leaves the unit's score and contributions missing. {@link MissingPolicy#SKIP} is refused: renormalising
 * weights over present indicators would change {@code e_j} unit by unit and break the exact decomposition.
 * Ties for the leader: the first unit in input order among those with the highest score.
 */
public final class GapAnalysis {
    private final MissingPolicy missing;

    public GapAnalysis(MissingPolicy missing) {
        this.missing = Objects.requireNonNull(missing);
        if (missing == MissingPolicy.SKIP) {
            throw new InvalidInputException("gap decomposition does not support missing-value policy SKIP: "
                    + "renormalised weights would break the exact decomposition; impute first or use PROPAGATE");
        }
    }

    /** One indicator's share of the gap of a unit to the reference. */
    public record Contribution(String indicator, String dimension, double weight, double unitValue,
                               double referenceValue, double contribution, double target, double closeAlone,
                               boolean closeAloneWithinRange) {
    }

    /** One dimension's share of the gap (sum over its indicators). */
    public record DimensionContribution(String dimension, double contribution) {
    }

    public record UnitGap(String unit, double score, double gap, List<Contribution> indicators,
                          List<DimensionContribution> dimensions) {
    }

    public record Result(String reference, double referenceScore, double[] scores, List<UnitGap> units) {
    }

    /** Composite scores {@code S_i = Σ_j e_j x_ij}. */
    public double[] scores(Dataset normalised, double[] weights) {
        checkShape(normalised, weights);
        int n = normalised.unitCount();
        double[] s = new double[n];
        for (int j = 0; j < weights.length; j++) {
            double[] c = normalised.column(j);
            double w = weights[j];
            for (int i = 0; i < n; i++) {
                double v = c[i];
                if (Double.isNaN(v) && missing == MissingPolicy.FAIL) {
                    throw new MissingValueException(normalised.units().get(i), normalised.indicators().get(j), "gap analysis");
                }
                s[i] += w * v;
            }
        }
        return s;
    }

    /** Gaps to the unit with the highest composite score. */
    public Result toLeader(Dataset normalised, double[] weights, IndicatorDimensions dims) {
        double[] s = scores(normalised, weights);
        int best = -1;
        for (int i = 0; i < s.length; i++) {
            if (!Double.isNaN(s[i]) && (best < 0 || s[i] > s[best])) best = i;
        }
        if (best < 0) {
            throw new InvalidInputException("no unit has a complete score: no leader");
        }
        return decompose(normalised, weights, dims, s, best);
    }

    /** Gaps to a named benchmark unit. */
    public Result toBenchmark(Dataset normalised, double[] weights, IndicatorDimensions dims, String benchmark) {
        double[] s = scores(normalised, weights);
        int b = normalised.unitIndexOf(benchmark);
        if (Double.isNaN(s[b])) {
            throw new InvalidInputException("benchmark unit '" + benchmark + "' has missing values: its score is missing");
        }
        return decompose(normalised, weights, dims, s, b);
    }

    private Result decompose(Dataset d, double[] w, IndicatorDimensions dims, double[] s, int b) {
        dims.requireIndicators(d.indicators());
        int m = w.length;
        int[] dimCode = dims.codes();
        List<String> dimNames = dims.dimensions();
        double[] best = new double[m];
        for (int j = 0; j < m; j++) {
            double mx = Double.NEGATIVE_INFINITY;
            for (double v : d.column(j)) if (v > mx) mx = v;
            best[j] = mx;
        }
        java.util.ArrayList<UnitGap> out = new java.util.ArrayList<>(d.unitCount());
        for (int i = 0; i < d.unitCount(); i++) {
            double gap = s[b] - s[i];
            java.util.ArrayList<Contribution> cs = new java.util.ArrayList<>(m);
            double[] perDim = new double[dimNames.size()];
            for (int j = 0; j < m; j++) {
                double a = d.get(i, j);
                double ref = d.get(b, j);
                double c = w[j] * (ref - a);
                double alone = w[j] == 0 ? Double.NaN : a + gap / w[j];
                cs.add(new Contribution(d.indicators().get(j), dimNames.get(dimCode[j]), w[j], a, ref, c, ref, alone,
                        !Double.isNaN(alone) && alone <= best[j]));
                perDim[dimCode[j]] += c;
            }
            java.util.ArrayList<DimensionContribution> ds = new java.util.ArrayList<>(perDim.length);
            for (int k = 0; k < perDim.length; k++) ds.add(new DimensionContribution(dimNames.get(k), perDim[k]));
            out.add(new UnitGap(d.units().get(i), s[i], gap, cs, ds));
        }
        return new Result(d.units().get(b), s[b], s, out);
    }

    private static void checkShape(Dataset d, double[] w) {
        if (w.length != d.indicatorCount()) {
            throw new InvalidInputException(w.length + " weights for " + d.indicatorCount() + " indicators " + d.indicators());
        }
        for (int j = 0; j < w.length; j++) {
            if (!(w[j] >= 0) || Double.isInfinite(w[j])) {
                throw new InvalidInputException("weight of indicator '" + d.indicators().get(j) + "' is " + w[j]
                        + "; weights must be finite and non-negative");
            }
        }
    }

    /**
     * Effective weights of a two-level tree: dimension weight × indicator weight, where indicator weights are
     * first normalised to sum to 1 within their dimension and dimension weights to sum to 1 overall.
     */
    public static double[] effectiveWeights(double[] indicatorWeights, IndicatorDimensions dims, double[] dimensionWeights) {
        int[] code = dims.codes();
        int nd = dims.dimensions().size();
        if (dimensionWeights.length != nd) {
            throw new InvalidInputException(dimensionWeights.length + " dimension weights for " + nd + " dimensions " + dims.dimensions());
        }
        double[] within = new double[nd];
        for (int j = 0; j < code.length; j++) within[code[j]] += indicatorWeights[j];
        double total = 0;
        for (double v : dimensionWeights) total += v;
        double[] e = new double[code.length];
        for (int j = 0; j < code.length; j++) {
            if (within[code[j]] <= 0 || total <= 0) {
                throw new InvalidInputException("weights of dimension '" + dims.dimensions().get(code[j]) + "' sum to zero");
            }
            e[j] = dimensionWeights[code[j]] / total * indicatorWeights[j] / within[code[j]];
        }
        return e;
    }
}
