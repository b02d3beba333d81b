package org.tongchou.app.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.tongchou.app.periods.Period;

/** Runs and their results. Results are written once, in batches, and never updated (only the publish flag). */
@Repository
class RunRepository {
    private static final String RUN_COLUMNS = """
            r.id, p.code, r.period, r.data_version, r.value_count, r.unit_count, r.leader_code, r.benchmark_code,
            r.notes, r.created_by, r.created_at, r.published, r.published_by, r.published_at, r.synthetic""";
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ResultRows rows;
    private final RunBlocks blocks;

    private final Clock clock;

    RunRepository(JdbcClient jdbc, JdbcTemplate template, ResultRows rows, RunBlocks blocks, Clock clock) {
        this.rows = rows;
        this.blocks = blocks;
        this.clock = clock;
        this.jdbc = jdbc;
        this.template = template;
    }

    long insert(long planId, Period period, String dataVersion, int valueCount, String settings, String user, boolean synthetic, RunResult r) {
        GeneratedKeyHolder kh = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO eval_run (plan_id, period, data_version, value_count, unit_count, benchmark_code, leader_code,
                    settings, notes, created_by, created_at, synthetic, published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)""")
                .params(planId, period.code(), dataVersion, valueCount, r.units().size(), r.benchmarkCode(), r.leaderCode(),
                        settings, String.join("\n", r.notes()), user, OffsetDateTime.now(clock), synthetic)
                .update(kh, "id");
        long id = kh.getKey().longValue();
        template.batchUpdate("INSERT INTO eval_run_weight (run_id, node_code, position, parent_code, node_kind, weight, effective) VALUES (?, ?, ?, ?, ?, ?, ?)",
                r.weights(), 500, (ps, w) -> {
                    ps.setLong(1, id);
                    ps.setString(2, w.code());
                    ps.setInt(3, r.weights().indexOf(w));
                    ps.setString(4, w.parent());
                    ps.setString(5, w.kind().name());
                    ps.setDouble(6, w.weight());
                    ps.setDouble(7, w.effective());
                });
        rows.insert("eval_unit_result", List.of("run_id", "unit_code", "unit_name", "score", "rank_no", "previous_rank", "gap_leader",
                "gap_benchmark", "u_urban", "u_rural", "coupling", "development", "coordination", "coord_class", "dev_type"), r.units().stream()
                .map(u -> new Object[] {id, u.code(), u.name(), n(u.score()), n(u.rank()), n(u.previousRank()), n(u.gapLeader()), n(u.gapBenchmark()),
                        n(u.uUrban()), n(u.uRural()), n(u.coupling()), n(u.development()), n(u.coordination()),
                        u.coordClass() < 0 ? null : u.coordClass(), u.devType()}).toList());
        // node scores, gaps and obstacles: millions of rows for a nation, stored as column blocks (RunBlocks)
        blocks.insert(id, RunBlocks.NODE_SCORE, RunBlocks.scores(r.scores()));
        blocks.insert(id, RunBlocks.GAP, RunBlocks.gaps(r.gaps()));
        blocks.insert(id, RunBlocks.OBSTACLE, RunBlocks.obstacles(r.obstacles()));
        template.batchUpdate("INSERT INTO eval_disparity (run_id, subject, cv, gini, theil) VALUES (?, ?, ?, ?, ?)",
                r.disparities(), 500, (ps, d) -> {
                    ps.setLong(1, id);
                    ps.setString(2, d.subject());
                    ps.setObject(3, n(d.cv()));
                    ps.setObject(4, n(d.gini()));
                    ps.setObject(5, n(d.theil()));
                });
        return id;
    }

    boolean publish(long runId, String user) {
        return jdbc.sql("UPDATE eval_run SET published = TRUE, published_by = ?, published_at = ? WHERE id = ? AND published = FALSE")
                .params(user, OffsetDateTime.now(clock), runId).update() == 1;
    }

    Optional<RunInfo> find(long runId) {
        return jdbc.sql("SELECT " + RUN_COLUMNS + " FROM eval_run r JOIN eval_plan p ON p.id = r.plan_id WHERE r.id = ?")
                .param(runId).query(RunRepository::info).optional();
    }

    /** The plan settings a run was made with, as text ({@code EvaluationService.settings}). */
    Optional<String> settings(long runId) {
        return jdbc.sql("SELECT settings FROM eval_run WHERE id = ?").param(runId).query(String.class).optional();
    }

    /** Runs of a plan, newest first within each period, periods newest first. */
    List<RunInfo> runsOf(String planCode, boolean publishedOnly) {
        return jdbc.sql("SELECT " + RUN_COLUMNS + " FROM eval_run r JOIN eval_plan p ON p.id = r.plan_id WHERE p.code = ?"
                        + (publishedOnly ? " AND r.published = TRUE" : "") + " ORDER BY r.period DESC, r.id DESC")
                .param(planCode).query(RunRepository::info).list();
    }

    RunResult load(RunInfo info) {
        long id = info.id();
        List<RunResult.NodeWeight> weights = jdbc.sql(
                        "SELECT node_code, parent_code, node_kind, weight, effective FROM eval_run_weight WHERE run_id = ? ORDER BY position")
                .param(id).query((rs, n) -> new RunResult.NodeWeight(rs.getString(1), rs.getString(2),
                        RunResult.NodeKind.valueOf(rs.getString(3)), rs.getDouble(4), rs.getDouble(5))).list();
        List<RunResult.UnitResult> units = jdbc.sql("""
                        SELECT unit_code, unit_name, score, rank_no, previous_rank, gap_leader, gap_benchmark, u_urban, u_rural,
                               coupling, development, coordination, coord_class, dev_type
                        FROM eval_unit_result WHERE run_id = ? ORDER BY rank_no, unit_code""")
                .param(id).query((rs, n) -> new RunResult.UnitResult(rs.getString(1), rs.getString(2), d(rs, 3), d(rs, 4), d(rs, 5),
                        d(rs, 6), d(rs, 7), d(rs, 8), d(rs, 9), d(rs, 10), d(rs, 11), d(rs, 12),
                        rs.getObject(13) == null ? -1 : rs.getInt(13), rs.getString(14))).list();
        List<RunResult.NodeScore> scores;
        List<RunResult.GapItem> gaps;
        List<RunResult.ObstacleItem> obstacles;
        var stored = blocks.read(id, RunBlocks.NODE_SCORE, RunBlocks.GAP, RunBlocks.OBSTACLE);
        if (stored.values().stream().anyMatch(b -> !b.isEmpty())) {
            scores = RunBlocks.readScores(stored.get(RunBlocks.NODE_SCORE));
            gaps = RunBlocks.readGaps(stored.get(RunBlocks.GAP));
            obstacles = RunBlocks.readObstacles(stored.get(RunBlocks.OBSTACLE));
        } else { // a run stored before V153: its rows
            scores = jdbc.sql(
                            "SELECT unit_code, node_code, raw_value, score, rank_no FROM eval_node_score WHERE run_id = ? ORDER BY unit_code, node_code")
                    .param(id).query((rs, n) -> new RunResult.NodeScore(rs.getString(1), rs.getString(2), d(rs, 3), d(rs, 4), d(rs, 5))).list();
            gaps = jdbc.sql("""
                            SELECT unit_code, reference, item_kind, item_code, contribution, unit_value, ref_value, close_alone
                            FROM eval_gap WHERE run_id = ? ORDER BY unit_code, reference, item_kind, item_code""")
                    .param(id).query((rs, n) -> new RunResult.GapItem(rs.getString(1), RunResult.Reference.valueOf(rs.getString(2)),
                            RunResult.ItemKind.valueOf(rs.getString(3)), rs.getString(4), d(rs, 5), d(rs, 6), d(rs, 7), d(rs, 8))).list();
            obstacles = jdbc.sql(
                            "SELECT unit_code, item_kind, item_code, degree FROM eval_obstacle WHERE run_id = ? ORDER BY unit_code, item_kind, item_code")
                    .param(id).query((rs, n) -> new RunResult.ObstacleItem(rs.getString(1), RunResult.ItemKind.valueOf(rs.getString(2)),
                            rs.getString(3), d(rs, 4))).list();
        }
        List<RunResult.DisparityRow> disparities = jdbc.sql("SELECT subject, cv, gini, theil FROM eval_disparity WHERE run_id = ? ORDER BY subject")
                .param(id).query((rs, n) -> new RunResult.DisparityRow(rs.getString(1), d(rs, 2), d(rs, 3), d(rs, 4))).list();
        return new RunResult(info.leaderCode(), info.benchmarkCode(), weights, units, scores, gaps, obstacles, disparities, info.notes());
    }

    private static RunInfo info(ResultSet rs, int n) throws SQLException {
        String notes = rs.getString(9);
        return new RunInfo(rs.getLong(1), rs.getString(2), Period.parse(rs.getString(3)), rs.getString(4), rs.getInt(5), rs.getInt(6),
                rs.getString(7), rs.getString(8), notes == null || notes.isEmpty() ? List.of() : Arrays.asList(notes.split("\n")),
                rs.getString(10), rs.getObject(11, OffsetDateTime.class), rs.getBoolean(12), rs.getString(13),
                rs.getObject(14, OffsetDateTime.class), rs.getBoolean(15));
    }

    private static double d(ResultSet rs, int col) throws SQLException {
        double v = rs.getDouble(col);
        return rs.wasNull() ? Double.NaN : v;
    }

    private static Double n(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
