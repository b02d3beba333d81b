package org.tongchou.app.sparkruns;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables the Spark job writes ({@code spark_*}, V135): read only. The job appends a run's rows and its
 * {@code spark_run} row last, so a listed run is complete.
 */
@Repository
class SparkRunRepository {
    private final JdbcClient jdbc;

    SparkRunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A run's provenance ({@code spark_run}). */
    record SparkRun(String runId, String plan, String planSha256, String source, String areaColumn, String master, String sparkVersion,
                    String engineVersion, long periods, long areas, long units, long refused, OffsetDateTime startedAt,
                    OffsetDateTime finishedAt) {
        /** Seconds from start to end. */
        public long seconds() {
            return java.time.Duration.between(startedAt, finishedAt).toSeconds();
        }
    }

    /** A unit's overall score in its area and its national rank (its rank in the area for a national run). */
    record UnitFigure(String unit, String area, double score, double rank, Double nationalRank) {
        public double shownRank() {
            return nationalRank == null ? rank : nationalRank;
        }
    }

    /** A subject's disparity across the nation: CV, Gini and Theil (grouping null), or its Theil split by a grouping. */
    record NationalDisparity(String node, String grouping, Double cv, Double gini, Double theil, Double between, Double within) {
    }

    private static final String RUN_COLUMNS = "run_id, plan, plan_sha256, source, area_column, master, spark_version, engine_version,"
            + " periods, areas, units, refused, started_at, finished_at";

    List<SparkRun> runs(int limit) {
        return jdbc.sql("SELECT " + RUN_COLUMNS + " FROM spark_run ORDER BY finished_at DESC, run_id LIMIT :n").param("n", limit)
                .query(SparkRun.class).list();
    }

    Optional<SparkRun> run(String runId) {
        return jdbc.sql("SELECT " + RUN_COLUMNS + " FROM spark_run WHERE run_id = :r").param("r", runId).query(SparkRun.class).optional();
    }

    /**
     * The periods of a run's index scores, latest first: one probe of {@code spark_score_run} per period (the
     * next period after the last), never a scan of the run's rows.
     */
    static final String PERIODS_SQL = """
            WITH RECURSIVE p (period) AS (
                SELECT MIN(period) FROM spark_score WHERE run_id = :r AND node = :n
                UNION ALL
                SELECT (SELECT MIN(s.period) FROM spark_score s WHERE s.run_id = :r AND s.node = :n AND s.period > p.period)
                  FROM p WHERE p.period IS NOT NULL)
            SELECT period FROM p WHERE period IS NOT NULL ORDER BY period DESC""";

    List<String> periods(String runId, String index) {
        return jdbc.sql(PERIODS_SQL)
                .param("r", runId).param("n", index).query(String.class).list();
    }

    /**
     * The index's code in a run (the plan's root): any of its weight rows of kind INDEX (every evaluation writes
     * one, all of the same root), found by {@code spark_weight_run} at the start of the run's rows.
     */
    Optional<String> index(String runId) {
        return jdbc.sql("SELECT node FROM spark_weight WHERE run_id = :r AND node_kind = 'INDEX' LIMIT 1").param("r", runId)
                .query(String.class).optional();
    }

    /**
     * Where a page of units starts: after this unit, in rank order. {@code shownRank} is the national rank (the
     * rank in the area for a national run, whose national rank is null), {@code rank} the rank in the area.
     */
    record After(double shownRank, double rank, String unit) {
    }

    /**
     * Up to {@code limit} units of a period by national rank (then rank in the area, then code), after
     * {@code after} (null: from the first). Read in the order of {@code spark_score_run} (run, node, period,
     * national rank, rank, unit): a keyset page, as fast on the last page as on the first (EXPLAIN:
     * SparkRunRepositoryTest).
     *
     * @param national whether the run evaluated the nation in one piece (its national ranks are null)
     */
    List<UnitFigure> page(String runId, String period, String index, boolean national, After after, int limit) {
        var q = jdbc.sql(pageSql(national, after != null)).param("r", runId).param("n", index).param("p", period).param("lim", limit);
        if (after != null) {
            q = q.param("k", after.rank()).param("u", after.unit());
            if (!national) q = q.param("nk", after.shownRank());
        }
        return q.query(UnitFigure.class).list();
    }

    /** How many units of the period come before {@code after}'s, itself included (the position of a page). */
    long before(String runId, String period, String index, boolean national, After after) {
        var q = jdbc.sql(beforeSql(national)).param("r", runId).param("n", index).param("p", period).param("k", after.rank())
                .param("u", after.unit());
        if (!national) q = q.param("nk", after.shownRank());
        return q.query(Long.class).single();
    }

    /** The page query: its order is the index's (a national run's national ranks are all null, an area run's none). */
    static String pageSql(boolean national, boolean after) {
        String where = national ? " AND national_rank IS NULL" + (after ? " AND (rank, unit) > (:k, :u)" : "")
                : after ? " AND (national_rank, rank, unit) > (:nk, :k, :u)" : "";
        return "SELECT unit, area, score, rank, national_rank FROM spark_score WHERE run_id = :r AND node = :n AND period = :p" + where
                + " ORDER BY national_rank, rank, unit LIMIT :lim";
    }

    static String beforeSql(boolean national) {
        return "SELECT COUNT(*) FROM spark_score WHERE run_id = :r AND node = :n AND period = :p"
                + (national ? " AND national_rank IS NULL AND (rank, unit) <= (:k, :u)" : " AND (national_rank, rank, unit) <= (:nk, :k, :u)");
    }

    long unitCount(String runId, String period, String index) {
        return jdbc.sql("SELECT COUNT(*) FROM spark_score WHERE run_id = :r AND node = :n AND period = :p")
                .param("r", runId).param("n", index).param("p", period).query(Long.class).single();
    }

    /**
     * The nation's disparity of a period: the rows of area {@code nation} (a national run's own measures and
     * Theil decompositions, or an area-by-area run's Theil split between and within the areas).
     */
    List<NationalDisparity> nationalDisparity(String runId, String period) {
        return jdbc.sql("""
                        SELECT node, grouping, cv, gini, theil, theil_between AS between_part, theil_within AS within_part FROM spark_disparity
                         WHERE run_id = :r AND period = :p AND area = 'nation' ORDER BY node, grouping NULLS FIRST""")
                .param("r", runId).param("p", period)
                .query((rs, i) -> new NationalDisparity(rs.getString(1), rs.getString(2), number(rs, 3), number(rs, 4), number(rs, 5),
                        number(rs, 6), number(rs, 7))).list();
    }

    /** The engine's refusals of a run's evaluations (a missing indicator, missing values, ...). */
    List<String> refusals(String runId, int limit) {
        return jdbc.sql("SELECT period || ' ' || area || ': ' || message FROM spark_note WHERE run_id = :r AND node_kind = 'REFUSED'"
                        + " ORDER BY period, area LIMIT :k")
                .param("r", runId).param("k", limit).query(String.class).list();
    }

    private static Double number(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}
