package org.tongchou.app.evaluation;

import java.util.List;

/**
 * Everything one evaluation run computes, as stored. Scores and normalised values are in [0, 1]
 * (pages show them ×100).
 */
public record RunResult(String leaderCode, String benchmarkCode, List<NodeWeight> weights, List<UnitResult> units,
                        List<NodeScore> scores, List<GapItem> gaps, List<ObstacleItem> obstacles,
                        List<DisparityRow> disparities, List<String> notes) {

    /** Kinds of node of a plan's tree. */
    public enum NodeKind { INDEX, DIMENSION, GROUP, INDICATOR }

    /** Reference of a gap. */
    public enum Reference { LEADER, BENCHMARK }

    /** Whether a gap or obstacle item is an indicator or a dimension. */
    public enum ItemKind { INDICATOR, DIMENSION }

    public record NodeWeight(String code, String parent, NodeKind kind, double weight, double effective) {
    }

    /**
     * One town's overall result. {@code previousRank} is NaN when the plan has no run for the previous
     * period or the town was not in it; {@code coordClass} is the index in the 10-level scheme (-1 none).
     */
    public record UnitResult(String code, String name, double score, double rank, double previousRank,
                             double gapLeader, double gapBenchmark, double uUrban, double uRural, double coupling,
                             double development, double coordination, int coordClass, String devType) {
        /** Positive = climbed (争先进位); NaN when there is no previous rank. */
        public double rankChange() {
            return previousRank - rank;
        }
    }

    /** A node's value for one town: raw value (indicators only), score (normalised value or aggregate) and rank. */
    public record NodeScore(String unit, String node, double raw, double score, double rank) {
    }

    public record GapItem(String unit, Reference reference, ItemKind kind, String code, double contribution,
                          double unitValue, double referenceValue, double closeAlone) {
    }

    public record ObstacleItem(String unit, ItemKind kind, String code, double degree) {
    }

    /** Disparity between towns of an indicator's raw values or a node's score (subject = its code). */
    public record DisparityRow(String subject, double cv, double gini, double theil) {
    }
}
