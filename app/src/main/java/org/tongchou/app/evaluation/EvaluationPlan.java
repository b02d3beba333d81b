package org.tongchou.app.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tongchou.app.units.UnitLevel;

/**
 * An evaluation plan: which indicators of which framework, and how they are normalised, weighted and
 * aggregated, for the units of one level inside an area: the townships of a city (the default), the counties
 * of a province, every county of the country ({@code ScopeService.COUNTRY}, 000000000000), the villages of a county.
 *
 * @param id            database id, 0 before it is saved
 * @param indicators    indicator codes evaluated; empty = every indicator of the framework's dimensions
 * @param areaCode      12-digit code of the area whose township-level units are evaluated
 * @param benchmarkCode 12-digit code of the benchmark town (攀高比强), or null for none
 * @param matrices      AHP matrices by node code (only read when a weighting is AHP or COMBINED)
 * @param boundaries    which towns a period is evaluated on: as reported then, or today's (null = as reported)
 * @param level         the level whose units are ranked (null = {@link UnitLevel#TOWNSHIP}); townships are the
 *                      towns of {@code EvaluationService#TOWN_KINDS}, counties every county-level unit but the
 *                      市辖区 placeholders, other levels every unit
 * @param groupLevels   levels above {@code level} whose units group the ranked ones: each unit is also ranked
 *                      within its group, and the Theil index is decomposed between and within the groups
 *                      (e.g. PROVINCE for a county's rank in its province); empty = none
 * @param weightIndicator raw indicator that weights disparity (e.g. resident population: Williamson's CV,
 *                      population-weighted Gini and Theil), or null for unweighted disparity
 * @param skipIncomplete what a run does with a unit that lacks an approved figure of the plan (or its disparity
 *                      weight): false = refuse the run listing every missing value (the city's plans: a town
 *                      without figures is an error to correct); true = leave the unit out of the run with a note
 *                      naming it and what it lacks (a national plan over every county, some of which report
 *                      nothing: development zones, counties a census does not report)
 */
public record EvaluationPlan(long id, String code, String name, String frameworkCode, List<String> indicators,
                             PlanNormalisation normalisation, IndicatorWeighting indicatorWeighting,
                             GroupWeighting groupWeighting, PlanAggregation aggregation, String areaCode,
                             String benchmarkCode, Map<String, PairwiseMatrix> matrices, PlanBoundaries boundaries,
                             UnitLevel level, List<UnitLevel> groupLevels, String weightIndicator, boolean skipIncomplete) {
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
        level = level == null ? UnitLevel.TOWNSHIP : level;
        groupLevels = groupLevels == null ? List.of() : List.copyOf(groupLevels);
        weightIndicator = weightIndicator == null || weightIndicator.isBlank() ? null : weightIndicator;
    }

    /** A plan that refuses a run with a unit lacking figures. */
    public EvaluationPlan(long id, String code, String name, String frameworkCode, List<String> indicators,
                          PlanNormalisation normalisation, IndicatorWeighting indicatorWeighting,
                          GroupWeighting groupWeighting, PlanAggregation aggregation, String areaCode,
                          String benchmarkCode, Map<String, PairwiseMatrix> matrices, PlanBoundaries boundaries,
                          UnitLevel level, List<UnitLevel> groupLevels, String weightIndicator) {
        this(id, code, name, frameworkCode, indicators, normalisation, indicatorWeighting, groupWeighting, aggregation,
                areaCode, benchmarkCode, matrices, boundaries, level, groupLevels, weightIndicator, false);
    }

    /** A township plan (the city's towns), unweighted and without groups. */
    public EvaluationPlan(long id, String code, String name, String frameworkCode, List<String> indicators,
                          PlanNormalisation normalisation, IndicatorWeighting indicatorWeighting,
                          GroupWeighting groupWeighting, PlanAggregation aggregation, String areaCode,
                          String benchmarkCode, Map<String, PairwiseMatrix> matrices, PlanBoundaries boundaries) {
        this(id, code, name, frameworkCode, indicators, normalisation, indicatorWeighting, groupWeighting, aggregation,
                areaCode, benchmarkCode, matrices, boundaries, UnitLevel.TOWNSHIP, List.of(), null);
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
                groupWeighting, aggregation, areaCode, benchmarkCode, matrices, boundaries, level, groupLevels, weightIndicator, skipIncomplete);
    }

    /** Whether the plan ranks units of the whole country. */
    public boolean national() {
        return org.tongchou.app.security.ScopeService.COUNTRY.equals(areaCode);
    }

    /** This plan ranking another level, grouped by {@code newGroups}, disparity weighted by {@code weight} (or null). */
    public EvaluationPlan atLevel(UnitLevel newLevel, List<UnitLevel> newGroups, String weight) {
        return new EvaluationPlan(id, code, name, frameworkCode, indicators, normalisation, indicatorWeighting,
                groupWeighting, aggregation, areaCode, benchmarkCode, matrices, boundaries, newLevel, newGroups, weight, skipIncomplete);
    }

    /** This plan on other boundaries. */
    public EvaluationPlan withBoundaries(PlanBoundaries newBoundaries) {
        return new EvaluationPlan(id, code, name, frameworkCode, indicators, normalisation, indicatorWeighting,
                groupWeighting, aggregation, areaCode, benchmarkCode, matrices, newBoundaries, level, groupLevels, weightIndicator, skipIncomplete);
    }

    /** This plan leaving units without figures out of its runs (with a note each) rather than refusing them, or not. */
    public EvaluationPlan skippingIncomplete(boolean skip) {
        return new EvaluationPlan(id, code, name, frameworkCode, indicators, normalisation, indicatorWeighting,
                groupWeighting, aggregation, areaCode, benchmarkCode, matrices, boundaries, level, groupLevels, weightIndicator, skip);
    }
}
