package org.tongchou.app.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tongchou.engine.coupling.DevelopmentType;
import org.tongchou.engine.plan.PlanResult;

/** The engine's {@link PlanResult} as the rows a run stores ({@link RunResult}), towns in the run's order. */
final class RunResults {
    private RunResults() {
    }

    static RunResult of(PlanResult r, List<Town> towns, Map<String, Double> previousRanks, List<String> notes) {
        List<RunResult.NodeWeight> weights = new ArrayList<>();
        List<RunResult.NodeScore> scores = new ArrayList<>();
        List<RunResult.DisparityRow> disparities = new ArrayList<>();
        for (PlanResult.ScoredNode n : r.nodes()) {
            weights.add(new RunResult.NodeWeight(n.code(), n.parent(), RunResult.NodeKind.valueOf(n.kind().name()), n.weight(), n.effective()));
            for (int i = 0; i < towns.size(); i++) {
                scores.add(new RunResult.NodeScore(towns.get(i).code(), n.code(), n.raw() == null ? Double.NaN : n.raw()[i],
                        n.scores()[i], n.ranks()[i]));
            }
        }
        for (PlanResult.DisparityRow d : r.disparity()) disparities.add(new RunResult.DisparityRow(d.subject(), d.cv(), d.gini(), d.theil()));
        List<RunResult.GapItem> gaps = new ArrayList<>();
        gaps(r.leaderGaps(), RunResult.Reference.LEADER, r.units(), gaps);
        if (r.benchmarkGaps() != null) gaps(r.benchmarkGaps(), RunResult.Reference.BENCHMARK, r.units(), gaps);
        return new RunResult(r.units().get(r.leader()), r.benchmark(), weights, units(r, towns, previousRanks), scores, gaps,
                obstacles(r), disparities, notes);
    }

    private static List<RunResult.UnitResult> units(PlanResult r, List<Town> towns, Map<String, Double> previousRanks) {
        PlanResult.Coupling c = r.coupling();
        double[] index = r.index().scores();
        double[] ranks = r.index().ranks();
        List<RunResult.UnitResult> out = new ArrayList<>(towns.size());
        for (int i = 0; i < towns.size(); i++) {
            Town t = towns.get(i);
            Double prev = previousRanks.get(t.code());
            double gapBench = r.benchmarkGaps() == null ? Double.NaN : r.benchmarkGaps().gap()[i];
            DevelopmentType type = c == null || c.types() == null ? null : c.types()[i];
            out.add(new RunResult.UnitResult(t.code(), t.name(), index[i], ranks[i], prev == null ? Double.NaN : prev,
                    r.leaderGaps().gap()[i], gapBench,
                    c == null ? Double.NaN : c.scores()[0][i], c == null ? Double.NaN : c.scores()[1][i],
                    c == null ? Double.NaN : c.coupling()[i], c == null ? Double.NaN : c.development()[i],
                    c == null ? Double.NaN : c.coordination()[i], c == null ? -1 : c.classIndex()[i], type == null ? null : type.name()));
        }
        return out;
    }

    /** Per unit: each indicator's share of the gap, then each dimension's (decomposed gaps only). */
    private static void gaps(PlanResult.Gaps g, RunResult.Reference ref, List<String> units, List<RunResult.GapItem> out) {
        if (!g.decomposed()) return;
        for (int i = 0; i < units.size(); i++) {
            for (int j = 0; j < g.indicators().size(); j++) {
                out.add(new RunResult.GapItem(units.get(i), ref, RunResult.ItemKind.INDICATOR, g.indicators().get(j), g.contribution()[j][i],
                        g.unitValue()[j][i], g.referenceValue()[j][i], g.closeAlone()[j][i]));
            }
            for (int d = 0; d < g.dimensions().size(); d++) {
                out.add(new RunResult.GapItem(units.get(i), ref, RunResult.ItemKind.DIMENSION, g.dimensions().get(d),
                        g.dimensionContribution()[d][i], Double.NaN, Double.NaN, Double.NaN));
            }
        }
    }

    private static List<RunResult.ObstacleItem> obstacles(PlanResult r) {
        List<RunResult.ObstacleItem> out = new ArrayList<>();
        PlanResult.Obstacles o = r.obstacles();
        if (o == null) return out;
        for (int i = 0; i < r.units().size(); i++) {
            String u = r.units().get(i);
            for (int j = 0; j < o.indicators().size(); j++) {
                out.add(new RunResult.ObstacleItem(u, RunResult.ItemKind.INDICATOR, o.indicators().get(j), o.byIndicator()[j][i]));
            }
            for (int d = 0; d < o.dimensions().size(); d++) {
                out.add(new RunResult.ObstacleItem(u, RunResult.ItemKind.DIMENSION, o.dimensions().get(d), o.byDimension()[d][i]));
            }
        }
        return out;
    }
}
