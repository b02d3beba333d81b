package org.tongchou.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tongchou.app.data.ValueStatus;
import org.tongchou.app.data.ValueWrite;
import org.tongchou.app.periods.Period;
import org.tongchou.app.support.H2Test;
import org.tongchou.app.support.PostgresTest;
import org.tongchou.app.units.UnitLevel;
import org.tongchou.engine.data.MissingPolicy;
import org.tongchou.engine.disparity.Disparity;
import org.tongchou.engine.disparity.TheilDecomposition;
import org.tongchou.engine.disparity.TheilIndex;

/**
 * A plan that ranks the counties of a province (and of the country), grouped by prefecture, with
 * population-weighted disparity: the units chosen, each county's rank in the area and in its prefecture,
 * and the Theil index split between and within prefectures, worked out independently.
 */
class EvaluationLevelsTest {
    static final String PROVINCE = "320000000000";
    static final String P1 = "320500000000";
    static final String P2 = "320600000000";
    /** County → {prefecture, resident population, urban population} in 2020. */
    static final Map<String, double[]> COUNTIES = Map.of(
            "320581000000", new double[] {1, 1000, 800},
            "320582000000", new double[] {1, 2000, 1400},
            "320583000000", new double[] {1, 1000, 500},
            "320601000000", new double[] {2, 3000, 1500},
            "320602000000", new double[] {2, 1000, 300});

    abstract static class Contract extends FixtureCityTest {
        @BeforeEach
        void setUp() {
            jdbc.sql("DELETE FROM admin_unit").update(); // the fixture's "mini" framework stays, its city of towns goes
            LocalDate from = LocalDate.of(2000, 1, 1);
            long prov = add(PROVINCE, "江苏省", UnitLevel.PROVINCE, "省", null, from);
            long p1 = add(P1, "苏州市", UnitLevel.PREFECTURE, "市", prov, from);
            long p2 = add(P2, "南通市", UnitLevel.PREFECTURE, "市", prov, from);
            add("320501000000", "市辖区", UnitLevel.COUNTY, "市辖区", p1, from); // the lists' placeholder: never ranked
            for (var e : COUNTIES.entrySet()) {
                double[] v = e.getValue();
                long id = add(e.getKey(), "县" + e.getKey().substring(4, 6), UnitLevel.COUNTY, "县", v[0] == 1 ? p1 : p2, from);
                if (e.getKey().equals("320582000000")) add("320582100000", "甲镇", UnitLevel.TOWNSHIP, "镇", id, from);
                values.write(new ValueWrite(id, "pop", Period.year(2020), v[1], ValueStatus.APPROVED, "census", null), "test", null);
                values.write(new ValueWrite(id, "urb", Period.year(2020), v[2], ValueStatus.APPROVED, "census", null), "test", null);
                // the coupling subsystems' other indicators (urban: urate, x1; rural: x3, x2 less is better)
                int k = Integer.parseInt(e.getKey().substring(4, 6));
                values.write(new ValueWrite(id, "x1", Period.year(2020), 10.0 + 7 * k % 13, ValueStatus.APPROVED, "test", null), "test", null);
                values.write(new ValueWrite(id, "x2", Period.year(2020), 1.0 + 5 * k % 11, ValueStatus.APPROVED, "test", null), "test", null);
                values.write(new ValueWrite(id, "x3", Period.year(2020), 3.0 + 3 * k % 7, ValueStatus.APPROVED, "test", null), "test", null);
            }
        }

        private long add(String code, String name, UnitLevel level, String kind, Long parent, LocalDate from) {
            var kh = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("INSERT INTO admin_unit (code, name, level, kind, parent_id, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, NULL)")
                    .params(code, name, level.name(), kind, parent, from).update(kh, "id");
            return kh.getKey().longValue();
        }

        EvaluationPlan plan(String code, String area) {
            return new EvaluationPlan(0, code, code, "mini", List.of("urate"), PlanNormalisation.MIN_MAX, IndicatorWeighting.EQUAL,
                    GroupWeighting.EQUAL, PlanAggregation.ARITHMETIC, area, null, Map.of(), PlanBoundaries.AS_REPORTED,
                    UnitLevel.COUNTY, List.of(UnitLevel.PREFECTURE), "pop");
        }

        @Test
        void ranksTheCountiesOfAProvinceInTheProvinceAndInTheirPrefecture() {
            EvaluationPlan saved = evaluation.save(plan("counties", PROVINCE));
            assertThat(saved.level()).isEqualTo(UnitLevel.COUNTY);
            assertThat(saved.groupLevels()).containsExactly(UnitLevel.PREFECTURE);
            assertThat(saved.weightIndicator()).isEqualTo("pop");
            RunInfo run = evaluation.run("counties", Period.year(2020), "analyst");
            RunResult r = results.result(run);
            // urbanisation 80, 70, 50 | 50, 30: the five counties, not the placeholder nor the town
            assertThat(r.units()).extracting(RunResult.UnitResult::code).containsExactlyInAnyOrderElementsOf(COUNTIES.keySet());
            Map<String, Double> rank = new java.util.HashMap<>();
            r.units().forEach(u -> rank.put(u.code(), u.rank()));
            assertThat(rank).containsEntry("320581000000", 1.0).containsEntry("320582000000", 2.0)
                    .containsEntry("320583000000", 3.0).containsEntry("320601000000", 3.0).containsEntry("320602000000", 5.0);
            RunGroups g = results.groups(run);
            Map<String, RunGroups.GroupRank> inGroup = g.ranksOf(UnitLevel.PREFECTURE, EvaluationPlan.ROOT);
            assertThat(inGroup.get("320601000000").rank()).as("first in its prefecture, third in the province").isEqualTo(1.0);
            assertThat(inGroup.get("320601000000").group()).isEqualTo(P2);
            assertThat(inGroup.get("320583000000").rank()).isEqualTo(3.0);
            assertThat(inGroup.get("320602000000").rank()).isEqualTo(2.0);

            // population-weighted Theil T of the urbanisation rate = Theil of urban population over residents
            RunGroups.TheilSplit split = g.splits().stream().filter(s -> s.subject().equals("urate")).findFirst().orElseThrow();
            // between prefectures by hand: urban shares 2700/4500 and 1800/4500, population shares 4000/8000 and 4000/8000
            double between = 0.6 * Math.log(0.6 / 0.5) + 0.4 * Math.log(0.4 / 0.5);
            assertThat(split.between()).as("between prefectures, by hand").isCloseTo(between, within(1e-12));
            List<String> codes = List.copyOf(COUNTIES.keySet());
            double[] rate = codes.stream().mapToDouble(c -> COUNTIES.get(c)[2] / COUNTIES.get(c)[1] * 100).toArray();
            double[] pop = codes.stream().mapToDouble(c -> COUNTIES.get(c)[1]).toArray();
            int[] group = codes.stream().mapToInt(c -> (int) COUNTIES.get(c)[0] - 1).toArray();
            TheilDecomposition d = new Disparity(MissingPolicy.FAIL).theilDecomposition("urate", codes, rate, pop, group, List.of(P1, P2), TheilIndex.T);
            assertThat(split.total()).as("the engine's decomposition").isCloseTo(d.total(), within(1e-12));
            assertThat(split.within()).isCloseTo(d.within(), within(1e-12));
            assertThat(split.between() + split.within()).isCloseTo(split.total(), within(1e-12));
            assertThat(g.groups()).filteredOn(t -> t.subject().equals("urate")).hasSize(2);
        }

        /**
         * {@code run-inputs} of a grouped plan carries its groups (PREFECTURE), its coupling model and its disparity
         * weight: the engine evaluating the files alone gives the stored scores and ranks, ranks within prefectures,
         * Theil split and coupling figures to 1e-12. The files are the Spark module's fixture
         * ({@code spark/src/test/resources/grouped-run}, {@code GroupedRunSparkTest}); a run whose values changed
         * since is refused.
         */
        @Test
        void runInputsOfAGroupedPlanEvaluateToTheStoredFigures() throws Exception {
            evaluation.save(plan("counties", PROVINCE));
            RunInfo run = evaluation.run("counties", Period.year(2020), "analyst");
            RunInputFiles files = evaluation.runInputs(List.of(run.id()));
            Map<String, String> f = files.files();
            assertThat(f).containsOnlyKeys(RunInputFiles.PLAN, RunInputFiles.FRAMEWORK, RunInputFiles.PANEL, RunInputFiles.RESULTS,
                    RunInputFiles.GROUP_RANKS, RunInputFiles.THEIL, RunInputFiles.COUPLING);
            assertThat(f.get(RunInputFiles.PLAN)).contains("groups = PREFECTURE").contains("disparity.weight = pop")
                    .contains("coupling.subsystems = urban, rural").contains("coupling.rural = x3, -x2");
            RunInputsCheck.assertEngineGivesTheStoredFigures(f, 1e-12);
            assertThat(f.get(RunInputFiles.GROUP_RANKS).lines()).as("5 counties x (index and its dimension)").hasSize(1 + 5 * 2);
            assertThat(f.get(RunInputFiles.COUPLING).lines()).hasSize(1 + 5);

            java.nio.file.Path fixture = java.nio.file.Path.of("../spark/src/test/resources/grouped-run");
            java.nio.file.Path written = java.nio.file.Path.of("target/grouped-run-inputs");
            files.write(written);
            for (String name : f.keySet()) {
                assertThat(f.get(name)).as("%s as this test makes it (%s) is the Spark test's fixture %s: copy it there if it changed on purpose",
                        name, written.toAbsolutePath(), fixture.resolve(name)).isEqualTo(java.nio.file.Files.readString(fixture.resolve(name)));
            }

            long county = jdbc.sql("SELECT id FROM admin_unit WHERE code = '320602000000'").query(Long.class).single();
            // an approved value corrected since the run (the service would have it reopened first)
            jdbc.sql("UPDATE data_value SET num_value = 1001 WHERE unit_id = :u AND period = :p AND indicator_id = (SELECT id FROM indicator WHERE code = 'pop')")
                    .param("u", county).param("p", Period.year(2020).code()).update();
            assertThatThrownBy(() -> evaluation.runInputs(List.of(run.id()))).isInstanceOf(PlanException.class)
                    .hasMessageContaining("the values of 2020 have changed since the run");
        }

        @Test
        void aNationalPlanRanksEveryCountyOfTheCountry() {
            evaluation.save(plan("national", org.tongchou.app.security.ScopeService.COUNTRY).atLevel(UnitLevel.COUNTY, List.of(UnitLevel.PROVINCE), "pop"));
            RunResult r = results.result(evaluation.run("national", Period.year(2020), "analyst"));
            assertThat(r.units()).hasSize(5);
            RunInfo run = results.latest("national", true).orElseThrow();
            RunGroups.TheilSplit split = results.groups(run).splits().stream().filter(s -> s.subject().equals("urate")).findFirst().orElseThrow();
            assertThat(split.between()).as("one province: no inequality between provinces").isCloseTo(0, within(1e-15));
        }

        @Test
        void aPlanThatSkipsUnitsWithoutFiguresLeavesThemOutWithANoteWhereAnotherIsRefused() {
            // a sixth county with no figure at all (a development zone the census does not report)
            long p1 = jdbc.sql("SELECT id FROM admin_unit WHERE code = ?").param(P1).query(Long.class).single();
            jdbc.sql("INSERT INTO admin_unit (code, name, level, kind, parent_id, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, NULL)")
                    .params("320571000000", "苏州工业园区", UnitLevel.COUNTY.name(), "区", p1, LocalDate.of(2000, 1, 1)).update();
            evaluation.save(plan("strict", org.tongchou.app.security.ScopeService.COUNTRY).atLevel(UnitLevel.COUNTY, List.of(UnitLevel.PROVINCE), "pop"));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> evaluation.run("strict", Period.year(2020), "analyst"))
                    .isInstanceOf(IncompleteDataException.class).hasMessageContaining("苏州工业园区");

            EvaluationPlan skip = evaluation.save(plan("skipping", org.tongchou.app.security.ScopeService.COUNTRY).atLevel(UnitLevel.COUNTY, List.of(UnitLevel.PROVINCE), "pop")
                    .skippingIncomplete(true));
            assertThat(skip.skipIncomplete()).as("kept by the plan").isTrue();
            RunInfo run = evaluation.run("skipping", Period.year(2020), "analyst");
            assertThat(run.unitCount()).isEqualTo(5);
            assertThat(results.result(run).units()).extracting(RunResult.UnitResult::code).doesNotContain("320571000000");
            assertThat(results.notes(run)).filteredOn(n -> n.kind().equals(RunNote.UNIT_LEFT_OUT)).singleElement().satisfies(n -> {
                assertThat(n.subject()).isEqualTo("320571000000");
                assertThat(n.args()).containsExactly("苏州工业园区", "urate,pop");
            });
            // the ranks of the others are those of the plan over the five counties
            Map<String, Double> rank = new java.util.HashMap<>();
            results.result(run).units().forEach(u -> rank.put(u.code(), u.rank()));
            assertThat(rank).containsEntry("320581000000", 1.0).containsEntry("320602000000", 5.0);
        }

        @Test
        void refusesGroupLevelsThatAreNotAboveTheRankedLevel() {
            assertThatThrownBy(() -> evaluation.save(plan("bad", PROVINCE).atLevel(UnitLevel.COUNTY, List.of(UnitLevel.TOWNSHIP), "nope")))
                    .isInstanceOf(PlanException.class)
                    .hasMessageContaining("group level TOWNSHIP is not above the ranked level COUNTY")
                    .hasMessageContaining("disparity weight 'nope'");
        }
    }

    @Nested
    @H2Test
    class OnH2 extends Contract {
    }

    @Nested
    @PostgresTest
    class OnPostgres extends Contract {
    }
}
