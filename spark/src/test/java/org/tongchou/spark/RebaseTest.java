package org.tongchou.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

/**
 * History on today's boundaries, checked by hand on a small panel: a merge (A + B → C, 2021), a split
 * (D → E 60 %, F 40 %, 2022), an absorption (half of H to G, which continues, and half to K, 2022), then
 * a rename of C to C2 (2023): sums of predecessors, apportioned splits, chains, weighted means and ratios
 * recomputed from their parts; unchanged units keep their values; NONE indicators vanish from changed units.
 */
class RebaseTest {
    static final List<Flow> FLOWS = List.of(
            new Flow("110101001", "110101003", 1, LocalDate.of(2021, 1, 1)),
            new Flow("110101002", "110101003", 1, LocalDate.of(2021, 1, 1)),
            new Flow("110102001", "110102002", 0.6, LocalDate.of(2022, 1, 1)),
            new Flow("110102001", "110102003", 0.4, LocalDate.of(2022, 1, 1)),
            new Flow("120101001", "120101002", 0.5, LocalDate.of(2022, 1, 1)),
            new Flow("120101001", "120101003", 0.5, LocalDate.of(2022, 1, 1)),
            new Flow("110101003", "110101009", 1, LocalDate.of(2023, 6, 1)));
    static final Map<String, IndicatorRule> RULES = Map.of(
            "pop", new IndicatorRule("pop", IndicatorRule.Aggregation.SUM, null, null, null, 1),
            "urban", new IndicatorRule("urban", IndicatorRule.Aggregation.SUM, null, null, null, 1),
            "urate", new IndicatorRule("urate", IndicatorRule.Aggregation.RATIO, null, "urban", "pop", 100),
            "income", new IndicatorRule("income", IndicatorRule.Aggregation.WEIGHTED_MEAN, "pop", null, null, 1),
            "rank", new IndicatorRule("rank", IndicatorRule.Aggregation.NONE, null, null, null, 1));

    @Test
    void historyIsCarriedToTodaysBoundariesByTheFlows() {
        // unit, pop, urban, income, rank (urate = urban / pop × 100, as stored)
        Object[][] y2020 = {
                {"110101001", 100.0, 50.0, 10.0, 1.0}, {"110101002", 300.0, 60.0, 20.0, 2.0}, {"110102001", 1000.0, 800.0, 30.0, 3.0},
                {"120101001", 200.0, 100.0, 40.0, 4.0}, {"120101002", 600.0, 300.0, 50.0, 5.0}, {"130101001", 70.0, 7.0, 60.0, 6.0}};
        List<Row> rows = new ArrayList<>();
        for (Object[] u : y2020) {
            String unit = (String) u[0];
            String[] codes = {"pop", "urban", "income", "rank"};
            for (int j = 0; j < 4; j++) rows.add(RowFactory.create("2020", unit, codes[j], (Double) u[j + 1], unit.substring(0, 2)));
            rows.add(RowFactory.create("2020", unit, "urate", (Double) u[2] / (Double) u[1] * 100, unit.substring(0, 2)));
        }
        rows.add(RowFactory.create("2024", "110101009", "pop", 999.0, "11"));
        var panel = LocalSpark.get().createDataFrame(rows, Panel.schema(List.of("province")));
        Map<String, Row> out = SparkEvaluationTest.byKey(new Rebase(FLOWS, RULES).apply(LocalSpark.get(), panel, List.of("province"))
                .collectAsList(), "period", "unit", "indicator");

        // A + B → C (2021) → C2 (2023): sums of predecessors through a chain; the ratio from its parts
        assertThat(value(out, "2020", "110101009", "pop")).as("pop of C2 in 2020 = A + B").isCloseTo(400, within(1e-12));
        assertThat(value(out, "2020", "110101009", "urate")).as("urbanisation of C2 = (50 + 60) / (100 + 300), not the mean of 50 % and 20 %")
                .isCloseTo(27.5, within(1e-12));
        assertThat(value(out, "2020", "110101009", "income")).as("income weighted by pop = (100·10 + 300·20) / 400").isCloseTo(17.5, within(1e-12));
        assertThat(out).as("a NONE indicator has no value for a changed unit").doesNotContainKey("2020|110101009|rank");
        assertThat(out).as("the predecessors are gone").doesNotContainKeys("2020|110101001|pop", "2020|110101003|pop");
        // D → E 60 %, F 40 % (a split apportioned); the ratio is the same for both
        assertThat(value(out, "2020", "110102002", "pop")).isCloseTo(600, within(1e-12));
        assertThat(value(out, "2020", "110102003", "urban")).isCloseTo(320, within(1e-12));
        assertThat(value(out, "2020", "110102003", "urate")).isCloseTo(80, within(1e-12));
        // G continues and absorbs half of H
        assertThat(value(out, "2020", "120101002", "pop")).as("G + ½H").isCloseTo(700, within(1e-12));
        assertThat(value(out, "2020", "120101002", "urate")).isCloseTo(100.0 * 350 / 700, within(1e-12));
        assertThat(value(out, "2020", "120101003", "pop")).as("½H").isCloseTo(100, within(1e-12));
        // untouched: every value as it was, NONE included; a period after every change: as it was
        assertThat(value(out, "2020", "130101001", "rank")).isEqualTo(6);
        assertThat(value(out, "2020", "130101001", "urate")).isEqualTo(7.0 / 70 * 100);
        assertThat(value(out, "2024", "110101009", "pop")).isEqualTo(999);
        assertThat((String) out.get("2020|120101003|pop").getAs("province")).isEqualTo("12");
    }

    @Test
    void periodsEndWhereTheApplicationSaysTheyDo() {
        assertThat(BoundaryChain.end("2020")).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(BoundaryChain.end("2020M02")).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(BoundaryChain.end("2021Q2")).isEqualTo(LocalDate.of(2021, 6, 30));
        assertThat(BoundaryChain.end("2021H1")).isEqualTo(LocalDate.of(2021, 6, 30));
        // a change on 1 January 2021 reaches the values of 2020 and not those of 2021
        BoundaryChain c = new BoundaryChain(FLOWS);
        assertThat(c.today("110101001", BoundaryChain.end("2020"))).containsExactly(Map.entry("110101009", 1.0));
        assertThat(c.today("110101003", BoundaryChain.end("2021"))).containsExactly(Map.entry("110101009", 1.0));
        assertThat(c.today("110101009", BoundaryChain.end("2023M06"))).containsExactly(Map.entry("110101009", 1.0));
    }

    static double value(Map<String, Row> out, String period, String unit, String indicator) {
        Row r = out.get(period + "|" + unit + "|" + indicator);
        assertThat(r).as("%s %s %s", period, unit, indicator).isNotNull();
        return r.getAs("value");
    }
}
