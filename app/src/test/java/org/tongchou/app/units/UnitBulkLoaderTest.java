package org.tongchou.app.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongchou.app.support.H2Test;
import org.tongchou.app.support.PostgresTest;
import org.tongchou.app.support.TestDatabase;

/**
 * The bulk loader with the index deferral switched on for any size (on PostgreSQL the indexes and the
 * self foreign key are dropped for the load and built after it): rows, parents and awkward names come
 * out right, the indexes are back afterwards, and a failed load leaves neither rows nor missing indexes.
 */
class UnitBulkLoaderTest {
    static final LocalDate DAY = LocalDate.of(2023, 6, 30);

    abstract static class Contract {
        @Autowired
        DataSource dataSource;
        @Autowired
        JdbcClient jdbc;
        @Autowired
        PlatformTransactionManager transactions;
        @Autowired
        TestDatabase db;

        UnitBulkLoader loader;

        @BeforeEach
        void emptyTable() {
            db.truncateAll();
            loader = new UnitBulkLoader(dataSource, jdbc, 0);
        }

        static DivisionEntry e(String code12, String name, UnitLevel level, String parent12) {
            return new DivisionEntry(code12, name, level, parent12, "test.csv", 2);
        }

        UnitBulkLoader.Timing load(List<DivisionEntry> entries) {
            DivisionList list = DivisionList.of("test", null, entries);
            return new TransactionTemplate(transactions).execute(s -> loader.insertAll(list.byLevel(), "", DAY, n -> { }));
        }

        @Test
        void loadsEveryLevelWithParentsKindsAndAwkwardNames() {
            var t = load(List.of(e("320000000000", "江苏省", UnitLevel.PROVINCE, null),
                    e("320500000000", "苏州市", UnitLevel.PREFECTURE, "320000000000"),
                    e("320582000000", "张家港市", UnitLevel.COUNTY, "320500000000"),
                    e("320582102000", "金港镇", UnitLevel.TOWNSHIP, "320582000000"),
                    e("320582102001", "中港\t社区\\居委会", UnitLevel.VILLAGE, "320582102000"),
                    e("320582102201", "德积村\n委会 N", UnitLevel.VILLAGE, "320582102000")));
            assertThat(t.insertMillis()).containsKeys(UnitLevel.values());
            assertThat(jdbc.sql("""
                    SELECT u.code, u.name, u.kind, p.code FROM admin_unit u LEFT JOIN admin_unit p ON p.id = u.parent_id
                     WHERE u.level = 'VILLAGE' ORDER BY u.code""")
                    .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4)).list())
                    .containsExactly("320582102001|中港\t社区\\居委会|居委会|320582102000", "320582102201|德积村\n委会 N|类似村级单位|320582102000");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM admin_unit WHERE valid_from = :d AND valid_to IS NULL").param("d", DAY)
                    .query(Long.class).single()).isEqualTo(6);
            assertIndexesInPlace();
        }

        @Test
        void aFailedLoadLeavesNoRowsAndTheIndexesInPlace() {
            assertThatThrownBy(() -> load(List.of(e("320000000000", "江苏省", UnitLevel.PROVINCE, null),
                    e("320500000000", "苏州市", UnitLevel.PREFECTURE, "330000000000"))))
                    .isInstanceOf(DivisionListException.class).hasMessageContaining("parent 330000000000 of 320500000000");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM admin_unit").query(Long.class).single()).isZero();
            assertIndexesInPlace();
        }

        @Test
        void aTableThatHoldsUnitsKeepsItsIndexesDuringTheLoad() {
            load(List.of(e("320000000000", "江苏省", UnitLevel.PROVINCE, null)));
            var t = load(List.of(e("330000000000", "浙江省", UnitLevel.PROVINCE, null)));
            assertThat(t.rebuildMillis()).isZero();
            assertIndexesInPlace();
        }

        private void assertIndexesInPlace() {
            if (!db.isPostgres()) return;
            assertThat(jdbc.sql("SELECT indexname FROM pg_indexes WHERE tablename = 'admin_unit'").query(String.class).list())
                    .contains("admin_unit_pkey", "admin_unit_code_version", "admin_unit_parent");
            assertThat(jdbc.sql("SELECT conname FROM pg_constraint WHERE conrelid = 'admin_unit'::regclass AND contype = 'f'")
                    .query(String.class).list()).containsExactly("admin_unit_parent_id_fkey");
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
