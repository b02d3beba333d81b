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

    /**
     * Checks and copies the components.
     *
     * @param tree               the indicator tree
     * @param normaliser         normalisation of every indicator, after its direction sign; the obstacle model needs results in [0, {@code obstacleIdeal}], the coupling model in [0, 1]
     * @param indicatorWeighting weights of indicators within each group
     * @param groupWeighting     weights of dimensions within the index and of groups within their dimension
     * @param matrices           AHP pairwise matrices by node code ({@link PlanTree#childrenOf} gives the order of their rows); read by {@link IndicatorWeighting#AHP}, {@link IndicatorWeighting#COMBINED} and {@link GroupWeighting#AHP}
     * @param ahpMethod          how priorities are derived from a matrix
     * @param randomIndex        the RI table of the consistency ratio
     * @param aggregation        the weighted mean up the tree (gaps are decomposed for {@code ARITHMETIC} only)
     * @param imputation         imputation of missing raw values before normalisation, or null: then any missing value of a tree indicator refuses the evaluation
     * @param benchmark          code of the benchmark unit for gaps (攀高比强), or null
     * @param coupling           the coupling coordination model, or null for none
     * @param disparity          disparity measures
     * @param obstacleIdeal      the ideal normalised value of the obstacle model (1 for [0, 1] scales)
     * @throws PlanInputException for LOCF imputation (a plan evaluates one period) or an obstacle ideal that is not positive
     */
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

    /**
     * @param node a node code of the tree
     * @return a copy of the AHP matrix of {@code node}, or null when the plan has none for it (or {@code node} is null)
     */
    public double[][] matrix(String node) {
        double[][] m = matrices.get(node);
        return m == null ? null : deepCopy(m);
    }

    /**
     * @param v the normalisation of every indicator (not null)
     * @return this plan with {@code v} as its normalisation
     * @throws NullPointerException when {@code v} is null
     */
    public PlanSpec withNormaliser(Normaliser v) {
        return with(c -> c.normaliser = v);
    }

    /**
     * @param v how indicators are weighted within their group (not null)
     * @return this plan with {@code v} as its indicator weighting
     * @throws NullPointerException when {@code v} is null
     */
    public PlanSpec withIndicatorWeighting(IndicatorWeighting v) {
        return with(c -> c.indicatorWeighting = v);
    }

    /**
     * @param v how groups and dimensions are weighted (not null)
     * @return this plan with {@code v} as its group weighting
     * @throws NullPointerException when {@code v} is null
     */
    public PlanSpec withGroupWeighting(GroupWeighting v) {
        return with(c -> c.groupWeighting = v);
    }

    /**
     * @param v the AHP pairwise matrices by node code; copied deeply; null or empty for none
     * @return this plan with {@code v} as its matrices (replacing all of them)
     */
    public PlanSpec withMatrices(Map<String, double[][]> v) {
        return with(c -> c.matrices = v);
    }

    /**
     * @param method how priorities are derived from a matrix (not null)
     * @param ri     the random-index table of the consistency ratio (not null)
     * @return this plan with this AHP method and RI table
     * @throws NullPointerException when either is null
     */
    public PlanSpec withAhp(AhpMethod method, RandomIndex ri) {
        return with(c -> {
            c.ahpMethod = method;
            c.randomIndex = ri;
        });
    }

    /**
     * @param v the weighted mean up the tree (not null)
     * @return this plan with {@code v} as its aggregation
     * @throws NullPointerException when {@code v} is null
     */
    public PlanSpec withAggregation(AggregationMethod v) {
        return with(c -> c.aggregation = v);
    }

    /**
     * @param v imputation of missing raw values before normalisation, or null for none (then a missing value of a
     *          tree indicator refuses the evaluation)
     * @return this plan with {@code v} as its imputation
     * @throws PlanInputException when {@code v} is last-observation-carried-forward, which needs a panel
     */
    public PlanSpec withImputation(ImputationSpec v) {
        return with(c -> c.imputation = v);
    }

    /**
     * @param v the code of the benchmark unit for gaps (攀高比强), or null for none
     * @return this plan with {@code v} as its benchmark
     */
    public PlanSpec withBenchmark(String v) {
        return with(c -> c.benchmark = v);
    }

    /**
     * @param v the coupling coordination model, or null for none
     * @return this plan with {@code v} as its coupling model
     */
    public PlanSpec withCoupling(CouplingSpec v) {
        return with(c -> c.coupling = v);
    }

    /**
     * @param v the disparity measures (not null)
     * @return this plan with {@code v} as its disparity measures
     * @throws NullPointerException when {@code v} is null
     */
    public PlanSpec withDisparity(DisparitySpec v) {
        return with(c -> c.disparity = v);
    }

    /**
     * @param v the ideal normalised value of the obstacle model (1 for [0, 1] scales); positive and finite
     * @return this plan with {@code v} as its obstacle ideal
     * @throws PlanInputException when {@code v} is not a positive finite number
     */
    public PlanSpec withObstacleIdeal(double v) {
        return with(c -> c.obstacleIdeal = v);
    }

    /** This plan with {@code change} applied to a copy of its components: the one place the {@code with…} copies are made. */
    private PlanSpec with(java.util.function.Consumer<Components> change) {
        Components c = new Components(this);
        change.accept(c);
        return new PlanSpec(c.tree, c.normaliser, c.indicatorWeighting, c.groupWeighting, c.matrices, c.ahpMethod, c.randomIndex,
                c.aggregation, c.imputation, c.benchmark, c.coupling, c.disparity, c.obstacleIdeal);
    }

    /** The components of a plan, to be changed one at a time; checked when the plan is made from them. */
    private static final class Components {
        PlanTree tree;
        Normaliser normaliser;
        IndicatorWeighting indicatorWeighting;
        GroupWeighting groupWeighting;
        Map<String, double[][]> matrices;
        AhpMethod ahpMethod;
        RandomIndex randomIndex;
        AggregationMethod aggregation;
        ImputationSpec imputation;
        String benchmark;
        CouplingSpec coupling;
        DisparitySpec disparity;
        double obstacleIdeal;

        Components(PlanSpec p) {
            tree = p.tree;
            normaliser = p.normaliser;
            indicatorWeighting = p.indicatorWeighting;
            groupWeighting = p.groupWeighting;
            matrices = p.matrices;
            ahpMethod = p.ahpMethod;
            randomIndex = p.randomIndex;
            aggregation = p.aggregation;
            imputation = p.imputation;
            benchmark = p.benchmark;
            coupling = p.coupling;
            disparity = p.disparity;
            obstacleIdeal = p.obstacleIdeal;
        }
    }
}
