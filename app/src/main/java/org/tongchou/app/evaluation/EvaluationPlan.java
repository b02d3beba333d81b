package org.tongchou.app.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An evaluation plan: which indicators of which framework, and how they are normalised, weighted and
 * aggregated, for the township-level units inside an area (the city).
 *
 * @param id            database id, 0 before it is saved
 * @param indicators    indicator codes evaluated; empty = every indicator of the framework's dimensions
 * @param areaCode      12-digit code of the area whose township-level units are evaluated
 * @param benchmarkCode 12-digit code of the benchmark town (攀高比强), or null for none
 * @param matrices      AHP matrices by node code (only read when a weighting is AHP or COMBINED)
 * @param boundaries    which towns a period is evaluated on: as reported then, or today's (null = as reported)
 */
public record EvaluationPlan(long id, String code, String name, String frameworkCode, List<String> indicators,
                             PlanNormalisation normalisation, IndicatorWeighting indicatorWeighting,
                             GroupWeighting groupWeighting, PlanAggregation aggregation, String areaCode,
                             String benchmarkCode, Map<String, PairwiseMatrix> matrices, PlanBoundaries boundaries) {
    /** Code of the root of every plan's tree (the overall index). */
    public static final String ROOT = "index";
    /** Code of the default plan, created with the framework. */
    public static final String DEFAULT_CODE = "default";

    public EvaluationPlan {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(frameworkCode, "frameworkCode");
        Objects.requireNonNull(normalisation, "normalisation");
        Objects.requireNonNull(indicatorWeighting, "indicatorWeighting");
        Objects.requireNonNull(groupWeighting, "groupWeighting");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(areaCode, "areaCode");
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        matrices = matrices == null ? Map.of() : Map.copyOf(matrices);
        name = name == null || name.isBlank() ? code : name;
        benchmarkCode = benchmarkCode == null || benchmarkCode.isBlank() ? null : benchmarkCode;
        boundaries = boundaries == null ? PlanBoundaries.AS_REPORTED : boundaries;
    }

    /** A plan on the boundaries as reported in each period. */
    public EvaluationPlan(long id, String code, String name, String frameworkCode, List<String> indicators,
                          PlanNormalisation normalisation, IndicatorWeighting indicatorWeighting,
                          GroupWeighting groupWeighting, PlanAggregation aggregation, String areaCode,
                          String benchmarkCode, Map<String, PairwiseMatrix> matrices) {
        this(id, code, name, frameworkCode, indicators, normalisation, indicatorWeighting, groupWeighting, aggregation,
                areaCode, benchmarkCode, matrices, PlanBoundaries.AS_REPORTED);
    }

    public EvaluationPlan withId(long newId) {
        return new EvaluationPlan(newId, code, name, frameworkCode, indicators, normalisation, indicatorWeighting,
                groupWeighting, aggregation, areaCode, benchmarkCode, matrices, boundaries);
    }

    /** This plan on other boundaries. */
    public EvaluationPlan withBoundaries(PlanBoundaries newBoundaries) {
        return new EvaluationPlan(id, code, name, frameworkCode, indicators, normalisation, indicatorWeighting,
                groupWeighting, aggregation, areaCode, benchmarkCode, matrices, newBoundaries);
    }
}
