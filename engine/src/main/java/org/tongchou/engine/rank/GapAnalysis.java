package org.tongchou.engine.rank;

import java.util.List;
import java.util.Objects;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.InvalidArgumentException;
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

    /**
     * @param missing FAIL or PROPAGATE
     * @throws InvalidArgumentException for SKIP
     */
    public GapAnalysis(MissingPolicy missing) {
        this.missing = Objects.requireNonNull(missing);
        if (missing == MissingPolicy.SKIP) {
            throw new InvalidArgumentException("missing", missing, "gap decomposition does not support missing-value policy SKIP: "
                    + "renormalised weights would break the exact decomposition; impute first or use PROPAGATE");
        }
    }

    /**
     * One indicator's share of the gap of a unit to the reference.
     *
     * @param indicator             the indicator
     * @param dimension             its dimension
     * @param weight                its effective weight e_j
     * @param unitValue             x_aj
     * @param referenceValue        x_bj
     * @param contribution          e_j (x_bj − x_aj)
     * @param target                the value that matches the reference's contribution (x_bj)
     * @param closeAlone            x_aj + (S_b − S_a)/e_j, NaN when e_j = 0
     * @param closeAloneWithinRange whether closeAlone is at most the best value any unit has
     */
    public record Contribution(String indicator, String dimension, double weight, double unitValue,
                               double referenceValue, double contribution, double target, double closeAlone,
                               boolean closeAloneWithinRange) {
    }

    /**
     * One dimension's share of the gap (sum over its indicators).
     *
     * @param dimension    the dimension
     * @param contribution Σ_{j∈d} e_j (x_bj − x_aj)
     */
    public record DimensionContribution(String dimension, double contribution) {
    }

    /**
     * A unit's gap and its decomposition.
     *
     * @param unit       the unit
     * @param score      S_a
     * @param gap        S_b − S_a (0 for the reference itself; negative for a unit above a benchmark)
     * @param indicators one contribution per indicator
     * @param dimensions one contribution per dimension
     */
    public record UnitGap(String unit, double score, double gap, List<Contribution> indicators,
                          List<DimensionContribution> dimensions) {
    }

    /**
     * Gaps of every unit to one reference.
     *
     * @param reference      the reference unit
     * @param referenceScore S_b
     * @param scores         S_i of every unit
     * @param units          every unit's gap, in input order
     */
    public record Result(String reference, double referenceScore, double[] scores, List<UnitGap> units) {
    }

    /**
     * Composite scores {@code S_i = Σ_j e_j x_ij}.
     *
     * @param normalised the normalised indicators
     * @param weights    effective weights, one per indicator, finite and ≥ 0
     * @return S per unit; NaN for a unit with a missing value under PROPAGATE
     * @throws InvalidArgumentException for weights that do not match the indicators, negative or not finite
     * @throws MissingValueException    under FAIL, naming unit and indicator
     */
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

    /**
     * Gaps to the unit with the highest composite score (the first in input order on ties).
     *
     * @param normalised the normalised indicators
     * @param weights    effective weights, one per indicator
     * @param dims       the dimension of each indicator, listing the data's indicators in order
     * @return every unit's gap to the leader, decomposed
     * @throws InvalidInputException when no unit has a complete score
     */
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

    /**
     * Gaps to a named benchmark unit.
     *
     * @param normalised the normalised indicators
     * @param weights    effective weights, one per indicator
     * @param dims       the dimension of each indicator, listing the data's indicators in order
     * @param benchmark  the reference unit
     * @return every unit's gap to the benchmark, decomposed
     * @throws InvalidArgumentException when the benchmark is not a unit of the data
     * @throws InvalidInputException    when the benchmark's score is missing
     */
    public Result toBenchmark(Dataset normalised, double[] weights, IndicatorDimensions dims, String benchmark) {
        double[] s = scores(normalised, weights);
        if (!normalised.hasUnit(benchmark)) {
            throw new InvalidArgumentException("benchmark", benchmark, "is not a unit of the data");
        }
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
            throw new InvalidArgumentException("weights", w, w.length + " weights for " + d.indicatorCount() + " indicators " + d.indicators());
        }
        for (int j = 0; j < w.length; j++) {
            if (!(w[j] >= 0) || Double.isInfinite(w[j])) {
                throw new InvalidArgumentException("weights", w, "the weight of indicator '" + d.indicators().get(j) + "' is "
                        + w[j] + "; weights must be finite and non-negative");
            }
        }
    }

    /**
     * Effective weights of a two-level tree: dimension weight × indicator weight, where indicator weights are
     * first normalised to sum to 1 within their dimension and dimension weights to sum to 1 overall:
     * {@code e_j = W_d / Σ W · w_j / Σ_{k∈d} w_k}.
     *
     * @param indicatorWeights weight of each indicator within its dimension, finite and ≥ 0
     * @param dims             which dimension each indicator belongs to
     * @param dimensionWeights weight of each dimension, in {@link IndicatorDimensions#dimensions()} order, finite and ≥ 0
     * @return one effective weight per indicator, summing to 1 (over dimensions of positive weight)
     * @throws InvalidArgumentException for lengths that do not match, a negative or non-finite weight, or a
     *                                  dimension (or all dimensions) whose weights sum to 0
     */
    public static double[] effectiveWeights(double[] indicatorWeights, IndicatorDimensions dims, double[] dimensionWeights) {
        int[] code = dims.codes();
        int nd = dims.dimensions().size();
        if (indicatorWeights.length != code.length) {
            throw new InvalidArgumentException("indicatorWeights", indicatorWeights, indicatorWeights.length + " weights for "
                    + code.length + " indicators " + dims.indicators());
        }
        if (dimensionWeights.length != nd) {
            throw new InvalidArgumentException("dimensionWeights", dimensionWeights, dimensionWeights.length
                    + " dimension weights for " + nd + " dimensions " + dims.dimensions());
        }
        for (int j = 0; j < code.length; j++) {
            if (!(indicatorWeights[j] >= 0) || Double.isInfinite(indicatorWeights[j])) {
                throw new InvalidArgumentException("indicatorWeights", indicatorWeights, "the weight of '" + dims.indicators().get(j)
                        + "' is " + indicatorWeights[j] + "; each must be a finite number >= 0");
            }
        }
        for (int k = 0; k < nd; k++) {
            if (!(dimensionWeights[k] >= 0) || Double.isInfinite(dimensionWeights[k])) {
                throw new InvalidArgumentException("dimensionWeights", dimensionWeights, "the weight of dimension '"
                        + dims.dimensions().get(k) + "' is " + dimensionWeights[k] + "; each must be a finite number >= 0");
            }
        }
        double[] within = new double[nd];
        for (int j = 0; j < code.length; j++) within[code[j]] += indicatorWeights[j];
        double total = 0;
        for (double v : dimensionWeights) total += v;
        double[] e = new double[code.length];
        for (int j = 0; j < code.length; j++) {
            if (within[code[j]] <= 0 || total <= 0) {
                throw new InvalidArgumentException(total <= 0 ? "dimensionWeights" : "indicatorWeights",
                        total <= 0 ? dimensionWeights : indicatorWeights,
                        total <= 0 ? "the dimension weights sum to 0"
                                : "the weights of dimension '" + dims.dimensions().get(code[j]) + "' sum to 0");
            }
            e[j] = dimensionWeights[code[j]] / total * indicatorWeights[j] / within[code[j]];
        }
        return e;
    }
}
