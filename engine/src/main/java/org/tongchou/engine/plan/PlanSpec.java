package org.tongchou.engine.plan;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.tongchou.engine.aggregate.AggregationMethod;
import org.tongchou.engine.normalise.Normaliser;
import org.tongchou.engine.prepare.ImputationMethod;
import org.tongchou.engine.prepare.ImputationSpec;
import org.tongchou.engine.weights.AhpMethod;
import org.tongchou.engine.weights.RandomIndex;

/**
 * Everything a plan evaluation needs besides the data: the indicator tree, normalisation, indicator and
 * group weighting (with the AHP matrices they read), aggregation, optional imputation, the benchmark unit,
 * the coupling model and the disparity measures. Immutable; vary a choice with a {@code with...} copy.
 * Nothing in it names a level, an area or a database: units are whatever rows the data has.
 *
 * @param tree               the indicator tree
 * @param normaliser         normalisation of every indicator, after its direction sign; the obstacle model
 *                           needs results in [0, {@code obstacleIdeal}], the coupling model in [0, 1]
 * @param indicatorWeighting weights of indicators within each group
 * @param groupWeighting     weights of dimensions within the index and of groups within their dimension
 * @param matrices           AHP pairwise matrices by node code ({@link PlanTree#childrenOf} gives the order of
 *                           their rows); read by {@link IndicatorWeighting#AHP}, {@link IndicatorWeighting#COMBINED}
 *                           and {@link GroupWeighting#AHP}
 * @param ahpMethod          how priorities are derived from a matrix
 * @param randomIndex        the RI table of the consistency ratio
 * @param aggregation        the weighted mean up the tree (gaps are decomposed for {@code ARITHMETIC} only)
 * @param imputation         imputation of missing raw values before normalisation, or null: then any missing
 *                           value of a tree indicator refuses the evaluation
 * @param benchmark          code of the benchmark unit for gaps (攀高比强), or null
 * @param coupling           the coupling coordination model, or null for none
 * @param disparity          disparity measures
 * @param obstacleIdeal      the ideal normalised value of the obstacle model (1 for [0, 1] scales)
 */
public record PlanSpec(PlanTree tree, Normaliser normaliser, IndicatorWeighting indicatorWeighting,
                       GroupWeighting groupWeighting, Map<String, double[][]> matrices, AhpMethod ahpMethod,
                       RandomIndex randomIndex, AggregationMethod aggregation, ImputationSpec imputation,
                       String benchmark, CouplingSpec coupling, DisparitySpec disparity, double obstacleIdeal) {

    public PlanSpec {
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(normaliser, "normaliser");
        Objects.requireNonNull(indicatorWeighting, "indicatorWeighting");
        Objects.requireNonNull(groupWeighting, "groupWeighting");
        Objects.requireNonNull(ahpMethod, "ahpMethod");
        Objects.requireNonNull(randomIndex, "randomIndex");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(disparity, "disparity");
        matrices = copy(matrices == null ? Map.of() : matrices);
        if (imputation != null && imputation.method() == ImputationMethod.LOCF) {
            throw new PlanInputException("plan", java.util.List.of("LOCF imputation needs panel data; a plan evaluates one period"));
        }
        if (!(obstacleIdeal > 0) || Double.isInfinite(obstacleIdeal)) {
            throw new PlanInputException("plan", java.util.List.of("obstacle ideal " + obstacleIdeal + " must be a positive number"));
        }
    }

    /**
     * A plan with the usual settings for the rest: no matrices, AHP by the principal eigenvector with
     * Saaty's (1980) RI, no imputation, no benchmark, no coupling, {@link DisparitySpec#standard()}, obstacle
     * ideal 1.
     *
     * @param tree               the plan's indicators, groups and dimensions
     * @param normaliser         how raw values become comparable
     * @param indicatorWeighting how indicators are weighted within their group
     * @param groupWeighting     how groups and dimensions are weighted
     * @param aggregation        how weighted values are combined
     * @return the plan
     */
    public static PlanSpec of(PlanTree tree, Normaliser normaliser, IndicatorWeighting indicatorWeighting,
                              GroupWeighting groupWeighting, AggregationMethod aggregation) {
        return new PlanSpec(tree, normaliser, indicatorWeighting, groupWeighting, Map.of(), AhpMethod.EIGENVECTOR,
                RandomIndex.SAATY_1980, aggregation, null, null, null, DisparitySpec.standard(), 1);
    }

    private static Map<String, double[][]> copy(Map<String, double[][]> m) {
        Map<String, double[][]> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, deepCopy(v)));
        return java.util.Collections.unmodifiableMap(out);
    }

    static double[][] deepCopy(double[][] a) {
        return Arrays.stream(a).map(double[]::clone).toArray(double[][]::new);
    }

    /** The matrix of {@code node} (a copy), or null. */
    public double[][] matrix(String node) {
        double[][] m = matrices.get(node);
        return m == null ? null : deepCopy(m);
    }

    public PlanSpec withNormaliser(Normaliser v) {
        return new PlanSpec(tree, v, indicatorWeighting, groupWeighting, matrices, ahpMethod, randomIndex, aggregation,
                imputation, benchmark, coupling, disparity, obstacleIdeal);
    }

    public PlanSpec withIndicatorWeighting(IndicatorWeighting v) {
        return new PlanSpec(tree, normaliser, v, groupWeighting, matrices, ahpMethod, randomIndex, aggregation,
                imputation, benchmark, coupling, disparity, obstacleIdeal);
    }

    public PlanSpec withGroupWeighting(GroupWeighting v) {
        return new PlanSpec(tree, normaliser, indicatorWeighting, v, matrices, ahpMethod, randomIndex, aggregation,
                imputation, benchmark, coupling, disparity, obstacleIdeal);
    }

    public PlanSpec withMatrices(Map<String, double[][]> v) {
        return new PlanSpec(tree, normaliser, indicatorWeighting, groupWeighting, v, ahpMethod, randomIndex, aggregation,
                imputation, benchmark, coupling, disparity, obstacleIdeal);
    }

    public PlanSpec withAhp(AhpMethod method, RandomIndex ri) {
        return new PlanSpec(tree, normaliser, indicatorWeighting, groupWeighting, matrices, method, ri, aggregation,
                imputation, benchmark, coupling, disparity, obstacleIdeal);
    }

    public PlanSpec withAggregation(AggregationMethod v) {
        return new PlanSpec(tree, normaliser, indicatorWeighting, groupWeighting, matrices, ahpMethod, randomIndex, v,
                imputation, benchmark, coupling, disparity, obstacleIdeal);
    }

    /** Imputation before normalisation, or null for none. */
    public PlanSpec withImputation(ImputationSpec v) {
        return new PlanSpec(tree, normaliser, indicatorWeighting, groupWeighting, matrices, ahpMethod, randomIndex, aggregation,
                v, benchmark, coupling, disparity, obstacleIdeal);
    }

    /** The benchmark unit, or null for none. */
    public PlanSpec withBenchmark(String v) {
        return new PlanSpec(tree, normaliser, indicatorWeighting, groupWeighting, matrices, ahpMethod, randomIndex, aggregation,
                imputation, v, coupling, disparity, obstacleIdeal);
    }

    /** The coupling model, or null for none. */
    public PlanSpec withCoupling(CouplingSpec v) {
        return new PlanSpec(tree, normaliser, indicatorWeighting, groupWeighting, matrices, ahpMethod, randomIndex, aggregation,
                imputation, benchmark, v, disparity, obstacleIdeal);
    }

    public PlanSpec withDisparity(DisparitySpec v) {
        return new PlanSpec(tree, normaliser, indicatorWeighting, groupWeighting, matrices, ahpMethod, randomIndex, aggregation,
                imputation, benchmark, coupling, v, obstacleIdeal);
    }

    public PlanSpec withObstacleIdeal(double v) {
        return new PlanSpec(tree, normaliser, indicatorWeighting, groupWeighting, matrices, ahpMethod, randomIndex, aggregation,
                imputation, benchmark, coupling, disparity, v);
    }
}
