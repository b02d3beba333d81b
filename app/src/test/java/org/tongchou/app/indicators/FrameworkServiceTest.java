package org.tongchou.app.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongchou.app.support.H2Test;
import org.tongchou.app.support.PostgresTest;
import org.tongchou.app.support.TestDatabase;

class FrameworkServiceTest {

    abstract static class Contract {
        @Autowired
        FrameworkService frameworks;
        @Autowired
        IndicatorService indicators;
        @Autowired
        TestDatabase db;
        @Autowired
        org.springframework.jdbc.core.simple.JdbcClient jdbc;
        @Autowired
        org.tongchou.app.data.DataValueService values;

        @BeforeEach
        void clean() {
            db.truncateAll();
            indicators.invalidate();
        }

        @Test
        void defaultLoadsOnceAndRoundTripsThroughTheDatabase() {
            assertThat(frameworks.loadDefaultIfEmpty()).isTrue();
            assertThat(frameworks.loadDefaultIfEmpty()).isFalse();
            Framework stored = frameworks.find("default").orElseThrow();
            assertThat(stored).isEqualTo(FrameworkService.shippedDefault());
            assertThat(indicators.find("urbanisation_rate").orElseThrow().formula())
                    .isEqualTo("urban_resident_population / resident_population * 100");
            StringWriter w = new StringWriter();
            frameworks.exportYaml("default", w);
            assertThat(w.toString()).contains("城镇化率").contains("park_enterprises / industrial_enterprises * 100");
        }

        @Test
        void aBadFrameworkChangesNothing() {
            frameworks.loadDefaultIfEmpty();
            String yaml = """
                    framework: {code: other, name_en: Other}
                    indicators:
                      - {code: gdp, name_en: changed}
                      - {code: loop_a, name_en: A, formula: loop_b + 1}
                      - {code: loop_b, name_en: B, formula: loop_a * 2}
                    dimensions:
                      - {code: d, name_en: D, indicators: [gdp]}
                    """;
            assertThatThrownBy(() -> frameworks.importYaml(new StringReader(yaml), "other.yml"))
                    .hasMessageContaining("cycle: loop_a → loop_b → loop_a");
            assertThat(frameworks.codes()).containsExactly("default");
            assertThat(indicators.find("gdp").orElseThrow().nameEn()).isEqualTo("Gross domestic product");
        }

        @Test
        void aRawIndicatorWithStoredValuesCannotBecomeDerived() {
            frameworks.loadDefaultIfEmpty();
            jdbc.sql("INSERT INTO admin_unit (code, name, level, kind, valid_from) VALUES ('320582100000', '杨舍镇', 'TOWNSHIP', '镇', DATE '2020-01-01')").update();
            long unit = jdbc.sql("SELECT id FROM admin_unit WHERE code = '320582100000'").query(Long.class).single();
            values.write(new org.tongchou.app.data.ValueWrite(unit, "budget_revenue", org.tongchou.app.periods.Period.year(2024), 5.0,
                    org.tongchou.app.data.ValueStatus.DRAFT, "test", null), "test", null);
            Indicator stored = indicators.find("budget_revenue").orElseThrow();
            Indicator derived = new Indicator(stored.code(), stored.nameZh(), stored.nameEn(), stored.unit(), stored.direction(),
                    stored.periodicity(), stored.min(), stored.max(), null, null, "gdp / 10", stored.description());
            assertThatThrownBy(() -> indicators.define(java.util.List.of(derived)))
                    .isInstanceOf(IndicatorDefinitionException.class)
                    .hasMessageContaining("indicator 'budget_revenue' has 1 stored value(s) and cannot become derived");
            assertThat(indicators.find("budget_revenue").orElseThrow().derived()).as("nothing changed").isFalse();
            Indicator fine = new Indicator(stored.code(), stored.nameZh(), "Budget revenue (renamed)", stored.unit(), stored.direction(),
                    stored.periodicity(), stored.min(), stored.max(), stored.aggregation(), null, null, stored.description());
            indicators.define(java.util.List.of(fine));
            assertThat(indicators.find("budget_revenue").orElseThrow().nameEn()).isEqualTo("Budget revenue (renamed)");
        }

        /** Frameworks are kept between reads (pages name nodes on every view); an import must show at once. */
        @Test
        void aReimportedFrameworkIsReadBackChanged() {
            String yaml = """
                    framework: {code: small, name_zh: 小, name_en: Small}
                    indicators:
                      - {code: s1, name_zh: 一, name_en: S1}
                    dimensions:
                      - {code: sd, name_zh: 维, name_en: %s, indicators: [s1]}
                    """;
            frameworks.importYaml(new StringReader(yaml.formatted("Before")), "small.yml");
            assertThat(frameworks.find("small").orElseThrow().dimensions().get(0).nameEn()).isEqualTo("Before");
            assertThat(frameworks.find("missing")).isEmpty();
            frameworks.importYaml(new StringReader(yaml.formatted("After")), "small.yml");
            assertThat(frameworks.find("small").orElseThrow().dimensions().get(0).nameEn()).isEqualTo("After");
            frameworks.importYaml(new StringReader(yaml.replace("small", "missing").formatted("New")), "missing.yml");
            assertThat(frameworks.codes()).containsExactly("small", "missing");
            assertThat(frameworks.find("missing")).isPresent();
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
