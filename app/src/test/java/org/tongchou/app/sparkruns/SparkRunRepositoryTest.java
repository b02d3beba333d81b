package org.tongchou.app.sparkruns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongchou.app.support.H2Test;
import org.tongchou.app.support.PostgresTest;

/**
 * The Spark runs' reads on both databases: a run's index, its periods (latest first), its units by national rank a
 * keyset page at a time through all of them (an area-by-area run's national ranks and a national run's, whose
 * national ranks are null), the position of a page and the count. On PostgreSQL, with the tables analysed, every
 * one of these reads is planned on the index {@code spark_score_run} (V143) in its order: no sort, no scan of the
 * table (EXPLAIN).
 */
class SparkRunRepositoryTest {
    static final int UNITS = 1500;
    static final String BY_AREA = "run-by-area";
    static final String NATIONAL = "run-national";

    abstract static class Contract {
        @Autowired
        SparkRunRepository runs;
        @Autowired
        JdbcClient jdbc;
        @Autowired
        JdbcTemplate template;

        @BeforeEach
        void fill() {
            for (String t : new String[] {"spark_run", "spark_score", "spark_group_rank", "spark_weight", "spark_disparity", "spark_note"}) {
                jdbc.sql("DELETE FROM " + t).update();
            }
            List<Object[]> rows = new ArrayList<>();
            List<Object[]> weights = new ArrayList<>();
            for (String run : new String[] {BY_AREA, NATIONAL}) {
                for (String period : new String[] {"2023", "2024", "2025"}) {
                    for (String node : new String[] {"index", "d1", "x01"}) {
                        String kind = node.equals("index") ? "INDEX" : node.equals("d1") ? "DIMENSION" : "INDICATOR";
                        weights.add(new Object[] {run, period, run.equals(NATIONAL) ? "nation" : "32", node, kind});
                        for (int i = 0; i < UNITS; i++) {
                            // national ranks in reverse code order, ranks in the area repeating 1..10 (ties broken by the code)
                            Double national = run.equals(NATIONAL) ? null : (double) (UNITS - i);
                            double rank = run.equals(NATIONAL) ? (i / 2) + 1 : (i % 10) + 1;
                            rows.add(new Object[] {run, period, run.equals(NATIONAL) ? "nation" : "3" + (i % 3), String.format("32%07d", i), node,
                                    kind, 1.0 / (i + 1), rank, national});
                        }
                    }
                }
            }
            template.batchUpdate("INSERT INTO spark_score (run_id, period, area, unit, node, node_kind, score, rank, national_rank)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
            template.batchUpdate("INSERT INTO spark_weight (run_id, period, area, node, node_kind, weight, effective) VALUES (?, ?, ?, ?, ?, 1, 1)",
                    weights);
        }

        @Test
        void aRunsIndexPeriodsAndEveryUnitAPageAtATime() {
            assertThat(runs.index(BY_AREA)).contains("index");
            assertThat(runs.index("none")).isEmpty();
            assertThat(runs.periods(BY_AREA, "index")).containsExactly("2025", "2024", "2023");
            assertThat(runs.periods("none", "index")).isEmpty();
            assertThat(runs.unitCount(BY_AREA, "2025", "index")).isEqualTo(UNITS);

            for (String run : new String[] {BY_AREA, NATIONAL}) {
                boolean national = run.equals(NATIONAL);
                List<String> all = new ArrayList<>();
                SparkRunRepository.After after = null;
                List<SparkRunRepository.UnitFigure> page;
                do {
                    page = runs.page(run, "2025", "index", national, after, 100);
                    if (after != null) assertThat(runs.before(run, "2025", "index", national, after)).as(run).isEqualTo(all.size());
                    page.forEach(f -> all.add(f.unit()));
                    if (!page.isEmpty()) {
                        SparkRunRepository.UnitFigure last = page.get(page.size() - 1);
                        after = new SparkRunRepository.After(last.shownRank(), last.rank(), last.unit());
                    }
                } while (page.size() == 100);
                assertThat(all).as(run + ": every unit once").hasSize(UNITS).doesNotHaveDuplicates();
                if (national) {
                    assertThat(all.subList(0, 3)).as("by rank, ties by code").containsExactly("320000000", "320000001", "320000002");
                } else {
                    assertThat(all.get(0)).as("national rank 1").isEqualTo(String.format("32%07d", UNITS - 1));
                    assertThat(all.get(UNITS - 1)).isEqualTo("320000000");
                }
            }
        }
    }

    @Nested
    @H2Test
    class OnH2 extends Contract {
    }

    @Nested
    @PostgresTest
    class OnPostgres extends Contract {
        @Test
        void everyReadIsPlannedOnTheIndexInItsOrder() {
            jdbc.sql("ANALYZE spark_score").update();
            jdbc.sql("ANALYZE spark_weight").update();
            for (boolean national : new boolean[] {false, true}) {
                String run = national ? NATIONAL : BY_AREA;
                for (boolean after : new boolean[] {false, true}) {
                    var q = jdbc.sql("EXPLAIN " + SparkRunRepository.pageSql(national, after)).param("r", run).param("n", "index")
                            .param("p", "2025").param("lim", 101);
                    if (after) q = q.param("k", 5.0).param("u", "320000700").param("nk", 700.0);
                    String plan = String.join("\n", q.query(String.class).list());
                    assertThat(plan).as("page national=%s after=%s:%n%s", national, after, plan).contains("spark_score_run")
                            .doesNotContain("Sort").doesNotContain("Seq Scan");
                }
                var b = jdbc.sql("EXPLAIN " + SparkRunRepository.beforeSql(national)).param("r", run).param("n", "index").param("p", "2025")
                        .param("k", 5.0).param("u", "320000700");
                if (!national) b = b.param("nk", 700.0);
                String before = String.join("\n", b.query(String.class).list());
                assertThat(before).as("position:%n%s", before).contains("spark_score_run").doesNotContain("Seq Scan");
            }
            String periods = String.join("\n", jdbc.sql("EXPLAIN " + SparkRunRepository.PERIODS_SQL).param("r", BY_AREA).param("n", "index")
                    .query(String.class).list());
            assertThat(periods).as("periods:%n%s", periods).contains("spark_score_run").doesNotContain("Seq Scan on spark_score");
        }
    }
}
