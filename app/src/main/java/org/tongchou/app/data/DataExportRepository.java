package org.tongchou.app.data;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Streams stored values with their unit's code and name, for export. */
@Repository
class DataExportRepository {
    private final JdbcClient jdbc;

    DataExportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(String unitCode, String unitName, String indicator, String period, double value, String status, String source, String note) {
    }

    /** Ordered by unit code, period, indicator code (so a wide export can pivot while streaming). */
    void stream(Collection<Long> indicatorIds, Collection<String> periods, String codePrefix, Consumer<Row> sink) {
        StringBuilder sql = new StringBuilder("SELECT u.code, u.name, i.code, v.period, v.num_value, v.status, v.source, v.note FROM data_value v"
                + " JOIN admin_unit u ON u.id = v.unit_id JOIN indicator i ON i.id = v.indicator_id WHERE 1 = 1");
        Map<String, Object> p = new HashMap<>();
        if (!indicatorIds.isEmpty()) {
            sql.append(" AND v.indicator_id IN (:ind)");
            p.put("ind", indicatorIds);
        }
        if (!periods.isEmpty()) {
            sql.append(" AND v.period IN (:per)");
            p.put("per", periods);
        }
        if (codePrefix != null) {
            sql.append(" AND u.code LIKE :prefix");
            p.put("prefix", codePrefix + "%");
        }
        sql.append(" ORDER BY u.code, v.period, i.code");
        jdbc.sql(sql.toString()).params(p).query(rs -> {
            sink.accept(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5), rs.getString(6),
                    rs.getString(7), rs.getString(8)));
        });
    }
}
