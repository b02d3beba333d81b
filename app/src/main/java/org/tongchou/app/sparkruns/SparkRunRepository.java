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

    /** The periods of a run's index scores, latest first. */
    List<String> periods(String runId) {
        return jdbc.sql("SELECT DISTINCT period FROM spark_score WHERE run_id = :r AND node_kind = 'INDEX' ORDER BY period DESC")
                .param("r", runId).query(String.class).list();
    }

    /** The index's code in a run (the plan's root). */
    Optional<String> index(String runId) {
        return jdbc.sql("SELECT MIN(node) FROM spark_score WHERE run_id = :r AND node_kind = 'INDEX'").param("r", runId)
                .query(String.class).optional();
    }

    /** The first {@code limit} units of a period by national rank (then code). */
    List<UnitFigure> top(String runId, String period, String index, int limit) {
        return jdbc.sql("""
                        SELECT unit, area, score, rank, national_rank FROM spark_score
                         WHERE run_id = :r AND node = :n AND period = :p
                         ORDER BY COALESCE(national_rank, rank), unit LIMIT :k""")
                .param("r", runId).param("n", index).param("p", period).param("k", limit).query(UnitFigure.class).list();
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
