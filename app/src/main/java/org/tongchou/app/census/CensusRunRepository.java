package org.tongchou.app.census;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the census stores beside each of its evaluation runs (migration V147). */
@Repository
class CensusRunRepository {
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    CensusRunRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Which ranking a run is. */
    enum Ranking { AS_REPORTED_2020, CHANGE_2010_2020 }

    /** A step's count of counties ({@code year} null for today's counties). */
    record Count(String step, Integer year, int counties) {
    }

    /** The figures of a unit a run evaluated (NaN where it has none). */
    record UnitFigures(String code, String province, double resident, double urban, double rate2010, double rate2020, double change,
                       String note) {
    }

    /** A census county or today's county set aside with its figures and the reason. */
    record SetAside(int year, String code, String name, double resident, double urban, String reason) {
    }

    /** A Theil decomposition between and within provinces that the run itself does not hold. */
    record Theil(String subject, double total, double between, double within) {
    }

    /** One run's census record. */
    record Stored(long runId, Ranking ranking, String censusFile, String crosswalk) {
    }

    void insert(long runId, Ranking ranking, String censusFile, String crosswalk, List<Count> counts, List<UnitFigures> units,
                List<SetAside> aside, List<Theil> theil) {
        jdbc.sql("INSERT INTO census_run (run_id, ranking, census_file, crosswalk) VALUES (?, ?, ?, ?)")
                .params(runId, ranking.name(), cut(censusFile, 500), cut(crosswalk, 500)).update();
        template.batchUpdate("INSERT INTO census_run_count (run_id, position, step, census_year, counties) VALUES (?, ?, ?, ?, ?)",
                counts, 500, (ps, c) -> {
                    ps.setLong(1, runId);
                    ps.setInt(2, counts.indexOf(c));
                    ps.setString(3, c.step());
                    ps.setObject(4, c.year());
                    ps.setInt(5, c.counties());
                });
        template.batchUpdate("""
                        INSERT INTO census_run_unit (run_id, unit_code, province_code, resident, urban, rate_2010, rate_2020, change_points, note)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                units, 1000, (ps, u) -> {
                    ps.setLong(1, runId);
                    ps.setString(2, u.code());
                    ps.setString(3, u.province());
                    ps.setObject(4, n(u.resident()));
                    ps.setObject(5, n(u.urban()));
                    ps.setObject(6, n(u.rate2010()));
                    ps.setObject(7, n(u.rate2020()));
                    ps.setObject(8, n(u.change()));
                    ps.setString(9, cut(u.note(), 2000));
                });
        int[] pos = {0};
        template.batchUpdate("""
                        INSERT INTO census_run_set_aside (run_id, position, census_year, code, name, resident, urban, reason)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                aside, 500, (ps, s) -> {
                    ps.setLong(1, runId);
                    ps.setInt(2, pos[0]++);
                    ps.setInt(3, s.year());
                    ps.setString(4, s.code());
                    ps.setString(5, cut(s.name(), 200));
                    ps.setObject(6, n(s.resident()));
                    ps.setObject(7, n(s.urban()));
                    ps.setString(8, cut(s.reason(), 4000));
                });
        for (Theil t : theil) {
            jdbc.sql("INSERT INTO census_run_theil (run_id, subject, total, between_part, within_part) VALUES (?, ?, ?, ?, ?)")
                    .params(runId, t.subject(), n(t.total()), n(t.between()), n(t.within())).update();
        }
    }

    /** The census record of a run, if the run is one of the census's. */
    Optional<Stored> find(long runId) {
        return jdbc.sql("SELECT run_id, ranking, census_file, crosswalk FROM census_run WHERE run_id = ?").param(runId)
                .query((rs, i) -> new Stored(rs.getLong(1), Ranking.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4))).optional();
    }

    List<Count> counts(long runId) {
        return jdbc.sql("SELECT step, census_year, counties FROM census_run_count WHERE run_id = ? ORDER BY position").param(runId)
                .query((rs, i) -> new Count(rs.getString(1), (Integer) rs.getObject(2, Integer.class), rs.getInt(3))).list();
    }

    List<UnitFigures> units(long runId) {
        return jdbc.sql("""
                        SELECT unit_code, province_code, resident, urban, rate_2010, rate_2020, change_points, note
                        FROM census_run_unit WHERE run_id = ?""").param(runId)
                .query((rs, i) -> new UnitFigures(rs.getString(1), rs.getString(2), d(rs, 3), d(rs, 4), d(rs, 5), d(rs, 6), d(rs, 7),
                        rs.getString(8) == null ? "" : rs.getString(8))).list();
    }

    List<SetAside> setAside(long runId) {
        return jdbc.sql("SELECT census_year, code, name, resident, urban, reason FROM census_run_set_aside WHERE run_id = ? ORDER BY position")
                .param(runId).query((rs, i) -> new SetAside(rs.getInt(1), rs.getString(2), rs.getString(3), d(rs, 4), d(rs, 5), rs.getString(6)))
                .list();
    }

    List<Theil> theil(long runId) {
        return jdbc.sql("SELECT subject, total, between_part, within_part FROM census_run_theil WHERE run_id = ? ORDER BY subject").param(runId)
                .query((rs, i) -> new Theil(rs.getString(1), d(rs, 2), d(rs, 3), d(rs, 4))).list();
    }

    private static double d(java.sql.ResultSet rs, int col) throws java.sql.SQLException {
        double v = rs.getDouble(col);
        return rs.wasNull() ? Double.NaN : v;
    }

    private static Double n(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static String cut(String s, int max) {
        if (s == null) return null;
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
