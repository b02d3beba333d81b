package org.tongchou.app.evaluation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.tongchou.app.units.UnitLevel;

/** Plans with their indicator selection and AHP matrices. */
@Repository
class PlanRepository {
    private final JdbcClient jdbc;

    private final Clock clock;

    PlanRepository(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    List<EvaluationPlan> findAll() {
        List<Long> ids = jdbc.sql("SELECT id FROM eval_plan ORDER BY code").query(Long.class).list();
        return ids.stream().map(this::load).flatMap(Optional::stream).toList();
    }

    boolean any() {
        return jdbc.sql("SELECT COUNT(*) FROM eval_plan").query(Long.class).single() > 0;
    }

    Optional<EvaluationPlan> findByCode(String code) {
        return jdbc.sql("SELECT id FROM eval_plan WHERE code = ?").param(code).query(Long.class).optional().flatMap(this::load);
    }

    /** The area of the plan with this code (a 12-digit code or {@code ScopeService.COUNTRY}), without loading the plan. */
    Optional<String> areaOf(String code) {
        return jdbc.sql("SELECT area_code FROM eval_plan WHERE code = ?").param(code).query(String.class).optional();
    }

    Optional<EvaluationPlan> findById(long id) {
        return load(id);
    }

    private Optional<EvaluationPlan> load(long id) {
        List<String> indicators = jdbc.sql("SELECT indicator FROM eval_plan_indicator WHERE plan_id = ? ORDER BY indicator")
                .param(id).query(String.class).list();
        Map<String, List<double[]>> cells = new LinkedHashMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        jdbc.sql("SELECT node_code, row_no, col_no, cell_value FROM eval_plan_ahp_cell WHERE plan_id = ? ORDER BY node_code, row_no, col_no")
                .param(id).query((rs, n) -> {
                    String node = rs.getString(1);
                    cells.computeIfAbsent(node, k -> new ArrayList<>()).add(new double[] {rs.getInt(2), rs.getInt(3), rs.getDouble(4)});
                    sizes.merge(node, rs.getInt(2) + 1, Math::max);
                    return null;
                }).list();
        Map<String, PairwiseMatrix> matrices = new HashMap<>();
        cells.forEach((node, list) -> {
            int n = sizes.get(node);
            double[][] a = new double[n][n];
            for (double[] c : list) a[(int) c[0]][(int) c[1]] = c[2];
            matrices.put(node, new PairwiseMatrix(node, a));
        });
        return jdbc.sql("""
                        SELECT id, code, name, framework_code, normalisation, indicator_weighting, group_weighting,
                               aggregation, area_code, benchmark_code, boundaries, unit_level, group_levels, weight_indicator, skip_incomplete
                        FROM eval_plan WHERE id = ?""")
                .param(id)
                .query((rs, n) -> new EvaluationPlan(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), indicators,
                        PlanNormalisation.valueOf(rs.getString(5)), IndicatorWeighting.valueOf(rs.getString(6)),
                        GroupWeighting.valueOf(rs.getString(7)), PlanAggregation.valueOf(rs.getString(8)), rs.getString(9),
                        rs.getString(10), matrices, PlanBoundaries.valueOf(rs.getString(11)), UnitLevel.valueOf(rs.getString(12)),
                        levels(rs.getString(13)), rs.getString(14), rs.getBoolean(15)))
                .optional();
    }

    /** Group levels as stored: names joined by commas, empty for none. */
    static String levels(List<UnitLevel> levels) {
        return String.join(",", levels.stream().map(Enum::name).toList());
    }

    static List<UnitLevel> levels(String stored) {
        return stored == null || stored.isBlank() ? List.of() : java.util.Arrays.stream(stored.split(",")).map(UnitLevel::valueOf).toList();
    }

    /** Inserts or replaces the plan with the same code (selection and matrices included); returns its id. */
    long save(EvaluationPlan p) {
        Optional<Long> existing = jdbc.sql("SELECT id FROM eval_plan WHERE code = ?").param(p.code()).query(Long.class).optional();
        long id;
        if (existing.isPresent()) {
            id = existing.get();
            jdbc.sql("""
                    UPDATE eval_plan SET name = ?, framework_code = ?, normalisation = ?, indicator_weighting = ?,
                        group_weighting = ?, aggregation = ?, area_code = ?, benchmark_code = ?, boundaries = ?, unit_level = ?, group_levels = ?,
                        weight_indicator = ?, skip_incomplete = ?, updated_at = ? WHERE id = ?""")
                    .params(p.name(), p.frameworkCode(), p.normalisation().name(), p.indicatorWeighting().name(),
                            p.groupWeighting().name(), p.aggregation().name(), p.areaCode(), p.benchmarkCode(), p.boundaries().name(),
                            p.level().name(), levels(p.groupLevels()), p.weightIndicator(), p.skipIncomplete(), OffsetDateTime.now(clock), id)
                    .update();
            jdbc.sql("DELETE FROM eval_plan_indicator WHERE plan_id = ?").param(id).update();
            jdbc.sql("DELETE FROM eval_plan_ahp_cell WHERE plan_id = ?").param(id).update();
        } else {
            GeneratedKeyHolder kh = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO eval_plan (code, name, framework_code, normalisation, indicator_weighting, group_weighting,
                        aggregation, area_code, benchmark_code, boundaries, unit_level, group_levels, weight_indicator, skip_incomplete, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(p.code(), p.name(), p.frameworkCode(), p.normalisation().name(), p.indicatorWeighting().name(),
                            p.groupWeighting().name(), p.aggregation().name(), p.areaCode(), p.benchmarkCode(), p.boundaries().name(),
                            p.level().name(), levels(p.groupLevels()), p.weightIndicator(), p.skipIncomplete(), OffsetDateTime.now(clock))
                    .update(kh, "id");
            id = kh.getKey().longValue();
        }
        for (String ind : p.indicators()) {
            jdbc.sql("INSERT INTO eval_plan_indicator (plan_id, indicator) VALUES (?, ?)").params(id, ind).update();
        }
        for (PairwiseMatrix m : p.matrices().values()) {
            double[][] a = m.values();
            for (int i = 0; i < a.length; i++) {
                for (int j = 0; j < a.length; j++) {
                    jdbc.sql("INSERT INTO eval_plan_ahp_cell (plan_id, node_code, row_no, col_no, cell_value) VALUES (?, ?, ?, ?, ?)")
                            .params(id, m.nodeCode(), i, j, a[i][j]).update();
                }
            }
        }
        return id;
    }
}
