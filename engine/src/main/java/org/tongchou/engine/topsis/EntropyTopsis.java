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

    /**
     * @param standardisation     the standardisation with direction, e.g. {@code new MinMax(0.0001, 1, FAIL)}
     * @param zeros               zero shares in the entropy weights
     * @param shift               the entropy shift under {@link ZeroHandling#SHIFT} (ignored otherwise)
     * @param topsisNormalisation TOPSIS's own normalisation of the standardised values (NONE is usual)
     */
    public EntropyTopsis(Normaliser standardisation, ZeroHandling zeros, double shift, TopsisNormalisation topsisNormalisation) {
        this.standardisation = Objects.requireNonNull(standardisation);
        this.zeros = Objects.requireNonNull(zeros);
        this.shift = shift;
        this.topsisNormalisation = Objects.requireNonNull(topsisNormalisation);
    }

    /**
     * Result of entropy-TOPSIS.
     *
     * @param weights      the entropy weights, one per indicator, summing to 1
     * @param standardised the standardised data (every indicator more-is-better)
     * @param topsis       the TOPSIS output on the standardised data with those weights
     */
    public record Result(double[] weights, Dataset standardised, TopsisResult topsis) {
    }

    /**
     * Standardises, weighs by entropy and runs TOPSIS.
     *
     * @param raw        the indicators; complete
     * @param directions one direction per indicator
     * @return weights, standardised data and closeness
     * @throws org.tongchou.engine.data.InvalidArgumentException when {@code directions} does not have one per indicator
     * @throws org.tongchou.engine.data.MissingValueException    for a missing value (impute first)
     * @throws org.tongchou.engine.data.InvalidInputException    when a step refuses the data (a constant
     *                                                          indicator under FAIL, every indicator uniform ...)
     */
    public Result evaluate(Dataset raw, Direction[] directions) {
        if (directions.length != raw.indicatorCount()) {
            throw new org.tongchou.engine.data.InvalidArgumentException("directions", directions,
                    directions.length + " directions for " + raw.indicatorCount() + " indicators " + raw.indicators());
        }
        double[] signs = new double[directions.length];
        for (int j = 0; j < signs.length; j++) signs[j] = directions[j].sign();
        Dataset std = Normalisation.apply(raw, signs, standardisation, MissingPolicy.FAIL);
        double[] w = EntropyWeights.compute(std, zeros, shift);
        Direction[] benefit = new Direction[directions.length];
        java.util.Arrays.fill(benefit, Direction.POSITIVE);
        TopsisResult t = new Topsis(topsisNormalisation, MissingPolicy.FAIL).evaluate(std, w, benefit);
        return new Result(w, std, t);
    }
}
