package org.tongchou.app.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongchou.app.support.H2Test;
import org.tongchou.app.support.PostgresTest;
import org.tongchou.app.support.TestDatabase;

/** The read API on a small hand-made history: 金港镇 split into three subdistricts on 2021-01-01. */
class UnitServiceTest {
    static final LocalDate V2016 = LocalDate.of(2016, 7, 31);
    static final LocalDate SPLIT = LocalDate.of(2021, 1, 1);

    abstract static class Contract {
        @Autowired
        UnitService service;
        @Autowired
        UnitRepository units;
        @Autowired
        ChangeEventRepository events;
        @Autowired
        TestDatabase db;

        long province, prefecture, county, jingang, yangshe, v1, jg, hc, dj, v1new;

        @BeforeEach
        void fixture() {
            db.truncateAll();
            province = units.insert("320000000000", "江苏省", UnitLevel.PROVINCE, "省", null, V2016);
            prefecture = units.insert("320500000000", "苏州市", UnitLevel.PREFECTURE, "市", province, V2016);
            county = units.insert("320582000000", "张家港市", UnitLevel.COUNTY, "市", prefecture, V2016);
            jingang = units.insert("320582102000", "金港镇", UnitLevel.TOWNSHIP, "镇", county, V2016);
            yangshe = units.insert("320582100000", "杨舍镇", UnitLevel.TOWNSHIP, "镇", county, V2016);
            v1 = units.insert("320582102001", "中港社区居委会", UnitLevel.VILLAGE, "居委会", jingang, V2016);
            units.close(jingang, SPLIT);
            units.close(v1, SPLIT);
            jg = units.insert("320582001000", "金港街道", UnitLevel.TOWNSHIP, "街道", county, SPLIT);
            hc = units.insert("320582002000", "后塍街道", UnitLevel.TOWNSHIP, "街道", county, SPLIT);
            dj = units.insert("320582003000", "德积街道", UnitLevel.TOWNSHIP, "街道", county, SPLIT);
            v1new = units.insert("320582001001", "中港社区居委会", UnitLevel.VILLAGE, "居委会", jg, SPLIT);
            long split = events.insertEvent(ChangeKind.SPLIT, SPLIT, "test split");
            events.insertParticipant(split, jingang, ChangeEventRepository.PREDECESSOR);
            for (long s : new long[] {jg, hc, dj}) events.insertParticipant(split, s, ChangeEventRepository.SUCCESSOR);
            events.insertFlow(split, jingang, jg, 0.5);
            events.insertFlow(split, jingang, hc, 0.3);
            events.insertFlow(split, jingang, dj, 0.2);
            long move = events.insertEvent(ChangeKind.REPARENT, SPLIT, "village moved with a new code");
            events.insertParticipant(move, v1, ChangeEventRepository.PREDECESSOR);
            events.insertParticipant(move, v1new, ChangeEventRepository.SUCCESSOR);
            events.insertFlow(move, v1, v1new, 1.0);
        }

        @Test
        void findsByIdAndByCodeOnADay() {
            assertThat(service.find(jingang)).get().extracting(AdminUnit::name).isEqualTo("金港镇");
            assertThat(service.findByCode("320582102", LocalDate.of(2019, 1, 1))).get().extracting(AdminUnit::id).isEqualTo(jingang);
            assertThat(service.findByCode("320582102000", SPLIT)).isEmpty();
            assertThat(service.findByCode("320582001", SPLIT)).get().extracting(AdminUnit::id).isEqualTo(jg);
            assertThat(service.findByCode("320582001", SPLIT.minusDays(1))).isEmpty();
        }

        @Test
        void findByCodesGivesEveryVersionPerCodeAsGiven() {
            Map<String, List<AdminUnit>> found = service.findByCodes(List.of("320582102", "320582001000", "999999", "x"));
            assertThat(found.get("320582102")).extracting(AdminUnit::id).containsExactly(jingang);
            assertThat(found.get("320582001000")).extracting(AdminUnit::id).containsExactly(jg);
            assertThat(found.get("999999")).isEmpty();
            assertThat(found.get("x")).isEmpty();
        }

        @Test
        void childrenAndDescendantsFollowTheDay() {
            assertThat(service.children(county, LocalDate.of(2019, 1, 1))).extracting(AdminUnit::name)
                    .containsExactly("杨舍镇", "金港镇");
            assertThat(service.children(county, LocalDate.of(2022, 1, 1))).extracting(AdminUnit::name)
                    .containsExactly("金港街道", "后塍街道", "德积街道", "杨舍镇");
            assertThat(service.descendants(prefecture, LocalDate.of(2019, 1, 1))).extracting(AdminUnit::id)
                    .containsExactlyInAnyOrder(county, jingang, yangshe, v1);
            assertThat(service.descendants(prefecture, LocalDate.of(2022, 1, 1))).extracting(AdminUnit::id)
                    .containsExactlyInAnyOrder(county, jg, hc, dj, yangshe, v1new);
        }

        @Test
        void isWithinFollowsParentLinks() {
            assertThat(service.isWithin(v1new, province)).isTrue();
            assertThat(service.isWithin(v1new, jg)).isTrue();
            assertThat(service.isWithin(v1new, jingang)).isFalse();
            assertThat(service.isWithin(county, county)).isTrue();
            assertThat(service.isWithin(county, jingang)).isFalse();
        }

        @Test
        void lineageGoesBothWaysWithShares() {
            Lineage forward = service.lineage(jingang);
            assertThat(forward.predecessors()).isEmpty();
            assertThat(forward.successors()).extracting(AdminUnit::id).containsExactlyInAnyOrder(jg, hc, dj);
            assertThat(forward.events()).singleElement().satisfies(e -> {
                assertThat(e.kind()).isEqualTo(ChangeKind.SPLIT);
                assertThat(e.share(jingang, hc)).as("share given to 后塍街道").isCloseTo(0.3, within(1e-12));
            });
            Lineage back = service.lineage(dj);
            assertThat(back.predecessors()).extracting(AdminUnit::id).containsExactly(jingang);
            assertThat(back.successors()).isEmpty();
            assertThat(service.lineage(v1new).predecessors()).extracting(AdminUnit::id).containsExactly(v1);
        }

        @Test
        void geometryIsOptionalAndChecked() {
            assertThat(service.geometry(county)).get().satisfies(g -> {
                assertThat(g.geoJson()).isNull();
                assertThat(g.centroidLon()).isNull();
            });
            service.setGeometry(new UnitGeometry(county, "{\"type\":\"Point\",\"coordinates\":[120.55,31.87]}", 120.55, 31.87));
            assertThat(service.geometry(county)).get().satisfies(g -> {
                assertThat(g.geoJson()).contains("Point");
                assertThat(g.centroidLat()).isCloseTo(31.87, within(1e-12));
            });
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new UnitGeometry(county, null, 200.0, 31.0))
                    .hasMessageContaining("(200.0, 31.0)");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.setGeometry(new UnitGeometry(-1, null, null, null)))
                    .isInstanceOf(UnknownUnitException.class);
        }

        @Test
        void padded12DigitCodesResolveToTheHighestLevelUnlessALevelIsGiven() {
            long city = units.insert("441900000000", "东莞市", UnitLevel.PREFECTURE, "市", province, V2016);
            long countyLevel = units.insert("441900000000", "东莞市", UnitLevel.COUNTY, "市", city, V2016);
            assertThat(service.findByCode("441900000000", V2016)).get().extracting(AdminUnit::id).isEqualTo(city);
            assertThat(service.findByCode("4419", V2016)).get().extracting(AdminUnit::id).isEqualTo(city);
            assertThat(service.findByCode("441900", V2016)).get().extracting(AdminUnit::id).isEqualTo(countyLevel);
            assertThat(service.findByCode("441900000000", UnitLevel.COUNTY, V2016)).get().extracting(AdminUnit::id)
                    .isEqualTo(countyLevel);
            assertThat(service.findByCodes(List.of("441900"))).extractingByKey("441900").asInstanceOf(
                    org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(2);
        }

        @Test
        void changeEventsByUnitAndByPeriod() {
            assertThat(service.changeEvents(jingang)).extracting(ChangeEvent::kind).containsExactly(ChangeKind.SPLIT);
            assertThat(service.changeEvents(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 1, 1)))
                    .extracting(ChangeEvent::kind).containsExactlyInAnyOrder(ChangeKind.SPLIT, ChangeKind.REPARENT);
            assertThat(service.changeEvents(LocalDate.of(2021, 1, 2), LocalDate.of(2022, 1, 1))).isEmpty();
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
