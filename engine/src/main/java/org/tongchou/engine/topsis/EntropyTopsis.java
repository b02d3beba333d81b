package org.tongchou.engine.topsis;

import java.util.Objects;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.Direction;
import org.tongchou.engine.data.MissingPolicy;
import org.tongchou.engine.normalise.Normalisation;
import org.tongchou.engine.normalise.Normaliser;
import org.tongchou.engine.weights.EntropyWeights;
import org.tongchou.engine.weights.ZeroHandling;

/**
 * Entropy-weighted TOPSIS (熵权TOPSIS), the usual combination in Chinese regional evaluation:
 * <ol>
 *   <li>standardise every indicator with its direction ({@code standardisation}, e.g. min-max into
 *       [0.0001, 1] so that no share is 0), after which every indicator is "more is better";</li>
 *   <li>entropy weights of the standardised values ({@link EntropyWeights}, zero handling explicit);</li>
 *   <li>TOPSIS on the standardised values with those weights, all criteria as benefits, with
 *       {@code topsisNormalisation} (NONE uses the standardised values as they are; VECTOR re-normalises them).</li>
 * </ol>
 * Missing values are refused (entropy weights need complete columns): impute first. Edge cases are those of
 * the three steps: a constant column is refused by the standardisation unless its {@code ConstantColumn}
 * option says otherwise, and by the entropy method if every column is constant.
 */
public final class EntropyTopsis {
    private final Normaliser standardisation;
    private final ZeroHandling zeros;
    private final double shift;
    private final TopsisNormalisation topsisNormalisation;

    public EntropyTopsis(Normaliser standardisation, ZeroHandling zeros, double shift, TopsisNormalisation topsisNormalisation) {
        this.standardisation = Objects.requireNonNull(standardisation);
        this.zeros = Objects.requireNonNull(zeros);
        this.shift = shift;
        this.topsisNormalisation = Objects.requireNonNull(topsisNormalisation);
    }

    /** Result: the entropy weights, the standardised data and the TOPSIS output. */
    public record Result(double[] weights, Dataset standardised, TopsisResult topsis) {
    }

    public Result evaluate(Dataset raw, Direction[] directions) {
        double[] signs = new double[directions.length];
        for (int j = 0; j < signs.length; j++) signs[j] = directions[j].sign();
        Dataset std = Normalisation.apply(raw, signs, standardisation, MissingPolicy.FAIL);
        double[] w = EntropyWeights.compute(std.columns(), zeros, shift);
        Direction[] benefit = new Direction[directions.length];
        java.util.Arrays.fill(benefit, Direction.POSITIVE);
        TopsisResult t = new Topsis(topsisNormalisation, MissingPolicy.FAIL).evaluate(std, w, benefit);
        return new Result(w, std, t);
    }
}
