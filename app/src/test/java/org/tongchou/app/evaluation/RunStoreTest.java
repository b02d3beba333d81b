package org.tongchou.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongchou.app.periods.Period;
import org.tongchou.app.support.H2Test;
import org.tongchou.app.support.PostgresTest;
import org.tongchou.app.support.TestDatabase;
import org.tongchou.app.units.UnitLevel;

/**
 * A run's results read back exactly as they were stored, on both databases: every unit result, node score, gap
 * (towards the leader and the benchmark, by indicator and by dimension), obstacle, disparity, group rank and Theil
 * decomposition, with missing figures (NaN) kept missing and every double bit for bit. Seeded random results of a
 * plan tree with an index, dimensions, a sub-dimension and indicators; names with the characters COPY escapes.
 */
class RunStoreTest {
    static final List<RunResult.NodeWeight> TREE = List.of(
            new RunResult.NodeWeight(EvaluationPlan.ROOT, null, RunResult.NodeKind.INDEX, 1, 1),
            new RunResult.NodeWeight("d1", EvaluationPlan.ROOT, RunResult.NodeKind.DIMENSION, 0.6, 0.6),
            new RunResult.NodeWeight("g1", "d1", RunResult.NodeKind.GROUP, 1, 0.6),
            new RunResult.NodeWeight("i1", "g1", RunResult.NodeKind.INDICATOR, 0.25, 0.15),
            new RunResult.NodeWeight("i2", "g1", RunResult.NodeKind.INDICATOR, 0.75, 0.45),
            new RunResult.NodeWeight("d2", EvaluationPlan.ROOT, RunResult.NodeKind.DIMENSION, 0.4, 0.4),
            new RunResult.NodeWeight("i3", "d2", RunResult.NodeKind.INDICATOR, 1, 0.4));
    static final List<String> INDICATORS = List.of("i1", "i2", "i3");
    static final List<String> DIMENSIONS = List.of("d1", "d2");

    abstract static class Contract {
        @Autowired
        RunRepository runs;
        @Autowired
        RunDetailsRepository details;
        @Autowired
        TestDatabase db;
        @Autowired
        JdbcClient jdbc;
        @Autowired
        ResultRows rows;
        @Autowired
        RunBlocks blocks;
        long planId;

        @BeforeEach
        void setUp() {
            db.truncateAll();
            var kh = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO eval_plan (code, name, framework_code, normalisation, indicator_weighting, group_weighting, aggregation,
                        area_code, updated_at) VALUES ('store', 'store', 'mini', 'MIN_MAX', 'EQUAL', 'EQUAL', 'ARITHMETIC', '320582000000',
                        CURRENT_TIMESTAMP)""").update(kh, "id");
            planId = kh.getKey().longValue();
        }

        @Test
        void aRunsResultsReadBackAsStoredWithMissingFiguresKeptMissing() {
            for (long seed : new long[] {1, 2, 3}) {
                RunResult stored = result(new Random(seed), 40 + (int) seed, seed != 2, seed != 3);
                long id = runs.insert(planId, Period.year(2024), "v" + seed, 10, "settings", "test", false, stored);
                RunInfo info = runs.find(id).orElseThrow();
                assertThat(runs.load(info)).as("seed %d", seed).isEqualTo(asRead(stored));
            }
        }

        @Test
        void groupRanksAndTheilDecompositionsReadBackAsStored() {
            RunResult r = result(new Random(7), 30, true, true);
            long id = runs.insert(planId, Period.year(2024), "v", 10, "settings", "test", false, r);
            Random random = new Random(8);
            List<RunGroups.GroupRank> ranks = new ArrayList<>();
            List<RunGroups.TheilSplit> splits = new ArrayList<>();
            List<RunGroups.TheilGroup> groups = new ArrayList<>();
            for (UnitLevel level : List.of(UnitLevel.PREFECTURE, UnitLevel.COUNTY)) {
                for (String node : List.of(EvaluationPlan.ROOT, "d1", "d2")) {
                    for (RunResult.UnitResult u : r.units()) {
                        String group = level == UnitLevel.PREFECTURE ? u.code().substring(0, 4) + "00000000" : u.code().substring(0, 6) + "000000";
                        ranks.add(new RunGroups.GroupRank(level, node, u.code(), group, 1 + random.nextInt(20)));
                    }
                }
                for (String subject : List.of(EvaluationPlan.ROOT, "i1", "i2")) {
                    splits.add(new RunGroups.TheilSplit(subject, level, random.nextDouble(), random.nextDouble(), maybeMissing(random)));
                    for (String g : List.of("320500000000", "320600000000")) {
                        groups.add(new RunGroups.TheilGroup(subject, level, g, random.nextDouble(), random.nextDouble(), maybeMissing(random)));
                    }
                }
            }
            details.insertGroups(id, new RunGroups(ranks, splits, groups));
            RunGroups read = details.groups(id);
            assertThat(read.ranks()).isEqualTo(sorted(ranks, Comparator.comparing((RunGroups.GroupRank g) -> g.level().name())
                    .thenComparing(RunGroups.GroupRank::node).thenComparing(RunGroups.GroupRank::group)
                    .thenComparingDouble(RunGroups.GroupRank::rank).thenComparing(RunGroups.GroupRank::unit)));
            assertThat(read.splits()).isEqualTo(sorted(splits, Comparator.comparing(RunGroups.TheilSplit::subject)
                    .thenComparing(s -> s.level().name())));
            assertThat(read.groups()).isEqualTo(sorted(groups, Comparator.comparing(RunGroups.TheilGroup::subject)
                    .thenComparing(g -> g.level().name()).thenComparing(RunGroups.TheilGroup::group)));
        }

        @Test
        void aRunStoredBeforeResultBlocksReadsBackFromItsRows() {
            RunResult r = result(new Random(21), 25, true, true);
            long id = storedBeforeBlocks(Period.year(2023), r);
            List<RunGroups.GroupRank> ranks = groupRanksBeforeBlocks(id, r);
            assertThat(runs.load(runs.find(id).orElseThrow())).isEqualTo(asRead(r));
            assertThat(details.groups(id).ranks()).isEqualTo(sorted(ranks, Comparator.comparing((RunGroups.GroupRank g) -> g.level().name())
                    .thenComparing(RunGroups.GroupRank::node).thenComparing(RunGroups.GroupRank::group)
                    .thenComparingDouble(RunGroups.GroupRank::rank).thenComparing(RunGroups.GroupRank::unit)));
        }

        @Test
        void rowsSpanningSeveralBlocksReadBackInOrder() {
            // blocks of 50 rows: a unit's rows in several blocks, written in a shuffled order
            RunResult r = result(new Random(31), 40, true, true);
            Random random = new Random(32);
            List<RunResult.NodeScore> scores = new ArrayList<>(r.scores());
            List<RunResult.GapItem> gaps = new ArrayList<>(r.gaps());
            List<RunResult.ObstacleItem> obstacles = new ArrayList<>(r.obstacles());
            java.util.Collections.shuffle(scores, random);
            java.util.Collections.shuffle(gaps, random);
            java.util.Collections.shuffle(obstacles, random);
            RunResult shuffled = new RunResult(r.leaderCode(), r.benchmarkCode(), r.weights(), r.units(), scores, gaps, obstacles, r.disparities(),
                    r.notes());
            int before = blocks.maxRows;
            blocks.maxRows = 50;
            try {
                long id = runs.insert(planId, Period.year(2024), "v", 10, "settings", "test", false, shuffled);
                assertThat(jdbc.sql("SELECT COUNT(*) FROM eval_result_block WHERE run_id = ? AND part = 'NODE_SCORE'").param(id)
                        .query(Long.class).single()).isEqualTo((scores.size() + 49) / 50);
                assertThat(runs.load(runs.find(id).orElseThrow())).isEqualTo(asRead(r));
            } finally {
                blocks.maxRows = before;
            }
        }

        /**
         * A run as stored before V153: its unit results through {@link RunRepository#insert}, its node scores, gaps and
         * obstacles as rows of the former tables, as RunRepository wrote them then.
         */
        private long storedBeforeBlocks(Period period, RunResult r) {
            long id = runs.insert(planId, period, "v", 10, "settings", "test", false, new RunResult(r.leaderCode(), r.benchmarkCode(),
                    r.weights(), r.units(), List.of(), List.of(), List.of(), r.disparities(), r.notes()));
            rows.insert("eval_node_score", List.of("run_id", "unit_code", "node_code", "raw_value", "score", "rank_no"), r.scores().stream()
                    .map(s -> new Object[] {id, s.unit(), s.node(), n(s.raw()), n(s.score()), n(s.rank())}).toList());
            rows.insert("eval_gap", List.of("run_id", "unit_code", "reference", "item_kind", "item_code", "contribution", "unit_value", "ref_value",
                    "close_alone"), r.gaps().stream().map(g -> new Object[] {id, g.unit(), g.reference().name(), g.kind().name(), g.code(),
                    n(g.contribution()), n(g.unitValue()), n(g.referenceValue()), n(g.closeAlone())}).toList());
            rows.insert("eval_obstacle", List.of("run_id", "unit_code", "item_kind", "item_code", "degree"), r.obstacles().stream()
                    .map(o -> new Object[] {id, o.unit(), o.kind().name(), o.code(), n(o.degree())}).toList());
            return id;
        }

        /** Group ranks of the run's units as rows of the former table eval_group_rank. */
        private List<RunGroups.GroupRank> groupRanksBeforeBlocks(long id, RunResult r) {
            List<RunGroups.GroupRank> ranks = new ArrayList<>();
            for (RunResult.UnitResult u : r.units()) {
                ranks.add(new RunGroups.GroupRank(UnitLevel.COUNTY, "d1", u.code(), u.code().substring(0, 6) + "000000", u.rank() % 4));
            }
            rows.insert("eval_group_rank", List.of("run_id", "group_level", "node_code", "unit_code", "group_code", "rank_no"), ranks.stream()
                    .map(g -> new Object[] {id, g.level().name(), g.node(), g.unit(), g.group(), g.rank()}).toList());
            return ranks;
        }

        @Test
        void deletingARunStoredBeforeResultBlocksDeletesItsRowsAndNoOtherRunsRows() {
            // the former tables keep their rows for such runs; on PostgreSQL a trigger deletes them (V125), on H2 their keys
            long[] ids = new long[2];
            for (int k = 0; k < 2; k++) {
                RunResult r = result(new Random(41 + k), 10, true, true);
                ids[k] = storedBeforeBlocks(Period.year(2022 + k), r);
                groupRanksBeforeBlocks(ids[k], r);
            }
            jdbc.sql("DELETE FROM eval_run WHERE id = ?").param(ids[0]).update();
            for (String table : List.of("eval_node_score", "eval_gap", "eval_obstacle", "eval_group_rank")) {
                assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE run_id = ?").param(ids[0]).query(Long.class).single())
                        .as(table + " of the deleted run").isZero();
                assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE run_id = ?").param(ids[1]).query(Long.class).single())
                        .as(table + " of the other run").isPositive();
            }
            assertThat(runs.load(runs.find(ids[1]).orElseThrow()).scores()).as("the other run still reads from its rows").hasSize(10 * TREE.size());
        }

        @Test
        void deletingARunDeletesItsResultsAndNoOtherRunsResults() {
            long[] ids = new long[2];
            for (int k = 0; k < 2; k++) {
                RunResult r = result(new Random(11 + k), 12, true, true);
                ids[k] = runs.insert(planId, Period.year(2024), "v", 10, "settings", "test", false, r);
                details.insertGroups(ids[k], new RunGroups(List.of(new RunGroups.GroupRank(UnitLevel.COUNTY, EvaluationPlan.ROOT,
                        r.units().get(0).code(), "320582000000", 1)), List.of(), List.of(new RunGroups.TheilGroup(EvaluationPlan.ROOT,
                        UnitLevel.COUNTY, "320582000000", 0.1, 0.2, 0.3))));
                jdbc.sql("INSERT INTO eval_rank_interval (run_id, unit_code, nominal_rank, mean_rank, median_rank, q05_rank, q95_rank) "
                        + "VALUES (?, '320582100000', 1, 1, 1, 1, 2)").param(ids[k]).update();
            }
            jdbc.sql("DELETE FROM eval_run WHERE id = ?").param(ids[0]).update();
            for (String table : List.of("eval_unit_result", "eval_result_block", "eval_theil_group",
                    "eval_rank_interval", "eval_run_weight", "eval_disparity")) {
                assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE run_id = ?").param(ids[0]).query(Long.class).single())
                        .as(table + " of the deleted run").isZero();
                assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE run_id = ?").param(ids[1]).query(Long.class).single())
                        .as(table + " of the other run").isPositive();
            }
        }
    }

    /**
     * Seeded results of {@code n} towns on {@link #TREE}: a benchmark's gaps only when {@code benchmark}, obstacles only
     * when {@code obstacles}; a figure is missing now and then, as the engine leaves some (e.g. a gap of the leader itself).
     */
    static RunResult result(Random random, int n, boolean benchmark, boolean obstacles) {
        List<RunResult.UnitResult> units = new ArrayList<>();
        List<RunResult.NodeScore> scores = new ArrayList<>();
        List<RunResult.GapItem> gaps = new ArrayList<>();
        List<RunResult.ObstacleItem> obs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String code = "32058" + (1 + i % 3) + String.format("%03d", i) + "000";
            String name = switch (i % 4) {
                case 0 -> "镇" + i;
                case 1 -> "tab\there " + i;
                case 2 -> "back\\slash, \"quoted\" " + i;
                default -> "line\nbreak " + i;
            };
            units.add(new RunResult.UnitResult(code, name, random.nextDouble(), i + 1, i % 5 == 0 ? Double.NaN : 1 + random.nextInt(n),
                    maybeMissing(random), benchmark ? maybeMissing(random) : Double.NaN, random.nextDouble(), random.nextDouble(),
                    maybeMissing(random), random.nextDouble(), random.nextDouble(), i % 7 == 0 ? -1 : random.nextInt(10),
                    i % 6 == 0 ? null : "URBAN_LAGGING"));
            for (RunResult.NodeWeight w : TREE) {
                boolean indicator = w.kind() == RunResult.NodeKind.INDICATOR;
                scores.add(new RunResult.NodeScore(code, w.code(), indicator ? random.nextDouble() * 1e6 : Double.NaN, maybeMissing(random),
                        1 + random.nextInt(n)));
            }
            for (RunResult.Reference ref : benchmark ? RunResult.Reference.values() : new RunResult.Reference[] {RunResult.Reference.LEADER}) {
                for (String ind : INDICATORS) {
                    gaps.add(new RunResult.GapItem(code, ref, RunResult.ItemKind.INDICATOR, ind, maybeMissing(random), random.nextDouble(),
                            random.nextDouble(), maybeMissing(random)));
                }
                for (String dim : DIMENSIONS) {
                    gaps.add(new RunResult.GapItem(code, ref, RunResult.ItemKind.DIMENSION, dim, maybeMissing(random), Double.NaN, Double.NaN,
                            Double.NaN));
                }
            }
            if (obstacles) {
                for (String ind : INDICATORS) obs.add(new RunResult.ObstacleItem(code, RunResult.ItemKind.INDICATOR, ind, maybeMissing(random)));
                for (String dim : DIMENSIONS) obs.add(new RunResult.ObstacleItem(code, RunResult.ItemKind.DIMENSION, dim, maybeMissing(random)));
            }
        }
        List<RunResult.DisparityRow> disparities = List.of(new RunResult.DisparityRow(EvaluationPlan.ROOT, 0.1, 0.2, 0.3),
                new RunResult.DisparityRow("i1", random.nextDouble(), maybeMissing(random), random.nextDouble()));
        return new RunResult(units.get(0).code(), benchmark ? units.get(1).code() : null, TREE, units, scores, gaps, obs, disparities,
                List.of("a note", "another note"));
    }

    static Double n(double v) {
        return Double.isNaN(v) ? null : v;
    }

    /** A double, or now and then a missing one (NaN). */
    static double maybeMissing(Random random) {
        return random.nextInt(6) == 0 ? Double.NaN : random.nextDouble() * (random.nextBoolean() ? 1 : 1e-9);
    }

    /** {@code r} in the order {@link RunRepository#load} gives its rows. */
    static RunResult asRead(RunResult r) {
        return new RunResult(r.leaderCode(), r.benchmarkCode(), r.weights(),
                sorted(r.units(), Comparator.comparingDouble(RunResult.UnitResult::rank).thenComparing(RunResult.UnitResult::code)),
                sorted(r.scores(), Comparator.comparing(RunResult.NodeScore::unit).thenComparing(RunResult.NodeScore::node)),
                sorted(r.gaps(), Comparator.comparing(RunResult.GapItem::unit).thenComparing(g -> g.reference().name())
                        .thenComparing(g -> g.kind().name()).thenComparing(RunResult.GapItem::code)),
                sorted(r.obstacles(), Comparator.comparing(RunResult.ObstacleItem::unit).thenComparing(o -> o.kind().name())
                        .thenComparing(RunResult.ObstacleItem::code)),
                sorted(r.disparities(), Comparator.comparing(RunResult.DisparityRow::subject)), r.notes());
    }

    static <T> List<T> sorted(List<T> rows, Comparator<T> order) {
        List<T> out = new ArrayList<>(rows);
        out.sort(order);
        return out;
    }

    @Nested
    @H2Test
    class OnH2 extends Contract {
    }

    @Nested
    @PostgresTest
    class OnPostgres extends Contract {
    }
}
