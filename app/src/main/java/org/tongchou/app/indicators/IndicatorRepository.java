package org.tongchou.app.indicators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongchou.app.periods.PeriodType;
import org.tongchou.engine.data.Direction;

@Repository
class IndicatorRepository {
    private final JdbcClient jdbc;

    IndicatorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Indicator> findAll() {
        return jdbc.sql("SELECT * FROM indicator ORDER BY id").query((rs, n) -> map(rs)).list();
    }

    Map<String, Long> idsByCode() {
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.sql("SELECT id, code FROM indicator ORDER BY id").query(rs -> {
            out.put(rs.getString("code"), rs.getLong("id"));
        });
        return out;
    }

    /** Inserts or updates by code. */
    void upsert(Indicator i) {
        int n = jdbc.sql("""
                UPDATE indicator SET name_zh = :zh, name_en = :en, unit = :unit, direction = :dir, periodicity = :per,
                  min_value = :min, max_value = :max, aggregation = :agg, weight_indicator = :w, formula = :f, description = :d, computed = :c,
                  levels = :lv
                WHERE code = :code""").paramSource(params(i)).update();
        if (n == 0) {
            jdbc.sql("""
                    INSERT INTO indicator (code, name_zh, name_en, unit, direction, periodicity, min_value, max_value, aggregation,
                      weight_indicator, formula, description, computed, levels)
                    VALUES (:code, :zh, :en, :unit, :dir, :per, :min, :max, :agg, :w, :f, :d, :c, :lv)""").paramSource(params(i)).update();
        }
    }

    private static Map<String, Object> params(Indicator i) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("code", i.code());
        p.put("zh", i.nameZh());
        p.put("en", i.nameEn());
        p.put("unit", i.unit());
        p.put("dir", i.direction().sign());
        p.put("per", i.periodicity().name());
        p.put("min", i.min());
        p.put("max", i.max());
        p.put("agg", i.aggregation().name());
        p.put("w", i.weightIndicator());
        p.put("f", i.formula());
        p.put("d", i.description());
        p.put("c", i.computed());
        p.put("lv", i.levels().isEmpty() ? null : String.join(",", i.levels()));
        return p;
    }

    private static Indicator map(ResultSet rs) throws SQLException {
        return new Indicator(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"), rs.getString("unit"),
                Direction.ofSign(rs.getInt("direction")), PeriodType.valueOf(rs.getString("periodicity")),
                (Double) rs.getObject("min_value", Double.class), rs.getObject("max_value", Double.class),
                Aggregation.valueOf(rs.getString("aggregation")), rs.getString("weight_indicator"), rs.getString("formula"),
                rs.getString("description"), rs.getBoolean("computed"), levels(rs.getString("levels")));
    }

    private static java.util.Set<String> levels(String stored) {
        return stored == null || stored.isBlank() ? java.util.Set.of() : java.util.Set.of(stored.split(","));
    }
}
