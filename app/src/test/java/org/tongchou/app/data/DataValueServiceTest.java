package org.tongchou.app.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongchou.app.indicators.FrameworkService;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.periods.Period;
import org.tongchou.app.support.H2Test;
import org.tongchou.app.support.PostgresTest;
import org.tongchou.app.support.TestDatabase;
import org.tongchou.app.support.ValueFixture;

class DataValueServiceTest {

    abstract static class Contract {
        @Autowired
        DataValueService values;
        @Autowired
        FrameworkService frameworks;
        @Autowired
        IndicatorService indicators;
        @Autowired
        TestDatabase db;
        @Autowired
        JdbcClient jdbc;
        long[] u;
        final Period y2024 = Period.year(2024);

        @BeforeEach
        void setUp() {
            u = ValueFixture.emptyCityWithDefaultFramework(db, indicators, frameworks, jdbc);
        }

        @Test
        void writesAreAuditedWithTheOldValueAndUnchangedWritesAreNot() {
            values.write(new ValueWrite(u[1], "resident_population", y2024, 500_000, null, "统计年鉴", null), "town", null);
            values.write(new ValueWrite(u[1], "resident_population", y2024, 500_000, null, "统计年鉴", null), "town", null);
            values.write(new ValueWrite(u[1], "resident_population", y2024, 510_000, null, "统计年鉴", "corrected"), "town2", "typo");
            List<AuditEntry> h = values.history(u[1], "resident_population", y2024);
            assertThat(h).hasSize(2);
            assertThat(h.get(0).oldValue()).isNull();
            assertThat(h.get(0).newValue()).isEqualTo(500_000);
            assertThat(h.get(1).oldValue()).isEqualTo(500_000);
            assertThat(h.get(1).newValue()).isEqualTo(510_000);
            assertThat(h.get(1).changedBy()).isEqualTo("town2");
            assertThat(h.get(1).reason()).isEqualTo("typo");
            assertThat(values.find(u[1], "resident_population", y2024).orElseThrow().comment()).isEqualTo("corrected");
        }

        @Test
        void workflowLocksApprovedValuesUntilReopened() {
            values.write(new ValueWrite(u[1], "gdp", y2024, 1000, null, null, null), "town", null);
            values.transition(u[1], "gdp", y2024, ValueStatus.SUBMITTED, "town", null);
            assertThatThrownBy(() -> values.transition(u[1], "gdp", y2024, ValueStatus.RETURNED, "analyst", " "))
                    .hasMessageContaining("needs a reason");
            values.transition(u[1], "gdp", y2024, ValueStatus.APPROVED, "analyst", null);
            assertThatThrownBy(() -> values.write(new ValueWrite(u[1], "gdp", y2024, 2000, null, null, null), "town", null))
                    .isInstanceOf(DataLockedException.class).hasMessageContaining("locked");
            assertThatThrownBy(() -> values.transition(u[1], "gdp", y2024, ValueStatus.DRAFT, "town", null))
                    .isInstanceOf(DataLockedException.class);
            values.reopen(u[1], "gdp", y2024, "analyst", "census revision");
            values.write(new ValueWrite(u[1], "gdp", y2024, 2000, null, null, null), "town", null);
            List<AuditEntry> h = values.history(u[1], "gdp", y2024);
            assertThat(h).extracting(AuditEntry::newStatus).containsExactly(ValueStatus.DRAFT, ValueStatus.SUBMITTED, ValueStatus.APPROVED,
                    ValueStatus.RETURNED, ValueStatus.DRAFT);
            assertThat(h.get(3).reason()).isEqualTo("census revision");
            assertThat(h.get(4).oldValue()).isEqualTo(1000);
        }

        @Test
        void refusesDerivedIndicatorsImplausibleValuesWrongPeriodsAndInvalidUnits() {
            assertThatThrownBy(() -> values.write(new ValueWrite(u[1], "urbanisation_rate", y2024, 60, null, null, null), "t", null))
                    .hasMessageContaining("derived");
            assertThatThrownBy(() -> values.write(new ValueWrite(u[1], "urban_disposable_income", y2024, -5, null, null, null), "t", null))
                    .hasMessageContaining("outside the plausible range");
            assertThatThrownBy(() -> values.write(new ValueWrite(u[1], "resident_population", Period.month(2024, 1), 5, null, null, null), "t", null))
                    .hasMessageContaining("reported per year");
            assertThatThrownBy(() -> values.write(new ValueWrite(u[3], "resident_population", y2024, 5, null, null, null), "t", null))
                    .hasMessageContaining("not valid in 2024");
            assertThat(values.count()).isZero();
        }

        @Test
        void readsColumnsForTheEngine() {
            values.write(new ValueWrite(u[1], "urban_resident_population", y2024, 300, ValueStatus.APPROVED, null, null), "t", null);
            values.write(new ValueWrite(u[1], "resident_population", y2024, 400, ValueStatus.APPROVED, null, null), "t", null);
            values.write(new ValueWrite(u[2], "urban_resident_population", y2024, 100, null, null, null), "t", null);
            values.write(new ValueWrite(u[2], "resident_population", y2024, 400, null, null, null), "t", null);
            ValueTable t = values.read(List.of("urban_resident_population", "resident_population"), new long[] {u[2], u[1]}, List.of(y2024));
            assertThat(t.column("urban_resident_population", y2024)).containsExactly(100, 300);
            var derived = indicators.catalog().computeDerived(t.columns(y2024), 2);
            assertThat(derived.get("urbanisation_rate")).containsExactly(25, 75);
            ValueTable approved = values.read(List.of("resident_population"), new long[] {u[2], u[1]}, List.of(y2024), Set.of(ValueStatus.APPROVED));
            assertThat(approved.column("resident_population", y2024)).containsExactly(Double.NaN, 400);
            assertThat(values.list(List.of("resident_population"), null, null)).hasSize(2);
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
