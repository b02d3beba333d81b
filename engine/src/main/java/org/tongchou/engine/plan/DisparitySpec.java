package org.tongchou.engine.plan;

import java.util.Objects;
import org.tongchou.engine.disparity.GiniCorrection;
import org.tongchou.engine.disparity.TheilIndex;
import org.tongchou.engine.disparity.Variance;

/**
 * How disparity between units is measured ({@code Disparity}): of every indicator's raw values and of
 * every node's score. With {@code weightColumn} (e.g. population) the measures are weighted by that raw
 * column (Williamson's CV, population-weighted Gini and Theil); the CV then takes the population variance
 * and the Gini no small-sample correction, as the weighted forms are defined.
 *
 * @param weightColumn raw column of the data that weights units, or null for unweighted measures
 */
public record DisparitySpec(Variance variance, GiniCorrection gini, TheilIndex theil, String weightColumn) {
    /**
     * Checks and copies the components.
     *
     * @param variance     the variance of the CV (population for weighted measures)
     * @param gini         the Gini's small-sample correction (none for weighted measures)
     * @param theil        Theil T or L
     * @param weightColumn raw column of the data that weights units, or null for unweighted measures
     * @throws PlanInputException for weighted measures with the sample variance or a Gini correction
     */
    public DisparitySpec {
        Objects.requireNonNull(variance, "variance");
        Objects.requireNonNull(gini, "gini");
        Objects.requireNonNull(theil, "theil");
        if (weightColumn != null && (variance != Variance.POPULATION || gini != GiniCorrection.NONE)) {
            throw new PlanInputException("disparity", java.util.List.of("weighted measures need the population variance "
                    + "and no small-sample Gini correction"));
        }
    }

    /**
     * CV with the population variance, Gini without small-sample correction, Theil T, unweighted.
     *
     * @return the unweighted standard measures
     */
    public static DisparitySpec standard() {
        return new DisparitySpec(Variance.POPULATION, GiniCorrection.NONE, TheilIndex.T, null);
    }

    /**
     * The standard measures weighted by the raw column {@code column} (e.g. resident population).
     *
     * @param column the raw column of the weights
     * @return the weighted measures
     */
    public static DisparitySpec weightedBy(String column) {
        return new DisparitySpec(Variance.POPULATION, GiniCorrection.NONE, TheilIndex.T, column);
    }
}
