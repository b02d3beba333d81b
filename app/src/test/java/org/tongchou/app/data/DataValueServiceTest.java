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
        @Autowired
        javax.sql.DataSource dataSource;
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

        @Test
        void readsTheColumnsOfMoreUnitsThanOneStatementListsAndTheirSources() {
            int n = 2_345; // more than one IN list of 1,000: on PostgreSQL one array, elsewhere three lists
            long[] ids = new long[n];
            for (int i = 0; i < n; i++) {
                var kh = new org.springframework.jdbc.support.GeneratedKeyHolder();
                jdbc.sql("INSERT INTO admin_unit (code, name, level, kind, parent_id, valid_from, valid_to) VALUES (?, ?, 'TOWNSHIP', '镇', ?, ?, NULL)")
                        .params(String.format("3205829%05d", i), "镇" + i, u[0], java.time.LocalDate.of(2000, 1, 1)).update(kh, "id");
                ids[i] = kh.getKey().longValue();
            }
            List<Object[]> rows = new java.util.ArrayList<>();
            long pop = jdbc.sql("SELECT id FROM indicator WHERE code = 'resident_population'").query(Long.class).single();
            long gdp = jdbc.sql("SELECT id FROM indicator WHERE code = 'gdp'").query(Long.class).single();
            for (int i = 0; i < n; i++) {
                if (i % 7 != 3) rows.add(new Object[] {pop, "2024", ids[i], 1000.0 + i, "APPROVED", i % 500 == 0 ? "synthetic panel" : "年鉴"});
                rows.add(new Object[] {gdp, "2024", ids[i], 0.5 * i, i % 11 == 0 ? "DRAFT" : "APPROVED", null});
                rows.add(new Object[] {pop, "2023", ids[i], 1.0, "APPROVED", "other year"});
            }
            new org.springframework.jdbc.core.JdbcTemplate(dataSource).batchUpdate("INSERT INTO data_value (indicator_id, period, unit_id, num_value, "
                    + "status, source, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'test', CURRENT_TIMESTAMP)", rows);
            long[] asked = new long[n - 5]; // every unit but the first five, in reverse order, and one unit without values
            for (int i = 0; i < asked.length - 1; i++) asked[i] = ids[n - 1 - i];
            asked[asked.length - 1] = u[1];
            ValueTable t = values.read(List.of("resident_population", "gdp"), asked, List.of(y2024), Set.of(ValueStatus.APPROVED));
            double[] popCol = t.column("resident_population", y2024);
            double[] gdpCol = t.column("gdp", y2024);
            for (int k = 0; k < asked.length - 1; k++) {
                int i = n - 1 - k;
                assertThat(Double.valueOf(popCol[k])).as("population of unit %d", i).isEqualTo(Double.valueOf(i % 7 == 3 ? Double.NaN : 1000.0 + i));
                assertThat(Double.valueOf(gdpCol[k])).as("GDP of unit %d", i).isEqualTo(Double.valueOf(i % 11 == 0 ? Double.NaN : 0.5 * i));
            }
            assertThat(popCol[asked.length - 1]).isNaN();
            assertThat(t.sources()).containsExactlyInAnyOrder("synthetic panel", "年鉴");
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
