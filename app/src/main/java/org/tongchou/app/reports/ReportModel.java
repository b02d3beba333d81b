package org.tongchou.app.reports;

import java.util.List;
import java.util.Locale;
import org.tongchou.app.evaluation.RunTables;

/**
 * The briefing pack of one published run (现场会材料), built once by {@link ReportBuilder} and written as
 * PDF, DOCX and XLSX by the writers, so that the three formats hold the same figures. Scores are shown ×100;
 * every number is already rounded as documents show it ({@link Figures}), so that the summary's sentences
 * and the tables say the same.
 */
record ReportModel(Locale locale, Cover cover, List<String> summary, List<Concentration> concentrations, Ranking composite,
                   List<Ranking> dimensions, List<String> dimensionNames, List<GapRow> gapsToLeader, List<GapRow> gapsToBenchmark,
                   Disparity disparity, List<CouplingRow> coupling, Benchmark benchmark, List<TownPage> towns, Robustness robustness,
                   List<RunTables.Table> methodTables, DataQuality quality) {

    boolean zh() {
        return "zh".equals(locale.getLanguage());
    }

    /** A town's rank in one dimension, or null. */
    public Integer dimensionRank(String dimension, String town) {
        return dimensions.stream().filter(d -> d.code().equals(dimension)).flatMap(d -> d.rows().stream())
                .filter(r -> r.code().equals(town)).map(RankRow::rank).findFirst().orElse(null);
    }

    /**
     * @param meeting the meeting that looked at this run (plan and period), or null
     */
    record Cover(String title, String city, String meeting, String meetingDay, String venue, String period, String plan, String dataVersion,
                 boolean synthetic, long runId, String publishedAt, String producedAt, String producedBy) {
    }

    /** One of the three concentrations: each town's value, target and trend over the plan's published periods. */
    record Concentration(String code, String name, String unit, Double cityValue, Double cityTarget, List<String> periods,
                         List<ConcentrationRow> rows) {
    }

    record ConcentrationRow(String code, String town, Double value, Double target, List<Double> trend) {
    }

    /** The composite ranking or one dimension's. */
    record Ranking(String code, String name, List<RankRow> rows) {
    }

    /**
     * @param change ▲2, ▼1, — (unchanged) or empty (no previous rank)
     * @param interval the rank interval 5th–95th percentile ("1–3"), empty without robustness
     * @param clear    whether the town is clearly ahead of the next (its interval does not overlap)
     */
    record RankRow(String code, String town, int rank, Double score, String change, Double q5, Double q95, String interval, boolean clear) {
    }

    /** A town's gap (×100) to the leader or benchmark and each dimension's part of it. */
    record GapRow(String code, String town, Double total, List<Double> byDimension) {
    }

    /**
     * @param splits Theil index decomposed between and within the groups of a grouped plan (empty otherwise)
     */
    record Disparity(List<DisparityRow> rows, List<DisparityRow> trend, List<TheilSplitRow> splits) {
    }

    /** A subject's Theil index split by the groups of one level: total = between + within. */
    record TheilSplitRow(String subject, String level, Double total, Double between, Double within, Double betweenShare) {
    }

    /** CV, Gini and Theil of one subject (the overall score, a dimension) or of one period's overall score. */
    record DisparityRow(String subject, Double cv, Double gini, Double theil) {
    }

    /** Urban–rural coupling coordination of a town; {@code below}: below 勉强协调. */
    record CouplingRow(String code, String town, Double urban, Double rural, Double c, Double t, Double d, String coordinationClass,
                       boolean below) {
    }

    record Benchmark(String code, String name, int rank, Double score, List<DimensionRow> dimensions, List<String> seen,
                     List<String> heard, List<String> discussed, List<String> requirements) {
    }

    record DimensionRow(String code, String name, Double score, Double cityAverage, Double benchmark, Integer rank) {
    }

    record NameValue(String name, Double value) {
    }

    record TargetRow(String indicator, String unit, Double target, Double actual, Double completion) {
    }

    record CommitmentRow(String text, String deadline, String status) {
    }

    /**
     * A town's 时序进度 as of a month: its approved annual targets of cumulative indicators (GDP, investment,
     * revenue, output) against the share of the year elapsed, from {@link org.tongchou.app.targets.TargetProgress}.
     *
     * @param asOf   the month (2025M09), @param profile how time elapsed is counted (LINEAR: k ÷ 12)
     */
    record Progress(String asOf, String profile, List<ProgressRow> rows) {
    }

    /**
     * @param completion cumulative ÷ target, @param elapsed share of the year elapsed, @param gap 100 × (completion − elapsed) points,
     * @param light      达到进度 / 略有滞后 / 明显滞后 / 无法判断 in the pack's language
     */
    record ProgressRow(String indicator, String unit, Double target, Double cumulative, Double completion, Double elapsed, Double gap,
                       String light, boolean behind, Double projection) {
    }

    record TownPage(String code, String name, int rank, Double score, String change, String interval, boolean clear,
                    String coordinationClass, List<DimensionRow> dimensions, List<NameValue> obstacles, List<NameValue> gapToReference,
                    String reference, List<TargetRow> targets, Progress progress, List<CommitmentRow> commitments) {
    }

    /** @param strongest the assumption that moves the ranking most, or null */
    record Robustness(int replications, long seed, String strongest, List<String> notClear) {
    }

    record DataQuality(int towns, int values, String dataVersion, List<String> notes, List<NameValue> completeness) {
    }
}
