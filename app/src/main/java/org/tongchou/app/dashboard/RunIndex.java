package org.tongchou.app.dashboard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongchou.app.evaluation.EvaluationPlan;
import org.tongchou.app.evaluation.RunGroups;
import org.tongchou.app.evaluation.RunResult;

/**
 * A stored run's results indexed the way the leader pages read them: raw values and scores by unit and
 * node, the dimension of each indicator, the city-wide disparity. Built once per run by {@link RunIndexes}
 * (stored results never change), instead of once per trend point and indicator on every page view.
 * Immutable once built, so it is shared by concurrent requests.
 */
final class RunIndex {
    private final RunResult result;
    private final Map<String, Map<String, Double>> raw;
    private final Map<String, Map<String, RunResult.NodeScore>> scores;
    private final Map<String, String> dimensionOf;
    private final RunResult.DisparityRow rootDisparity;
    private final RunGroups groups;

    RunIndex(RunResult result) {
        this(result, RunGroups.NONE);
    }

    /** {@code groups}: the run's ranks within groups (as the reader may see them), {@link RunGroups#NONE} without groups. */
    RunIndex(RunResult result, RunGroups groups) {
        this.result = result;
        this.groups = groups;
        Map<String, Map<String, Double>> r = new HashMap<>();
        Map<String, Map<String, RunResult.NodeScore>> s = new HashMap<>();
        for (RunResult.NodeScore ns : result.scores()) {
            if (!Double.isNaN(ns.raw())) r.computeIfAbsent(ns.unit(), k -> new HashMap<>()).put(ns.node(), ns.raw());
            s.computeIfAbsent(ns.unit(), k -> new HashMap<>()).put(ns.node(), ns);
        }
        r.replaceAll((k, v) -> Map.copyOf(v));
        s.replaceAll((k, v) -> Map.copyOf(v));
        this.raw = Map.copyOf(r);
        this.scores = Map.copyOf(s);
        this.dimensionOf = dimensions(result.weights());
        this.rootDisparity = result.disparities().stream().filter(d -> d.subject().equals(EvaluationPlan.ROOT)).findFirst().orElse(null);
    }

    RunResult result() {
        return result;
    }

    /**
     * What the leader pages compute from the run alone (a town's gaps, the dimensions' averages ...), computed once
     * per index and kept with it: the run never changes. {@code compute} must not itself call {@code memo}.
     */
    @SuppressWarnings("unchecked")
    <T> T memo(Object key, java.util.function.Supplier<T> compute) {
        Object v = memo.get(key);
        if (v == null) {
            v = compute.get();
            Object had = memo.putIfAbsent(key, v);
            if (had != null) v = had;
        }
        return (T) v;
    }

    private final Map<Object, Object> memo = new java.util.concurrent.ConcurrentHashMap<>();

    /** The run's gap items by unit, in the run's order. */
    Map<String, List<RunResult.GapItem>> gapsByUnit() {
        return memo("gapsByUnit", () -> {
            Map<String, List<RunResult.GapItem>> out = new HashMap<>();
            for (RunResult.GapItem g : result.gaps()) out.computeIfAbsent(g.unit(), k -> new java.util.ArrayList<>()).add(g);
            return Map.copyOf(out);
        });
    }

    /** The run's obstacle items by unit, in the run's order. */
    Map<String, List<RunResult.ObstacleItem>> obstaclesByUnit() {
        return memo("obstaclesByUnit", () -> {
            Map<String, List<RunResult.ObstacleItem>> out = new HashMap<>();
            for (RunResult.ObstacleItem o : result.obstacles()) out.computeIfAbsent(o.unit(), k -> new java.util.ArrayList<>()).add(o);
            return Map.copyOf(out);
        });
    }

    /** Each unit's rank within its group at {@code level} on {@code node}, by unit ({@link RunGroups#ranksOf}). */
    Map<String, RunGroups.GroupRank> groupRanks(org.tongchou.app.units.UnitLevel level, String node) {
        return memo(java.util.List.of("groupRanks", level, node), () -> Map.copyOf(groups.ranksOf(level, node)));
    }

    RunGroups groups() {
        return groups;
    }

    /** Raw values of a unit by node code (missing values left out); empty for a unit not in the run. */
    Map<String, Double> raw(String unit) {
        return raw.getOrDefault(unit, Map.of());
    }

    /** Scores of a unit by node code; empty for a unit not in the run. */
    Map<String, RunResult.NodeScore> scores(String unit) {
        return scores.getOrDefault(unit, Map.of());
    }

    /** The dimension an indicator belongs to (through its groups), or null. */
    String dimensionOf(String indicator) {
        return dimensionOf.get(indicator);
    }

    Optional<RunResult.DisparityRow> rootDisparity() {
        return Optional.ofNullable(rootDisparity);
    }

    /** Each node's dimension (its nearest DIMENSION ancestor, or itself), computed once for all nodes. */
    static Map<String, String> dimensions(List<RunResult.NodeWeight> weights) {
        Map<String, String> parent = new HashMap<>();
        Map<String, RunResult.NodeKind> kind = new HashMap<>();
        for (RunResult.NodeWeight w : weights) {
            if (w.parent() != null) parent.put(w.code(), w.parent());
            kind.put(w.code(), w.kind());
        }
        Map<String, String> out = new HashMap<>();
        for (RunResult.NodeWeight w : weights) {
            if (w.kind() != RunResult.NodeKind.INDICATOR) continue;
            String c = w.code();
            while (c != null && kind.get(c) != RunResult.NodeKind.DIMENSION) c = parent.get(c);
            if (c != null) out.put(w.code(), c);
        }
        return out;
    }
}
