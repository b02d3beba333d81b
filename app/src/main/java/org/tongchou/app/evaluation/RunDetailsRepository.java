package org.tongchou.app.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a run says about itself beyond its results (migration V52): its notes, its method tables and its
 * robustness. Written once per run (robustness possibly later, at publication, for runs made before it
 * existed) and never updated.
 */
@Repository
class RunDetailsRepository {
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ResultRows rows;
    private final RunBlocks blocks;

    private final Clock clock;

    RunDetailsRepository(JdbcClient jdbc, JdbcTemplate template, ResultRows rows, RunBlocks blocks, Clock clock) {
        this.rows = rows;
        this.blocks = blocks;
        this.clock = clock;
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Appends notes after those the run already has. */
    void insertNotes(long runId, List<RunNote> notes) {
        int first = jdbc.sql("SELECT COUNT(*) FROM eval_run_note WHERE run_id = ?").param(runId).query(Integer.class).single();
        List<Object[]> rows = new ArrayList<>();
        for (int k = 0; k < notes.size(); k++) {
            RunNote n = notes.get(k);
            rows.add(new Object[] {runId, first + k, n.kind(), n.subject(), String.join("\n", n.args().stream().map(a -> a.replace('\n', ' ')).toList()),
                    n.message()});
        }
        template.batchUpdate("INSERT INTO eval_run_note (run_id, position, kind, subject, args, message) VALUES (?, ?, ?, ?, ?, ?)", rows);
    }

    /** The run's notes in order; empty for runs made before notes were structured. */
    List<RunNote> notes(long runId) {
        return jdbc.sql("SELECT kind, subject, args, message FROM eval_run_note WHERE run_id = ? ORDER BY position").param(runId)
                .query((rs, n) -> {
                    String args = rs.getString(3);
                    return new RunNote(rs.getString(1), rs.getString(2), args == null || args.isEmpty() ? List.of() : Arrays.asList(args.split("\n", -1)),
                            rs.getString(4));
                }).list();
    }

    void insertMethods(long runId, RunMethods methods) {
        List<Object[]> tables = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> cells = new ArrayList<>();
        for (int t = 0; t < methods.tables().size(); t++) {
            RunMethods.Table table = methods.tables().get(t);
            RunMethods.Ahp a = table.ahp();
            tables.add(new Object[] {runId, t, table.node(), table.childKind(), table.method(), a == null ? null : n(a.lambdaMax()),
                    a == null ? null : n(a.ci()), a == null ? null : n(a.ri()), a == null ? null : n(a.cr())});
            for (int k = 0; k < table.rows().size(); k++) {
                RunMethods.Row r = table.rows().get(k);
                rows.add(new Object[] {runId, t, k, r.child(), n(r.weight()), n(r.given()), n(r.entropy()), n(r.divergence()), n(r.sd()),
                        n(r.conflict()), n(r.information()), n(r.subjective()), n(r.objective())});
            }
            if (a != null) {
                for (int i = 0; i < a.matrix().length; i++) {
                    for (int j = 0; j < a.matrix()[i].length; j++) cells.add(new Object[] {runId, t, i, j, a.matrix()[i][j]});
                }
            }
        }
        template.batchUpdate("INSERT INTO eval_weighting (run_id, position, node_code, child_kind, method, lambda_max, ci, ri, cr) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", tables);
        template.batchUpdate("INSERT INTO eval_weighting_row (run_id, table_position, position, child_code, weight, given, entropy, "
                + "divergence, sd, conflict, information, subjective, objective) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        template.batchUpdate("INSERT INTO eval_weighting_ahp_cell (run_id, table_position, row_no, col_no, cell_value) VALUES (?, ?, ?, ?, ?)", cells);
    }

    /** The run's method tables in order; empty for runs made before they were stored. */
    RunMethods methods(long runId) {
        Map<Integer, List<RunMethods.Row>> rows = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT table_position, child_code, weight, given, entropy, divergence, sd, conflict, information, subjective, objective
                FROM eval_weighting_row WHERE run_id = ? ORDER BY table_position, position""").param(runId).query((ResultSet rs) -> {
            rows.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(new RunMethods.Row(rs.getString(2), d(rs, 3), d(rs, 4), d(rs, 5),
                    d(rs, 6), d(rs, 7), d(rs, 8), d(rs, 9), d(rs, 10), d(rs, 11)));
        });
        Map<Integer, List<double[]>> matrices = new LinkedHashMap<>();
        jdbc.sql("SELECT table_position, row_no, col_no, cell_value FROM eval_weighting_ahp_cell WHERE run_id = ? ORDER BY table_position, row_no, col_no")
                .param(runId).query((ResultSet rs) -> {
                    List<double[]> m = matrices.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>());
                    int row = rs.getInt(2);
                    if (m.size() <= row) m.add(new double[0]);
                    double[] r = m.get(row);
                    r = Arrays.copyOf(r, rs.getInt(3) + 1);
                    r[rs.getInt(3)] = rs.getDouble(4);
                    m.set(row, r);
                });
        List<RunMethods.Table> tables = jdbc.sql("""
                SELECT position, node_code, child_kind, method, lambda_max, ci, ri, cr FROM eval_weighting WHERE run_id = ? ORDER BY position""")
                .param(runId).query((rs, n) -> {
                    int t = rs.getInt(1);
                    List<double[]> m = matrices.get(t);
                    RunMethods.Ahp ahp = m == null ? null : new RunMethods.Ahp(m.toArray(double[][]::new), d(rs, 5), d(rs, 6), d(rs, 7), d(rs, 8));
                    return new RunMethods.Table(rs.getString(2), rs.getString(3), rs.getString(4), rows.getOrDefault(t, List.of()), ahp);
                }).list();
        return new RunMethods(tables);
    }

    /** The run's group ranks and Theil decompositions (plans with group levels; migration V90). */
    void insertGroups(long runId, RunGroups g) {
        if (g.ranks().isEmpty() && g.splits().isEmpty()) return;
        blocks.insert(runId, RunBlocks.GROUP_RANK, RunBlocks.groupRanks(g.ranks()));
        template.batchUpdate("INSERT INTO eval_theil_split (run_id, subject, group_level, total, between_part, within_part) VALUES (?, ?, ?, ?, ?, ?)",
                g.splits().stream().map(t -> new Object[] {runId, t.subject(), t.level().name(), n(t.total()), n(t.between()), n(t.within())}).toList());
        rows.insert("eval_theil_group", List.of("run_id", "subject", "group_level", "group_code", "group_theil", "group_share", "within_term"),
                g.groups().stream().map(t -> new Object[] {runId, t.subject(), t.level().name(), t.group(),
                n(t.theil()), n(t.share()), n(t.withinTerm())}).toList());
    }

    /** The run's group ranks and Theil decompositions; {@link RunGroups#NONE} for a plan without group levels. */
    RunGroups groups(long runId) {
        List<ResultBlocks.Block> stored = blocks.read(runId, RunBlocks.GROUP_RANK).get(RunBlocks.GROUP_RANK);
        List<RunGroups.GroupRank> ranks = !stored.isEmpty() ? RunBlocks.readGroupRanks(stored) : jdbc.sql("""
                SELECT group_level, node_code, unit_code, group_code, rank_no FROM eval_group_rank WHERE run_id = ?
                ORDER BY group_level, node_code, group_code, rank_no, unit_code""").param(runId) // a run stored before V153: its rows
                .query((rs, k) -> new RunGroups.GroupRank(org.tongchou.app.units.UnitLevel.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getString(4), d(rs, 5))).list();
        List<RunGroups.TheilSplit> splits = jdbc.sql("""
                SELECT subject, group_level, total, between_part, within_part FROM eval_theil_split WHERE run_id = ? ORDER BY subject, group_level""")
                .param(runId).query((rs, k) -> new RunGroups.TheilSplit(rs.getString(1), org.tongchou.app.units.UnitLevel.valueOf(rs.getString(2)),
                        d(rs, 3), d(rs, 4), d(rs, 5))).list();
        List<RunGroups.TheilGroup> groups = jdbc.sql("""
                SELECT subject, group_level, group_code, group_theil, group_share, within_term FROM eval_theil_group WHERE run_id = ?
                ORDER BY subject, group_level, group_code""")
                .param(runId).query((rs, k) -> new RunGroups.TheilGroup(rs.getString(1), org.tongchou.app.units.UnitLevel.valueOf(rs.getString(2)),
                        rs.getString(3), d(rs, 4), d(rs, 5), d(rs, 6))).list();
        return ranks.isEmpty() && splits.isEmpty() ? RunGroups.NONE : new RunGroups(ranks, splits, groups);
    }

    void insertRobustness(long runId, RunRobustness r) {
        jdbc.sql("INSERT INTO eval_robustness (run_id, seed, replications, model_runs, variance, computed_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(runId, r.seed(), r.replications(), r.modelRuns(), n(r.variance()), OffsetDateTime.now(clock)).update();
        rows.insert("eval_rank_interval", List.of("run_id", "unit_code", "nominal_rank", "mean_rank", "median_rank", "q05_rank", "q95_rank"),
                r.intervals().stream().map(i -> new Object[] {runId, i.unit(), n(i.nominal()), n(i.mean()),
                n(i.median()), n(i.q5()), n(i.q95())}).toList());
        List<Object[]> sensitivity = new ArrayList<>();
        for (int k = 0; k < r.sensitivity().size(); k++) {
            RunRobustness.Sensitivity s = r.sensitivity().get(k);
            sensitivity.add(new Object[] {runId, k, s.assumption(), String.join("\n", s.alternatives()), n(s.firstOrder()), n(s.total())});
        }
        template.batchUpdate("INSERT INTO eval_sensitivity (run_id, position, assumption, alternatives, first_order, total_order) "
                + "VALUES (?, ?, ?, ?, ?, ?)", sensitivity);
    }

    /** Whether the run's robustness is stored. */
    boolean robustnessStored(long runId) {
        return jdbc.sql("SELECT COUNT(*) FROM eval_robustness WHERE run_id = ?").param(runId).query(Integer.class).single() > 0;
    }

    /** The run's robustness, or empty when it has none. */
    Optional<RunRobustness> robustness(long runId) {
        return jdbc.sql("SELECT seed, replications, model_runs, variance FROM eval_robustness WHERE run_id = ?").param(runId)
                .query((rs, n) -> new RunRobustness(rs.getLong(1), rs.getInt(2), rs.getInt(3), d(rs, 4), intervals(runId), sensitivity(runId)))
                .optional();
    }

    private List<RunRobustness.Interval> intervals(long runId) {
        return jdbc.sql("""
                SELECT i.unit_code, i.nominal_rank, i.mean_rank, i.median_rank, i.q05_rank, i.q95_rank
                FROM eval_rank_interval i LEFT JOIN eval_unit_result u ON u.run_id = i.run_id AND u.unit_code = i.unit_code
                WHERE i.run_id = ? ORDER BY u.rank_no, i.unit_code""").param(runId)
                .query((rs, n) -> new RunRobustness.Interval(rs.getString(1), d(rs, 2), d(rs, 3), d(rs, 4), d(rs, 5), d(rs, 6))).list();
    }

    private List<RunRobustness.Sensitivity> sensitivity(long runId) {
        return jdbc.sql("SELECT assumption, alternatives, first_order, total_order FROM eval_sensitivity WHERE run_id = ? ORDER BY position")
                .param(runId).query((rs, n) -> new RunRobustness.Sensitivity(rs.getString(1), Arrays.asList(rs.getString(2).split("\n")),
                        d(rs, 3), d(rs, 4))).list();
    }

    private static double d(ResultSet rs, int col) throws SQLException {
        double v = rs.getDouble(col);
        return rs.wasNull() ? Double.NaN : v;
    }

    private static Double n(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
    }
}
