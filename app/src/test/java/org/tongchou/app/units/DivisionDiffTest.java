package org.tongchou.app.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongchou.engine.testing.ReferenceData;

/** Reading the real lists for Zhangjiagang and proposing the changes between vintages. */
class DivisionDiffTest {
    static final String ZJG = "320582";

    private static final Map<String, DivisionList> READ = new java.util.concurrent.ConcurrentHashMap<>();

    static DivisionList read(String version) {
        Path dir = CodeLists.require(version);
        return READ.computeIfAbsent(version, v -> CodeListSource.resolve(dir.toString(), Path.of("unused")).read(ZJG, n -> { }));
    }

    /** Reference: zjg_township_units_by_vintage.csv, columns nbs_vintage,town_code,town_name,...,n_village_level. */
    static Map<String, String> referenceTowns(String vintage) throws IOException {
        Path f = ReferenceData.require("zhangjiagang/zjg_township_units_by_vintage.csv");
        Map<String, String> out = new TreeMap<>();
        for (String line : Files.readAllLines(f).subList(1, Files.readAllLines(f).size())) {
            List<String> c = DivisionListReader.split(line);
            if (c.get(0).equals(vintage)) out.put(c.get(1), c.get(2) + "/" + c.get(4));
        }
        return out;
    }

    static Set<String> referenceVillages(String vintage) throws IOException {
        Path f = ReferenceData.require("zhangjiagang/zjg_villages_" + vintage + ".csv");
        return Files.readAllLines(f).stream().skip(1).map(l -> l.split(",")[0] + " " + l.split(",")[1])
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void zhangjiagangListsMatchTheReferenceUnitsPerVintage() throws IOException {
        for (String[] v : new String[][] {{"2.0.0", "2016"}, {"2.4.0", "2020"}, {"2.7.0", "2023"}}) {
            DivisionList list = read(v[0]);
            Map<String, String> towns = new TreeMap<>();
            for (DivisionEntry t : list.level(UnitLevel.TOWNSHIP)) {
                long villages = list.level(UnitLevel.VILLAGE).stream().filter(x -> x.parentCode().equals(t.code())).count();
                towns.put(t.shortCode(), t.name() + "/" + villages);
            }
            assertThat(towns).as("zjg_township_units_by_vintage.csv, vintage " + v[1]).isEqualTo(referenceTowns(v[1]));
            Set<String> villages = list.level(UnitLevel.VILLAGE).stream().map(x -> x.code() + " " + x.name())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(villages).as("zjg_villages_" + v[1] + ".csv").isEqualTo(referenceVillages(v[1]));
            assertThat(list.level(UnitLevel.PROVINCE)).extracting(DivisionEntry::name).containsExactly("江苏省");
            assertThat(list.level(UnitLevel.COUNTY)).extracting(DivisionEntry::name).containsExactly("张家港市");
        }
    }

    @Test
    void villageKindsFollowTheReferenceClassification() throws IOException {
        Path f = ReferenceData.require("zhangjiagang/zjg_villages_2023.csv");
        Map<String, String> expected = Map.of("resident_committee", "居委会", "village_committee", "村委会", "other", "类似村级单位");
        for (String line : Files.readAllLines(f).subList(1, Files.readAllLines(f).size())) {
            String[] c = line.split(",");
            assertThat(UnitKinds.of(c[1], UnitLevel.VILLAGE)).as("kind of %s in zjg_villages_2023.csv", c[1])
                    .isEqualTo(expected.get(c[4]));
        }
        assertThat(UnitKinds.of("金港街道", UnitLevel.TOWNSHIP)).isEqualTo("街道");
        assertThat(UnitKinds.of("金港镇", UnitLevel.TOWNSHIP)).isEqualTo("镇");
        assertThat(UnitKinds.of("张家港经济技术开发区", UnitLevel.TOWNSHIP)).isEqualTo("开发区");
        assertThat(UnitKinds.of("张家港市畜禽良种场", UnitLevel.TOWNSHIP)).isEqualTo("农林场");
        assertThat(UnitKinds.of("东华门街道办事处", UnitLevel.TOWNSHIP)).isEqualTo("街道");
    }

    @Test
    void jingangIsProposedAsASplitIntoTheThreeSubdistricts() {
        // 2020 → 2023: exactly the three subdistricts
        ChangeProposal recent = DivisionDiff.propose(read("2.4.0"), read("2.7.0"), LocalDate.of(2023, 6, 30));
        ProposedChange split2020 = recent.changes().stream().filter(c -> c.kind() == ChangeKind.SPLIT).findFirst().orElseThrow();
        assertThat(split2020.predecessors()).extracting(ProposedChange.Predecessor::name).containsExactly("金港镇");
        assertThat(split2020.successors()).extracting(ProposedChange.Successor::name)
                .containsExactlyInAnyOrder("金港街道", "后塍街道", "德积街道");
        assertThat(split2020.successors()).allMatch(s -> !s.existing() && s.parentCode().equals("320582"));
        assertThat(recent.changes()).as("2020 → 2023 township-level changes: only the split")
                .filteredOn(c -> c.level() == UnitLevel.TOWNSHIP).hasSize(1);

        // 2016 → 2023: the same split, plus villages 金港镇 gave to 双山岛旅游度假区 between 2016 and 2020
        // (双山岛 has 1 village-level unit in 2016 and 5 in 2020), which continues and is marked existing
        ChangeProposal p = DivisionDiff.propose(read("2.0.0"), read("2.7.0"), LocalDate.of(2023, 6, 30));
        List<ProposedChange> townLevel = p.changes().stream().filter(c -> c.level() == UnitLevel.TOWNSHIP).toList();
        ProposedChange split = townLevel.stream().filter(c -> c.kind() == ChangeKind.SPLIT).findFirst().orElseThrow();
        assertThat(split.predecessors()).extracting(ProposedChange.Predecessor::name).containsExactly("金港镇");
        assertThat(split.successors()).filteredOn(s -> !s.existing()).extracting(ProposedChange.Successor::name)
                .containsExactlyInAnyOrder("金港街道", "后塍街道", "德积街道");
        assertThat(split.successors()).filteredOn(ProposedChange.Successor::existing).extracting(ProposedChange.Successor::name)
                .containsExactly("双山岛旅游度假区");
        double sum = split.successors().stream().mapToDouble(s -> s.shares().get("320582102")).sum();
        assertThat(sum).as("shares of 金港镇 sum to 1").isCloseTo(1.0, within(1e-9));
        // the 2016 list's 金港镇 villages found by name: the biggest part goes to 金港街道 (29 villages in 2023)
        ProposedChange.Successor jg = split.successors().stream().filter(s -> s.name().equals("金港街道")).findFirst().orElseThrow();
        assertThat(jg.shares().get("320582102")).isGreaterThan(0.4);
        // the four farm/park units that vanished between 2016 and 2020 (404 稻麦良种场, 405 畜禽良种场) are not invented
        assertThat(townLevel).filteredOn(c -> c.kind() == ChangeKind.SPLIT).hasSize(1);
        assertThat(townLevel.stream().flatMap(c -> c.predecessors().stream()).map(ProposedChange.Predecessor::code))
                .contains("320582102", "320582404", "320582405");
        // every 2023 unit is either unchanged or the successor of a proposed change
        DivisionList later = read("2.7.0");
        Set<String> successors = p.changes().stream().flatMap(c -> c.successors().stream()).filter(s -> !s.existing())
                .map(ProposedChange.Successor::code).collect(Collectors.toSet());
        long covered = later.byCode().keySet().stream().filter(successors::contains).count();
        assertThat(covered + p.unchanged()).as("units of the 2023 list accounted for").isEqualTo(later.size());
    }

    @Test
    void villagesOfJingangFollowTheirTownByName() {
        ChangeProposal p = DivisionDiff.propose(read("2.4.0"), read("2.7.0"), LocalDate.of(2023, 6, 30));
        List<ProposedChange> moved = p.changes().stream()
                .filter(c -> c.kind() == ChangeKind.REPARENT && c.level() == UnitLevel.VILLAGE
                        && c.predecessors().get(0).code().startsWith("320582102")).toList();
        // 2020: 53 villages in 金港镇; 2023: 29 + 13 + 11 = 53 in the three subdistricts
        assertThat(moved).as("金港镇 villages matched by name under the three subdistricts").hasSizeGreaterThan(45);
        assertThat(moved).allMatch(c -> c.successors().get(0).parentCode().matches("32058200[123]"));
    }

    @Test
    void proposalSurvivesTheYamlRoundTrip(@TempDir Path dir) {
        ChangeProposal p = DivisionDiff.propose(read("2.0.0"), read("2.7.0"), LocalDate.of(2023, 6, 30));
        Path f = dir.resolve("p.yaml");
        ProposalYaml.write(p, f);
        ChangeProposal back = ProposalYaml.read(f);
        assertThat(back.changes()).hasSameSizeAs(p.changes());
        for (int i = 0; i < p.changes().size(); i++) {
            ProposedChange a = p.changes().get(i);
            ProposedChange b = back.changes().get(i);
            assertThat(b.kind()).isEqualTo(a.kind());
            assertThat(b.date()).isEqualTo(a.date());
            assertThat(b.predecessors()).isEqualTo(a.predecessors());
            assertThat(b.successors()).extracting(ProposedChange.Successor::code, ProposedChange.Successor::name,
                    ProposedChange.Successor::existing, ProposedChange.Successor::shares)
                    .isEqualTo(a.successors().stream().map(s -> org.assertj.core.groups.Tuple.tuple(s.code(), s.name(),
                            s.existing(), s.shares())).toList());
        }
    }
}
