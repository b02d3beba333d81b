package org.tongchou.app.dashboard;

import java.util.List;
import java.util.Map;
import org.tongchou.app.evaluation.EvaluationPlan;
import org.tongchou.app.evaluation.RunInfo;

/**
 * What the leader pages show, built from stored results only. Numbers that may be absent are boxed
 * ({@code null} = none), so that they serialise as JSON {@code null} for the charts. Scores are ×100.
 */
final class Views {
    private Views() {
    }

    /** A node's name in both languages (pages pick by locale). */
    record Name(String code, String zh, String en, String unit) {
    }

    /**
     * A unit's row of the ranking. {@code groups}: its rank within its group at each group level of the plan (a
     * county's rank in its province), in the plan's order; empty for a plan without groups.
     */
    record TownRow(String code, String name, Double score, Double rank, Double rankChange, Double gapLeader,
                   Double gapBenchmark, Double coordination, String coordClassZh, String coordClassEn, String devType,
                   Map<String, Double> concentrations, List<GroupPlace> groups) {
        /** The place at a group level, or null. */
        public GroupPlace group(org.tongchou.app.units.UnitLevel level) {
            return groups.stream().filter(g -> g.level() == level).findFirst().orElse(null);
        }
    }

    /** A unit's rank (1 = best, ties take the lowest) on the overall score within its group of a level (its province ...). */
    record GroupPlace(org.tongchou.app.units.UnitLevel level, String groupCode, String groupName, Double rank) {
    }

    record Concentration(Name name, Double cityValue, Double cityTarget, List<Double> cityTrend,
                         Map<String, List<Double>> townTrends) {
    }

    record DisparityPoint(String period, Double cv, Double gini, Double theil) {
    }

    record City(EvaluationPlan plan, RunInfo run, List<String> periods, List<TownRow> towns, List<Concentration> concentrations,
                List<DisparityPoint> disparityTrend, String areaName, Robustness robustness) {
    }

    /**
     * The robustness of a run's ranking (null when the run has none): every town's rank interval, towns in
     * rank order, and the assumption that moves the ranking most (a code, null when no rank ever moved).
     */
    record Robustness(int replications, long seed, String strongest, List<RankInterval> towns) {
        /** The interval of a town, or null. */
        public RankInterval of(String code) {
            return towns.stream().filter(t -> t.code().equals(code)).findFirst().orElse(null);
        }
    }

    /** A town's rank, its interval (5th–95th percentile, median) and whether it is clearly ahead of the next town. */
    record RankInterval(String code, String name, Double rank, Double q5, Double median, Double q95, boolean clearlyAhead) {
    }

    record DimensionScore(Name name, Double score, Double cityAverage, Double benchmark, Double rank) {
    }

    record IndicatorRow(Name name, String dimension, Double raw, Double score, Double rank, Double cityValue, Double gapContribution,
                        List<Double> trend) {
    }

    record GapRow(Name name, Double contribution, Double unitValue, Double referenceValue) {
    }

    record Obstacle(Name name, Double degree) {
    }

    /**
     * A unit's profile. {@code benchmarkName}: the reference of its gaps (the benchmark, else the leader), null with
     * {@code referenceHidden} when that unit lies outside the reader's area (a leader of 宁波 is not told 杭州's leader).
     */
    record Town(EvaluationPlan plan, RunInfo run, List<String> periods, TownRow town, String benchmarkName, boolean referenceHidden,
                List<DimensionScore> dimensions, List<IndicatorRow> indicators, List<GapRow> gapByIndicator,
                List<GapRow> gapByDimension, List<Obstacle> obstacles, Map<String, Long> dataStatus, RankInterval interval) {
    }

    record Compare(EvaluationPlan plan, RunInfo run, List<Name> nodes, List<TownRow> towns, Map<String, Map<String, Double>> scores,
                   List<TownRow> all) {
    }

    /** A town to choose in a picker. */
    record TownOption(String code, String name) {
    }

    /**
     * One row of the across-years comparison: a value per chosen year (null = none), the change from the
     * previous year with a value, and from the first to the last. {@code polarity}: 1 = higher is better,
     * -1 = lower is better (rank), 0 = depends on the indicator (not coloured).
     */
    record YearRow(Name name, List<Double> values, List<Double> deltas, Double change, int polarity) {
    }

    /** One town across years; {@code missing} = chosen years whose run has no result for the town. */
    record AcrossYears(EvaluationPlan plan, String townCode, String townName, List<String> periods, List<String> years,
                       List<String> missing, List<YearRow> overall, List<YearRow> dimensions, List<YearRow> indicators,
                       List<TownOption> towns) {
        /** Overall, dimensions, indicators: the table's sections in order. */
        public List<List<YearRow>> sections() {
            return List.of(overall, dimensions, indicators);
        }
    }
}
