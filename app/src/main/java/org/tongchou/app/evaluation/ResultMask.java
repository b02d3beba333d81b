package org.tongchou.app.evaluation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A run's results as a caller who sees only some towns in detail ({@link ResultScope#detailUnit()}) may
 * read them: every other town keeps what the published ranking shows (overall and dimension scores and
 * ranks, previous rank, gaps to the leader and the benchmark, coordination degree and class) and loses its
 * raw values, its indicator and group scores and ranks (NaN), its coupling subsystems (NaN), its
 * development type, its gap decompositions and its obstacle factors. Rows that are not a town of the run
 * (the city's own aggregate) and the city-wide disparity figures are kept.
 */
final class ResultMask {
    private ResultMask() {
    }

    static RunResult apply(RunResult r, Predicate<String> inDetail) {
        Set<String> hidden = new HashSet<>();
        for (RunResult.UnitResult u : r.units()) if (!inDetail.test(u.code())) hidden.add(u.code());
        if (hidden.isEmpty()) return r;
        Map<String, RunResult.NodeKind> kinds = r.weights().stream()
                .collect(Collectors.toMap(RunResult.NodeWeight::code, RunResult.NodeWeight::kind, (a, b) -> a));
        List<RunResult.UnitResult> units = r.units().stream().map(u -> hidden.contains(u.code()) ? ranking(u) : u).toList();
        List<RunResult.NodeScore> scores = r.scores().stream().map(s -> {
            if (!hidden.contains(s.unit())) return s;
            RunResult.NodeKind k = kinds.get(s.node());
            boolean published = k == RunResult.NodeKind.INDEX || k == RunResult.NodeKind.DIMENSION;
            return published ? new RunResult.NodeScore(s.unit(), s.node(), Double.NaN, s.score(), s.rank())
                    : new RunResult.NodeScore(s.unit(), s.node(), Double.NaN, Double.NaN, Double.NaN);
        }).toList();
        List<RunResult.GapItem> gaps = r.gaps().stream().filter(g -> !hidden.contains(g.unit())).toList();
        List<RunResult.ObstacleItem> obstacles = r.obstacles().stream().filter(o -> !hidden.contains(o.unit())).toList();
        return new RunResult(r.leaderCode(), r.benchmarkCode(), r.weights(), units, scores, gaps, obstacles, r.disparities(), r.notes());
    }

    /**
     * A run's results as a leader of an area ({@link ResultScope#area()}) reads them: only the units within the
     * area ({@code inArea}), with all their figures (their ranks stay the plan's: a county's rank in the country);
     * every other unit's rows are gone, and so is what names one ({@link HiddenUnits}): a leader or benchmark code
     * outside the area (null), the reference value of a gap to such a unit (NaN: it is that unit's raw value), notes
     * naming such a unit. Rows that are not a unit of the run (the plan area's own aggregate) and the plan-wide
     * disparity figures are kept.
     */
    static RunResult within(RunResult r, Predicate<String> inArea, HiddenUnits named) {
        Set<String> hidden = new HashSet<>();
        for (RunResult.UnitResult u : r.units()) if (!inArea.test(u.code())) hidden.add(u.code());
        boolean leaderHidden = named.hides(r.leaderCode());
        boolean benchmarkHidden = named.hides(r.benchmarkCode());
        List<String> notes = named.notes(r.notes());
        if (hidden.isEmpty() && !leaderHidden && !benchmarkHidden && notes.size() == r.notes().size()) return r;
        List<RunResult.GapItem> gaps = r.gaps().stream().filter(g -> !hidden.contains(g.unit())).map(g -> {
            boolean referenceHidden = g.reference() == RunResult.Reference.LEADER ? leaderHidden : benchmarkHidden;
            return referenceHidden ? new RunResult.GapItem(g.unit(), g.reference(), g.kind(), g.code(), g.contribution(), g.unitValue(), Double.NaN,
                    g.closeAlone()) : g;
        }).toList();
        return new RunResult(named.shown(r.leaderCode()), named.shown(r.benchmarkCode()), r.weights(),
                r.units().stream().filter(u -> !hidden.contains(u.code())).toList(),
                r.scores().stream().filter(s -> !hidden.contains(s.unit())).toList(), gaps,
                r.obstacles().stream().filter(o -> !hidden.contains(o.unit())).toList(), r.disparities(), notes);
    }

    private static RunResult.UnitResult ranking(RunResult.UnitResult u) {
        return new RunResult.UnitResult(u.code(), u.name(), u.score(), u.rank(), u.previousRank(), u.gapLeader(), u.gapBenchmark(),
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, u.coordination(), u.coordClass(), null);
    }
}
