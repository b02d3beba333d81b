package org.tongchou.app.entry;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongchou.app.periods.Period;

/** Table {@code reporting_deadline} (V65). */
@Repository
class DeadlineRepository {
    private final JdbcClient jdbc;

    DeadlineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ReportingDeadline> findAll() {
        return jdbc.sql("SELECT period, due, note FROM reporting_deadline")
                .query((rs, n) -> new ReportingDeadline(Period.parse(rs.getString(1)), rs.getDate(2).toLocalDate(), rs.getString(3)))
                .list();
    }

    void upsert(ReportingDeadline d) {
        jdbc.sql("DELETE FROM reporting_deadline WHERE period = ?").param(d.period().code()).update();
        jdbc.sql("INSERT INTO reporting_deadline (period, due, note) VALUES (?, ?, ?)")
                .params(d.period().code(), d.due(), d.note()).update();
    }

    int delete(String period) {
        return jdbc.sql("DELETE FROM reporting_deadline WHERE period = ?").param(period).update();
    }
}
