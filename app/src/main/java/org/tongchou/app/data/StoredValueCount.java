package org.tongchou.app.data;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongchou.app.indicators.StoredValueCounter;

/** The data feature's answer to "does this indicator have stored values?" (see {@link StoredValueCounter}). */
@Component
class StoredValueCount implements StoredValueCounter {
    private final JdbcClient jdbc;

    StoredValueCount(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Long> storedValues(Collection<String> indicatorCodes) {
        Map<String, Long> out = new HashMap<>();
        if (indicatorCodes.isEmpty()) return out;
        jdbc.sql("""
                SELECT i.code, COUNT(*) FROM data_value v JOIN indicator i ON i.id = v.indicator_id
                WHERE i.code IN (:codes) GROUP BY i.code""")
                .param("codes", indicatorCodes)
                .query((rs, n) -> out.put(rs.getString(1), rs.getLong(2)))
                .list();
        return out;
    }
}
