package org.tongchou.app.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongchou.app.indicators.FrameworkService;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.support.H2Test;
import org.tongchou.app.support.PostgresTest;
import org.tongchou.app.support.TestDatabase;
import org.tongchou.app.support.ValueFixture;

class TargetServiceTest {

    abstract static class Contract {
        @Autowired
        TargetService targets;
        @Autowired
        FrameworkService frameworks;
        @Autowired
        IndicatorService indicators;
        @Autowired
        TestDatabase db;
        @Autowired
        JdbcClient jdbc;
        long[] u;

        @BeforeEach
        void setUp() {
            u = ValueFixture.emptyCityWithDefaultFramework(db, indicators, frameworks, jdbc);
        }

        @Test
        void targets() {
            targets.set(u[1], "gdp", 2025, 1200, "meeting 2024-12", "analyst");
            targets.set(u[1], "gdp", 2025, 1300, null, "analyst");
            assertThat(targets.find(u[1], "gdp", 2025).orElseThrow().value()).isEqualTo(1300);
            assertThat(targets.list(List.of("gdp"), 2025)).hasSize(1);
            assertThat(targets.delete(u[1], "gdp", 2025, "analyst")).isTrue();
            assertThat(targets.find(u[1], "gdp", 2025)).isEmpty();
        }

        @Test
        void manyTargetsAtOnceReplaceAndInsertAllOrNothing() {
            targets.set(u[1], "gdp", 2025, 1200, "old", "analyst");
            int n = targets.setAll(List.of(new TargetService.NewTarget(u[1], "gdp", 2025, 1300, "new"),
                    new TargetService.NewTarget(u[2], "gdp", 2025, 800, null),
                    new TargetService.NewTarget(u[2], "resident_population", 2025, 410, "x")), "demo");
            assertThat(n).isEqualTo(3);
            assertThat(targets.find(u[1], "gdp", 2025).orElseThrow()).extracting(Target::value, Target::note, Target::setBy)
                    .containsExactly(1300.0, "new", "demo");
            assertThat(targets.list(List.of("gdp", "resident_population"), 2025)).hasSize(3);
            assertThatThrownBy(() -> targets.setAll(List.of(
                            new TargetService.NewTarget(u[1], "gdp", 2025, 1, null),
                            new TargetService.NewTarget(999_999, "gdp", 2025, 1, null)), "demo"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown unit id 999999");
            assertThat(targets.find(u[1], "gdp", 2025).orElseThrow().value()).isEqualTo(1300);
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
