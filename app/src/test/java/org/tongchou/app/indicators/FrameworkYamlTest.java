package org.tongchou.app.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class FrameworkYamlTest {

    @Test
    void defaultFrameworkHasTheThreeConcentrationsAndSixDimensions() {
        Framework f = FrameworkService.shippedDefault();
        IndicatorCatalog c = f.validate();
        assertThat(f.dimensions()).extracting(FrameworkNode::code)
                .containsExactly("concentration", "strength", "momentum", "construction", "resources", "life", "cadres");
        assertThat(f.dimensions().get(0).indicatorCodes())
                .containsExactly("park_concentration_rate", "urbanisation_rate", "community_residence_rate");
        assertThat(c.rawInputs("park_concentration_rate")).containsExactly("park_enterprises", "industrial_enterprises");
        assertThat(c.rawInputs("urbanisation_rate")).containsExactly("urban_resident_population", "resident_population");
        assertThat(c.rawInputs("community_residence_rate")).containsExactly("community_households", "rural_households");
        assertThat(c.get("income_ratio").direction().sign()).isEqualTo(-1);
        assertThat(c.get("registered_unemployment_rate").direction().sign()).isEqualTo(-1);
        assertThat(f.subsystems()).extracting(FrameworkNode::code).containsExactly("urban", "rural");
        for (Indicator i : f.indicators()) {
            assertThat(i.nameZh()).as(i.code()).isNotBlank();
            assertThat(i.nameEn()).as(i.code()).isNotBlank();
            if (i.derived() && i.unit().equals("%")) {
                assertThat(i.aggregation()).as("ratio %s recomputes, never averaged", i.code()).isEqualTo(Aggregation.RECOMPUTE);
            }
        }
    }

    /**
     * Issue 9: the shipped framework says for every indicator which units report it, so that a village's figure of a
     * town-level indicator (GDP) is refused: a town's figures at township and every level above (each publishes its
     * own total), people, households, land and collective income at villages too, the cadre indicators at townships only; a
     * derived indicator at no level its inputs are not reported at.
     */
    @Test
    void defaultFrameworkDeclaresTheLevelsOfEveryIndicator() {
        Framework f = FrameworkService.shippedDefault();
        IndicatorCatalog c = f.validate();
        for (Indicator i : f.indicators()) {
            assertThat(i.levels()).as("levels of %s", i.code()).isNotEmpty().contains("township");
            if (i.derived()) {
                for (String input : c.rawInputs(i.code())) {
                    assertThat(c.get(input).levels()).as("%s is reported wherever its input %s is", i.code(), input).containsAll(i.levels());
                }
            }
        }
        assertThat(c.get("gdp").levels()).containsExactly("province", "prefecture", "county", "township");
        assertThat(c.get("gdp").reportedAt("VILLAGE")).isFalse();
        assertThat(c.get("village_collective_income").reportedAt("VILLAGE")).isTrue();
        assertThat(c.get("resident_population").reportedAt("COUNTY")).as("the census counties").isTrue();
        for (String cadre : java.util.List.of("target_completion_rate", "commitments_due", "commitments_done_on_time", "satisfaction_score")) {
            assertThat(c.get(cadre).levels()).as(cadre).containsExactly("township");
        }
    }

    @Test
    void roundTripsThroughYaml() {
        Framework f = FrameworkService.shippedDefault();
        StringWriter w = new StringWriter();
        FrameworkYaml.write(f, w);
        Framework back = FrameworkYaml.read(new StringReader(w.toString()), "round-trip");
        assertThat(back).isEqualTo(f);
    }

    @Test
    void anIndicatorDeclaresTheLevelsItIsReportedAt() {
        String yaml = """
                framework: {code: t, name_zh: 测试, name_en: test}
                indicators:
                  - {code: a, name_en: A, levels: [village, Township]}
                  - {code: b, name_en: B}
                dimensions:
                  - {code: one, name_en: One, indicators: [{code: a}, {code: b}]}
                """;
        Framework f = FrameworkYaml.read(new StringReader(yaml), "levels.yml");
        Indicator a = f.indicators().get(0);
        assertThat(a.levels()).containsExactly("township", "village");
        assertThat(a.reportedAt("TOWNSHIP")).isTrue();
        assertThat(a.reportedAt("COUNTY")).isFalse();
        assertThat(f.indicators().get(1).reportedAt("COUNTY")).as("no levels: every level").isTrue();
        StringWriter w = new StringWriter();
        FrameworkYaml.write(f, w);
        assertThat(w.toString()).contains("levels:");
        assertThat(FrameworkYaml.read(new StringReader(w.toString()), "back.yml")).isEqualTo(f);
        assertThatThrownBy(() -> FrameworkYaml.read(new StringReader(yaml.replace("Township", "town")), "bad.yml"))
                .satisfies(e -> assertThat(((IndicatorDefinitionException) e).problems())
                        .anySatisfy(p -> assertThat(p).contains("level 'town' is not one of province, prefecture, county, township, village")));
    }

    @Test
    void everyProblemIsReportedNamingItsNode() {
        String yaml = """
                framework: {code: t, name_zh: 测试, name_en: test}
                indicators:
                  - {code: a, name_en: A, direction: sideways}
                  - {code: b, name_en: B, formula: a / ghost}
                  - {code: c, name_en: C, aggregation: average}
                  - {code: d, name_en: D}
                dimensions:
                  - code: one
                    name_en: One
                    weight: -1
                    indicators: [{code: d}, {code: nowhere}]
                  - code: two
                    name_en: Two
                """;
        assertThatThrownBy(() -> FrameworkYaml.read(new StringReader(yaml), "bad.yml"))
                .isInstanceOf(IndicatorDefinitionException.class)
                .satisfies(e -> assertThat(((IndicatorDefinitionException) e).problems()).anySatisfy(p -> assertThat(p).contains("indicators[0] 'a'").contains("sideways"))
                        .anySatisfy(p -> assertThat(p).contains("indicators[2] 'c'").contains("average")));
        String yaml2 = yaml.replace("direction: sideways", "direction: 1").replace("aggregation: average", "aggregation: sum");
        assertThatThrownBy(() -> FrameworkYaml.read(new StringReader(yaml2), "bad.yml"))
                .satisfies(e -> assertThat(((IndicatorDefinitionException) e).problems())
                        .anySatisfy(p -> assertThat(p).contains("indicator 'b'").contains("unknown indicator 'ghost'"))
                        .anySatisfy(p -> assertThat(p).contains("dimensions/one").contains("weight -1"))
                        .anySatisfy(p -> assertThat(p).contains("dimensions/one/nowhere").contains("unknown indicator 'nowhere'"))
                        .anySatisfy(p -> assertThat(p).contains("dimensions/two").contains("has no indicators")));
    }
}
