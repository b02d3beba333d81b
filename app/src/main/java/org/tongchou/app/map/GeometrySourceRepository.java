package org.tongchou.app.map;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which stored unit geometries are schematic (table {@code map_geometry_source}, V65). */
@Repository
class GeometrySourceRepository {
    private final JdbcClient jdbc;

    private final Clock clock;

    GeometrySourceRepository(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    void record(long unitId, boolean schematic, String source) {
        jdbc.sql("DELETE FROM map_geometry_source WHERE unit_id = ?").param(unitId).update();
        jdbc.sql("INSERT INTO map_geometry_source (unit_id, schematic, source, stored_at) VALUES (?, ?, ?, ?)")
                .params(unitId, schematic, source, OffsetDateTime.now(clock)).update();
    }

    Map<Long, Boolean> schematicByUnit() {
        Map<Long, Boolean> out = new HashMap<>();
        jdbc.sql("SELECT unit_id, schematic FROM map_geometry_source")
                .query(rs -> {
                    out.put(rs.getLong(1), rs.getBoolean(2));
                });
        return out;
    }
}
