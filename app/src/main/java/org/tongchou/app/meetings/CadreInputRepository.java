package org.tongchou.app.meetings;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code cadre_run_input} (V32): which commitments and targets fed a run's cadre indicators. */
@Repository
class CadreInputRepository {
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    CadreInputRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void insert(long runId, List<CadreInput> rows) {
        template.batchUpdate("INSERT INTO cadre_run_input (run_id, town_code, indicator, item_kind, item_ref, outcome, detail) VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows, 500, (ps, r) -> {
                    ps.setLong(1, runId);
                    ps.setString(2, r.townCode());
                    ps.setString(3, r.indicator());
                    ps.setString(4, r.itemKind().name());
                    ps.setString(5, r.itemRef());
                    ps.setString(6, r.outcome().name());
                    ps.setString(7, r.detail() == null || r.detail().length() <= 500 ? r.detail() : r.detail().substring(0, 500));
                });
    }

    List<CadreInput> ofRun(long runId, String townCode) {
        return jdbc.sql("SELECT * FROM cadre_run_input WHERE run_id = ? AND (? IS NULL OR town_code = ?) ORDER BY town_code, indicator, id")
                .params(runId, townCode, townCode)
                .query((rs, n) -> new CadreInput(rs.getString("town_code"), rs.getString("indicator"), CadreInput.ItemKind.valueOf(rs.getString("item_kind")),
                        rs.getString("item_ref"), CadreInput.Outcome.valueOf(rs.getString("outcome")), rs.getString("detail"))).list();
    }
}
