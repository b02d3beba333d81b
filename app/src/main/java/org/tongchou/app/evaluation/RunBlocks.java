package org.tongchou.app.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tongchou.app.units.UnitLevel;

/**
 * A run's many per-unit rows — node scores, gaps, obstacles, group ranks — as column blocks ({@link ResultBlocks}) in
 * table {@code eval_result_block} (migration V153), and read back as the records {@link RunResult} and
 * {@link RunGroups} hold, in the order the former row tables gave them ({@code ORDER BY} their key): node scores by
 * unit and node; gaps by unit, reference, kind and item; obstacles by unit, kind and item; group ranks by level,
 * node, group, rank and unit. Runs stored before V153 keep their rows in the row tables, which {@link RunRepository}
 * and {@link RunDetailsRepository} read when a run has no blocks.
 */
@Component
class RunBlocks {
    static final String NODE_SCORE = "NODE_SCORE";
    static final String GAP = "GAP";
    static final String OBSTACLE = "OBSTACLE";
    static final String GROUP_RANK = "GROUP_RANK";
    private final JdbcTemplate template;
    /** Rows per block at most ({@link ResultBlocks#MAX_ROWS}; tests make it small to store a few rows in several blocks). */
    volatile int maxRows = ResultBlocks.MAX_ROWS;

    RunBlocks(JdbcTemplate template) {
        this.template = template;
    }

    /** Stores {@code c}'s rows as blocks of part {@code part} of the run; nothing for no rows. */
    void insert(long runId, String part, ResultBlocks.Columns c) {
        int max = maxRows;
        for (int from = 0, position = 0; from < c.rows(); from += max, position++) {
            int to = Math.min(c.rows(), from + max);
            byte[] body = ResultBlocks.encode(c, from, to);
            int p = position;
            int count = to - from;
            template.update("INSERT INTO eval_result_block (run_id, part, position, row_count, body) VALUES (?, ?, ?, ?, ?)", ps -> {
                ps.setLong(1, runId);
                ps.setString(2, part);
                ps.setInt(3, p);
                ps.setInt(4, count);
                ps.setBytes(5, body);
            });
        }
    }

    /** The run's blocks of each of {@code parts}, in order (an empty list for a part it has none of). */
    Map<String, List<ResultBlocks.Block>> read(long runId, String... parts) {
        Map<String, List<ResultBlocks.Block>> out = new LinkedHashMap<>();
        for (String p : parts) out.put(p, new ArrayList<>());
        String marks = String.join(", ", java.util.Collections.nCopies(parts.length, "?"));
        Object[] args = new Object[parts.length + 1];
        args[0] = runId;
        System.arraycopy(parts, 0, args, 1, parts.length);
        String sql = "SELECT part, row_count, body FROM eval_result_block WHERE run_id = ? AND part IN (" + marks + ") ORDER BY part, position";
        template.query(con -> {
            java.sql.PreparedStatement ps = con.prepareStatement(sql);
            // PostgreSQL: the bodies in the binary format (a first execution would otherwise bring them as hex text, twice the
            // bytes, decoded in the driver)
            if (ps.isWrapperFor(org.postgresql.PGStatement.class)) ps.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(-1);
            for (int k = 0; k < args.length; k++) ps.setObject(k + 1, args[k]);
            return ps;
        }, (java.sql.ResultSet rs) -> {
            ResultBlocks.Block b = ResultBlocks.decode(rs.getBytes(3));
            if (b.rows() != rs.getInt(2)) {
                throw new IllegalStateException("run " + runId + ", " + rs.getString(1) + ": a block of " + b.rows() + " rows recorded as "
                        + rs.getInt(2));
            }
            out.get(rs.getString(1)).add(b);
        });
        return out;
    }

    // --- the records as columns, and back ---

    static ResultBlocks.Columns scores(List<RunResult.NodeScore> rows) {
        int n = rows.size();
        String[] unit = new String[n];
        String[] node = new String[n];
        double[] raw = new double[n];
        double[] score = new double[n];
        double[] rank = new double[n];
        for (int i = 0; i < n; i++) {
            RunResult.NodeScore s = rows.get(i);
            unit[i] = s.unit();
            node[i] = s.node();
            raw[i] = s.raw();
            score[i] = s.score();
            rank[i] = s.rank();
        }
        return new ResultBlocks.Columns(n, new String[][] {unit, node}, new double[][] {raw, score, rank});
    }

    static List<RunResult.NodeScore> readScores(List<ResultBlocks.Block> blocks) {
        Joined j = join(blocks, 2, 3);
        int[] perm = order(j, new int[] {0, 1}, new int[] {});
        List<RunResult.NodeScore> out = new ArrayList<>(j.rows);
        for (int i : perm) out.add(new RunResult.NodeScore(j.texts[0][i], j.texts[1][i], j.numbers[0][i], j.numbers[1][i], j.numbers[2][i]));
        return out;
    }

    static ResultBlocks.Columns gaps(List<RunResult.GapItem> rows) {
        int n = rows.size();
        String[][] t = new String[4][n];
        double[][] x = new double[4][n];
        for (int i = 0; i < n; i++) {
            RunResult.GapItem g = rows.get(i);
            t[0][i] = g.unit();
            t[1][i] = g.reference().name();
            t[2][i] = g.kind().name();
            t[3][i] = g.code();
            x[0][i] = g.contribution();
            x[1][i] = g.unitValue();
            x[2][i] = g.referenceValue();
            x[3][i] = g.closeAlone();
        }
        return new ResultBlocks.Columns(n, t, x);
    }

    static List<RunResult.GapItem> readGaps(List<ResultBlocks.Block> blocks) {
        Joined j = join(blocks, 4, 4);
        int[] perm = order(j, new int[] {0, 1, 2, 3}, new int[] {});
        List<RunResult.GapItem> out = new ArrayList<>(j.rows);
        for (int i : perm) {
            out.add(new RunResult.GapItem(j.texts[0][i], RunResult.Reference.valueOf(j.texts[1][i]), RunResult.ItemKind.valueOf(j.texts[2][i]),
                    j.texts[3][i], j.numbers[0][i], j.numbers[1][i], j.numbers[2][i], j.numbers[3][i]));
        }
        return out;
    }

    static ResultBlocks.Columns obstacles(List<RunResult.ObstacleItem> rows) {
        int n = rows.size();
        String[][] t = new String[3][n];
        double[] degree = new double[n];
        for (int i = 0; i < n; i++) {
            RunResult.ObstacleItem o = rows.get(i);
            t[0][i] = o.unit();
            t[1][i] = o.kind().name();
            t[2][i] = o.code();
            degree[i] = o.degree();
        }
        return new ResultBlocks.Columns(n, t, new double[][] {degree});
    }

    static List<RunResult.ObstacleItem> readObstacles(List<ResultBlocks.Block> blocks) {
        Joined j = join(blocks, 3, 1);
        int[] perm = order(j, new int[] {0, 1, 2}, new int[] {});
        List<RunResult.ObstacleItem> out = new ArrayList<>(j.rows);
        for (int i : perm) {
            out.add(new RunResult.ObstacleItem(j.texts[0][i], RunResult.ItemKind.valueOf(j.texts[1][i]), j.texts[2][i], j.numbers[0][i]));
        }
        return out;
    }

    /** Group ranks; an infinite rank is stored missing, as the row table stored it. */
    static ResultBlocks.Columns groupRanks(List<RunGroups.GroupRank> rows) {
        int n = rows.size();
        String[][] t = new String[4][n];
        double[] rank = new double[n];
        for (int i = 0; i < n; i++) {
            RunGroups.GroupRank r = rows.get(i);
            t[0][i] = r.level().name();
            t[1][i] = r.node();
            t[2][i] = r.unit();
            t[3][i] = r.group();
            rank[i] = Double.isInfinite(r.rank()) ? Double.NaN : r.rank();
        }
        return new ResultBlocks.Columns(n, t, new double[][] {rank});
    }

    static List<RunGroups.GroupRank> readGroupRanks(List<ResultBlocks.Block> blocks) {
        Joined j = join(blocks, 4, 1);
        // level, node, group, rank, unit
        int[] perm = order(j, new int[] {0, 1, 3, -1, 2}, new int[] {0});
        List<RunGroups.GroupRank> out = new ArrayList<>(j.rows);
        for (int i : perm) {
            out.add(new RunGroups.GroupRank(UnitLevel.valueOf(j.texts[0][i]), j.texts[1][i], j.texts[2][i], j.texts[3][i], j.numbers[0][i]));
        }
        return out;
    }

    /** All blocks of a part as one set of columns. */
    private record Joined(int rows, String[][] texts, double[][] numbers) {
    }

    private static Joined join(List<ResultBlocks.Block> blocks, int texts, int numbers) {
        int n = 0;
        for (ResultBlocks.Block b : blocks) {
            if (b.dictionaries().length != texts || b.numbers().length != numbers) {
                throw new IllegalStateException("result block of " + b.dictionaries().length + " text and " + b.numbers().length
                        + " number columns where " + texts + " and " + numbers + " were expected");
            }
            n += b.rows();
        }
        String[][] t = new String[texts][n];
        double[][] x = new double[numbers][n];
        int at = 0;
        for (ResultBlocks.Block b : blocks) {
            for (int c = 0; c < texts; c++) System.arraycopy(b.texts(c), 0, t[c], at, b.rows());
            for (int c = 0; c < numbers; c++) System.arraycopy(b.numbers()[c], 0, x[c], at, b.rows());
            at += b.rows();
        }
        return new Joined(n, t, x);
    }

    /**
     * The rows' read order: by the text columns {@code textKeys} in turn, where an entry -1 stands for the next of the
     * number columns {@code numberKeys}.
     */
    private static int[] order(Joined j, int[] textKeys, int[] numberKeys) {
        int[][] keys = new int[textKeys.length][];
        int[] bounds = new int[textKeys.length];
        int nextNumber = 0;
        for (int k = 0; k < textKeys.length; k++) {
            int[] bound = new int[1];
            keys[k] = textKeys[k] >= 0 ? ResultBlocks.textRanks(j.texts[textKeys[k]], bound)
                    : ResultBlocks.numberRanks(j.numbers[numberKeys[nextNumber++]], bound);
            bounds[k] = bound[0];
        }
        return ResultBlocks.order(j.rows, keys, bounds);
    }
}
