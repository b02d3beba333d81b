package org.tongchou.app.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongchou.app.support.H2Test;
import org.tongchou.app.support.PostgresTest;
import org.tongchou.app.support.TestDatabase;

/** Applying hand-edited proposals: edited shares and dates are used; renames carry children; errors roll back. */
class ProposalApplyTest {
    static final LocalDate V2016 = LocalDate.of(2016, 7, 31);
    static final LocalDate D2021 = LocalDate.of(2021, 1, 1);

    abstract static class Contract {
        @Autowired
        UnitService service;
        @Autowired
        DivisionChangeService changes;
        @Autowired
        UnitRepository units;
        @Autowired
        TestDatabase db;
        @TempDir
        Path tmp;

        long county, jingang, yangshe, village1, village2, yVillage;

        @BeforeEach
        void fixture() {
            db.truncateAll();
            long p = units.insert("320000000000", "江苏省", UnitLevel.PROVINCE, "省", null, V2016);
            long c = units.insert("320500000000", "苏州市", UnitLevel.PREFECTURE, "市", p, V2016);
            county = units.insert("320582000000", "张家港市", UnitLevel.COUNTY, "市", c, V2016);
            jingang = units.insert("320582102000", "金港镇", UnitLevel.TOWNSHIP, "镇", county, V2016);
            yangshe = units.insert("320582100000", "杨舍镇", UnitLevel.TOWNSHIP, "镇", county, V2016);
            village1 = units.insert("320582102001", "中港社区居委会", UnitLevel.VILLAGE, "居委会", jingang, V2016);
            village2 = units.insert("320582102201", "德积村委会", UnitLevel.VILLAGE, "村委会", jingang, V2016);
            yVillage = units.insert("320582100001", "向阳社区居委会", UnitLevel.VILLAGE, "居委会", yangshe, V2016);
        }

        ChangeProposal file(String yaml) throws IOException {
            Path f = tmp.resolve("p.yaml");
            Files.writeString(f, yaml);
            return ProposalYaml.read(f);
        }

        @Test
        void editedSharesAndDatesAreApplied() throws IOException {
            var r = changes.apply(file("""
                    date: "2023-06-30"
                    changes:
                      - kind: REPARENT
                        predecessors: [{code: "320582102001", name: "中港社区居委会"}]
                        successors: [{code: "320582001001", name: "中港社区居委会", level: VILLAGE, parent: "320582001"}]
                        date: "2021-01-01"
                      - kind: SPLIT
                        date: "2021-01-01"
                        note: "by resident population, 2020 census (edited)"
                        predecessors: [{code: "320582102", name: "金港镇"}]
                        successors:
                          - {code: "320582001", name: "金港街道", level: TOWNSHIP, parent: "320582", shares: {"320582102": 0.6}}
                          - {code: "320582003", name: "德积街道", level: TOWNSHIP, parent: "320582", shares: {"320582102": 0.3}}
                          - {code: "320582100", name: "杨舍镇", existing: true, shares: {"320582102": 0.1}}
                      - kind: REPARENT
                        date: "2021-01-01"
                        predecessors: [{code: "320582102201", name: "德积村委会"}]
                        successors: [{code: "320582003201", name: "德积村委会", level: VILLAGE, parent: "320582003"}]
                    """));
            assertThat(r.events()).isEqualTo(3);
            assertThat(r.unitsClosed()).isEqualTo(3);
            assertThat(r.unitsOpened()).isEqualTo(4);
            assertThat(service.find(jingang).orElseThrow().validTo()).isEqualTo(D2021);
            AdminUnit dj = service.findByCode("320582003", D2021).orElseThrow();
            assertThat(dj.validFrom()).isEqualTo(D2021);
            assertThat(dj.kind()).isEqualTo("街道");
            ChangeEvent split = service.changeEvents(jingang).get(0);
            assertThat(split.kind()).isEqualTo(ChangeKind.SPLIT);
            assertThat(split.note()).contains("census");
            assertThat(split.share(jingang, dj.id())).as("edited share").isCloseTo(0.3, within(1e-12));
            assertThat(split.share(jingang, yangshe)).as("share absorbed by 杨舍镇").isCloseTo(0.1, within(1e-12));
            assertThat(split.absorbers()).extracting(AdminUnit::id).containsExactly(yangshe);
            assertThat(service.find(yangshe).orElseThrow().validTo()).as("an absorber continues").isNull();
            assertThat(service.lineage(yangshe).predecessors()).extracting(AdminUnit::id).containsExactly(jingang);
            assertThat(service.children(dj.id(), D2021)).extracting(AdminUnit::name).containsExactly("德积村委会");
        }

        @Test
        void aRenameCarriesTheUnchangedChildren() throws IOException {
            var r = changes.apply(file("""
                    date: "2021-01-01"
                    changes:
                      - kind: RENAME
                        predecessors: [{code: "320582100", name: "杨舍镇"}]
                        successors: [{code: "320582100", name: "杨舍街道", level: TOWNSHIP, parent: "320582"}]
                    """));
            assertThat(r.childrenMoved()).isEqualTo(1);
            AdminUnit renamed = service.findByCode("320582100", D2021).orElseThrow();
            assertThat(renamed.name()).isEqualTo("杨舍街道");
            assertThat(renamed.id()).isNotEqualTo(yangshe);
            assertThat(service.findByCode("320582100", V2016).orElseThrow().name()).isEqualTo("杨舍镇");
            assertThat(service.children(renamed.id(), D2021)).extracting(AdminUnit::id).containsExactly(yVillage);
            assertThat(service.changeEvents(yangshe).get(0).share(yangshe, renamed.id())).isEqualTo(1.0);
        }

        @Test
        void anIncompleteProposalIsRefusedWholeAndWritesNothing() throws IOException {
            ChangeProposal p = file("""
                    date: "2021-01-01"
                    changes:
                      - kind: SPLIT
                        predecessors: [{code: "320582102", name: "金港镇"}]
                        successors:
                          - {code: "320582001", name: "金港街道", level: TOWNSHIP, parent: "320582"}
                          - {code: "320582002", name: "后塍街道", level: TOWNSHIP, parent: "320582"}
                      - kind: CREATE
                        successors: [{code: "320582999", name: "新镇", level: TOWNSHIP, parent: "320599"}]
                      - kind: ABOLISH
                        predecessors: [{code: "320582777", name: "不存在"}]
                    """);
            assertThatThrownBy(() -> changes.apply(p)).isInstanceOf(ProposalException.class)
                    .hasMessageContaining("parent 320599 of successor 320582999 is not a current unit")
                    .hasMessageContaining("predecessor 320582777 不存在 is not a current unit")
                    .hasMessageContaining("320582102001 中港社区居委会 would stay under 320582102 金港镇")
                    .hasMessageContaining("320582102201 德积村委会 would stay under");
            assertThat(service.find(jingang).orElseThrow().validTo()).as("rolled back").isNull();
            assertThat(service.findByCode("320582001", D2021)).isEmpty();
            assertThat(service.changeEvents(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1))).isEmpty();
        }

        @Test
        void aSplitWithoutSharesGetsEqualShares() throws IOException {
            changes.apply(file("""
                    date: "2021-01-01"
                    changes:
                      - kind: SPLIT
                        predecessors: [{code: "320582102", name: "金港镇"}]
                        successors:
                          - {code: "320582001", name: "金港街道", level: TOWNSHIP, parent: "320582"}
                          - {code: "320582002", name: "后塍街道", level: TOWNSHIP, parent: "320582"}
                      - kind: REPARENT
                        predecessors: [{code: "320582102001"}]
                        successors: [{code: "320582001001", name: "中港社区居委会", level: VILLAGE, parent: "320582001"}]
                      - kind: ABOLISH
                        predecessors: [{code: "320582102201"}]
                    """));
            ChangeEvent split = service.changeEvents(jingang).get(0);
            assertThat(split.flows()).extracting(ChangeEvent.Flow::share).containsExactly(0.5, 0.5);
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
