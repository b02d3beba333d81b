package org.tongchou.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import org.tongchou.app.support.TestClock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.tongchou.app.demo.DemoAccounts;
import org.tongchou.app.demo.DemoService;
import org.tongchou.app.entry.Completeness;
import org.tongchou.app.entry.EntryService;
import org.tongchou.app.evaluation.EvaluationPlan;
import org.tongchou.app.evaluation.EvaluationResults;
import org.tongchou.app.evaluation.RunResult;
import org.tongchou.app.periods.Period;
import org.tongchou.app.support.TestDatabaseConfig;

/**
 * The loop from one meeting to the next on the demo city, in headless Chromium, each step through the
 * pages (docs/meetings.md, "The loop"), with the application's clock moved by the test (never the wall
 * time):
 * <ol>
 *   <li>the analyst records a quarterly review meeting and three commitments of two towns (杨舍镇 two,
 *   塘桥镇 one) and publishes them;</li>
 *   <li>杨舍镇's reporter reports progress on the first with a photo as evidence and declares it done;
 *   塘桥镇's reporter declares theirs done;</li>
 *   <li>the analyst verifies 杨舍镇's and sends 塘桥镇's back with a reason; 塘桥镇's reporter finds it in
 *   the notification centre;</li>
 *   <li>the analyst runs 2025: 杨舍镇's commitments due in 2025 are all done on time;</li>
 *   <li>the clock passes the deadline of 杨舍镇's second commitment; the analyst's check marks it overdue;
 *   the leader sees it in the dashboard's overdue list;</li>
 *   <li>the analyst runs 2025 again: 杨舍镇's commitments due go up by one, those done on time stay, so
 *   承诺事项按时完成率 falls from 3/3 to 3/4 and with it its cadre score and its rank in the cadre
 *   dimension; the run's page of inputs shows the overdue commitment as due and not done.</li>
 * </ol>
 * Setup, not part of the flow and done through services (as in {@link MonthlyFlowBrowserTest}): the demo
 * city, and its 2025 drafts submitted and approved so that 2025 can be evaluated. Every page is checked
 * for console errors; screenshots {@code app/target/screenshots/loop-*.png}. Own H2 database; skipped
 * without the code lists or Chromium.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:tongchou_loop_browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "tongchou.meetings.check-cron=-"})
@ActiveProfiles("test-h2")
@Import({TestDatabaseConfig.class, MeetingLoopBrowserTest.MovedClock.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingLoopBrowserTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Period YEAR = Period.year(2025);
    private static final String YANGSHE = "320582100000";
    private static final String TANGQIAO = "320582101000";

    @TestConfiguration(proxyBeanMethods = false)
    static class MovedClock {
        @Bean
        @Primary
        TestClock movableClock() {
            return TestClock.startingAt(LocalDate.of(2025, 12, 10).atTime(9, 0).atZone(BEIJING).toInstant());
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    DemoService demo;
    @Autowired
    DemoAccounts accounts;
    @Autowired
    EntryService entry;
    @Autowired
    EvaluationResults results;
    @Autowired
    TestClock clock;

    private final List<Browser> browsers = new ArrayList<>();

    @BeforeAll
    void setUp() {
        Assumptions.assumeTrue(Browsers.available(), Browsers::absenceMessage);
        org.tongchou.app.demo.DemoCodeLists.assume();
        demo.load(false);
        accounts.ensure();
        for (Completeness c : entry.completeness(YEAR)) {
            if (c.draft() + c.returned() > 0) entry.save(c.unit().code(), YEAR, List.of(), true, "reporter-" + c.unit().code().substring(0, 9));
        }
        entry.approveAll(YEAR, "analyst");
    }

    @AfterAll
    void close() {
        browsers.forEach(Browser::close);
    }

    private Browser signedIn(String user) {
        Browser b = Browsers.start("http://127.0.0.1:" + port, 1280, 900);
        browsers.add(b);
        b.signIn(user, DemoAccounts.PASSWORD);
        return b;
    }

    private static void setValue(Browser b, String id, String value) {
        b.driver().executeScript("arguments[0].value = arguments[1];", b.find(By.id(id)), value);
    }

    private static long addCommitment(Browser analyst, String town, String text, String office, String deadline) {
        new Select(analyst.find(By.id("commitment-town"))).selectByValue(town);
        analyst.find(By.id("commitment-text")).sendKeys(text);
        analyst.find(By.id("commitment-office")).sendKeys(office);
        new Select(analyst.find(By.id("commitment-kind"))).selectByValue("MILESTONE");
        setValue(analyst, "commitment-deadline", deadline);
        analyst.clickAndLoad(By.id("commitment-add"));
        WebElement row = analyst.findAll(By.cssSelector("#meeting-commitments tbody tr")).stream()
                .filter(r -> r.getText().contains(text)).findFirst().orElseThrow();
        return Long.parseLong(row.getAttribute("id").substring("commitment-".length()));
    }

    private long runFromPlanPage(Browser analyst, String shot) {
        analyst.open("/evaluation/plans");
        WebElement period = analyst.find(By.id("period-" + EvaluationPlan.DEFAULT_CODE));
        period.clear();
        period.sendKeys(YEAR.code());
        analyst.clickAndLoad(By.id("run-" + EvaluationPlan.DEFAULT_CODE));
        Matcher m = Pattern.compile("2025 期（运行 #(\\d+)）").matcher(analyst.text(By.id("run-message")));
        assertThat(m.find()).as("run message: %s", analyst.text(By.id("run-message"))).isTrue();
        analyst.screenshot(shot);
        return Long.parseLong(m.group(1));
    }

    private RunResult.NodeScore score(long runId, String node) {
        return results.result(results.run(runId).orElseThrow()).scores().stream()
                .filter(s -> s.unit().equals(YANGSHE) && s.node().equals(node)).findFirst().orElseThrow();
    }

    @Test
    void fromOneMeetingToTheNextEvaluation() throws Exception {
        Browser analyst = signedIn("analyst");
        Browser yangshe = signedIn("reporter-320582100");
        Browser tangqiao = signedIn("reporter-320582101");
        Browser leader = signedIn("leader");

        // 1. the analyst records the meeting and three commitments of two towns, and publishes them
        analyst.open("/meetings");
        assertThat(analyst.text(By.id("meetings-table"))).as("the demo's meeting of the seed").contains("全市统筹城乡发展现场会");
        analyst.clickAndLoad(By.id("new-meeting"));
        new Select(analyst.find(By.id("meeting-kind"))).selectByValue("QUARTERLY_REVIEW");
        analyst.find(By.id("meeting-title")).sendKeys("2025 年第四季度统筹城乡发展点评会");
        setValue(analyst, "meeting-held-on", "2025-12-01");
        new Select(analyst.find(By.id("meeting-host"))).selectByValue(YANGSHE);
        new Select(analyst.find(By.id("meeting-plan"))).selectByValue(EvaluationPlan.DEFAULT_CODE);
        analyst.find(By.id("meeting-period")).sendKeys("2024");
        analyst.find(By.id("meeting-see")).sendKeys("杨舍镇标准型厂房");
        analyst.find(By.id("meeting-hear")).sendKeys("杨舍镇、塘桥镇汇报承诺落实情况");
        analyst.find(By.id("meeting-discuss")).sendKeys("年底前如何兑现承诺");
        analyst.find(By.id("meeting-requirements")).sendKeys("争先进位，攀高比强\n说到做到，按期兑现");
        analyst.screenshot("loop-01-meeting-form");
        analyst.clickAndLoad(By.id("meeting-save"));
        assertThat(analyst.text(By.id("meeting-saved"))).isNotBlank();
        assertThat(analyst.text(By.id("meeting-requirements-list"))).contains("争先进位，攀高比强", "说到做到，按期兑现");
        assertThat(analyst.findAll(By.cssSelector("#meeting-ranking tbody tr"))).as("the 2024 ranking it looked at").hasSizeGreaterThan(5);
        long first = addCommitment(analyst, YANGSHE, "杨舍镇：完成农贸市场改造", "杨舍镇经济发展局", "2025-12-15");
        long sentBack = addCommitment(analyst, TANGQIAO, "塘桥镇：建成村级便民服务中心", "塘桥镇社会事业局", "2025-12-31");
        long third = addCommitment(analyst, YANGSHE, "杨舍镇：完成老旧小区雨污分流", "杨舍镇建设局", "2025-12-20");
        analyst.clickAndLoad(By.id("publish-all"));
        assertThat(analyst.text(By.id("meeting-done"))).contains("3");
        analyst.screenshot("loop-02-meeting-commitments");

        // 2. the reporters: progress with evidence and a declaration; a declaration of the other town
        yangshe.open("/commitments/town/" + YANGSHE);
        yangshe.screenshot("loop-03-town-board");
        yangshe.clickAndLoad(By.cssSelector("#town-commitment-" + first + " a"));
        Path photo = Files.createTempFile("现场照片", ".png");
        Files.write(photo, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13});
        yangshe.find(By.id("progress-text")).sendKeys("主体工程完工，正在布置摊位");
        new Select(yangshe.find(By.id("progress-status"))).selectByValue("ON_TRACK");
        yangshe.find(By.id("progress-file")).sendKeys(photo.toString());
        yangshe.clickAndLoad(By.id("progress-submit"));
        assertThat(yangshe.text(By.id("commitment-done"))).isNotBlank();
        assertThat(yangshe.findAll(By.cssSelector(".evidence-link"))).as("the photo is kept as evidence").hasSize(1);
        yangshe.find(By.id("declare-text")).sendKeys("改造完成，已投入使用");
        yangshe.clickAndLoad(By.id("declare-submit"));
        assertThat(yangshe.text(By.id("commitment-review"))).isEqualTo("待核验");
        yangshe.screenshot("loop-04-declared-with-evidence");
        Files.deleteIfExists(photo);
        tangqiao.open("/commitments/" + sentBack);
        tangqiao.find(By.id("declare-text")).sendKeys("服务中心已建成");
        tangqiao.clickAndLoad(By.id("declare-submit"));
        assertThat(tangqiao.text(By.id("commitment-review"))).isEqualTo("待核验");

        // 3. the analyst verifies one and sends the other back; the town is told
        analyst.open("/commitments");
        assertThat(analyst.text(By.id("awaiting"))).contains("完成农贸市场改造", "建成村级便民服务中心");
        analyst.screenshot("loop-05-awaiting-verification");
        analyst.clickAndLoad(By.id("awaiting-" + first));
        analyst.clickAndLoad(By.id("verify"));
        assertThat(analyst.text(By.id("commitment-status"))).contains("已完成");
        assertThat(analyst.text(By.id("commitment-done-on"))).contains("2025-12-10", "按时");
        analyst.open("/commitments/" + sentBack);
        analyst.find(By.id("send-back-reason")).sendKeys("缺少竣工验收材料");
        analyst.clickAndLoad(By.id("send-back"));
        assertThat(analyst.text(By.id("commitment-review"))).isEqualTo("已退回");
        assertThat(analyst.text(By.id("commitment-history"))).contains("缺少竣工验收材料");
        analyst.screenshot("loop-06-sent-back");
        tangqiao.open("/notifications");
        assertThat(tangqiao.findAll(By.cssSelector("#notifications-table tr[data-kind=SENT_BACK]"))).as("sent back, in the centre").hasSize(1);
        tangqiao.screenshot("loop-07-notification-sent-back");

        // 4. the 2025 run as things stand: 杨舍镇 kept everything due so far on time
        long before = runFromPlanPage(analyst, "loop-08-run-before");
        RunResult.NodeScore rateBefore = score(before, "commitments_on_time_rate");
        RunResult.NodeScore cadreBefore = score(before, "cadres");
        assertThat(rateBefore.raw()).as("杨舍镇 on time 3 of 3 (two demo milestones and the verified one)").isCloseTo(100, within(1e-9));

        // 5. the deadline of the third passes: the clock moves, the analyst's check marks it overdue, the leader sees it
        clock.set(LocalDate.of(2025, 12, 22));
        analyst.open("/commitments");
        analyst.clickAndLoad(By.id("run-check"));
        assertThat(analyst.text(By.id("check-done"))).contains("2025-12-22");
        analyst.open("/commitments/" + third);
        assertThat(analyst.text(By.id("commitment-status"))).contains("逾期");
        leader.open("/dashboard");
        assertThat(leader.text(By.id("commitment-alerts"))).contains("完成老旧小区雨污分流");
        assertThat(leader.find(By.cssSelector("#alert-" + third + " .status")).getAttribute("data-status")).isEqualTo("OVERDUE");
        leader.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", leader.find(By.id("commitment-alerts")));
        leader.screenshot("loop-09-leader-sees-overdue");
        assertThat(leader.fetchStatus("/api/commitments/" + third)).isEqualTo(200);

        // 6. the next run: 3 of 4 on time, so the cadre score and its rank fall as docs/meetings.md says
        long after = runFromPlanPage(analyst, "loop-10-run-after");
        RunResult.NodeScore rateAfter = score(after, "commitments_on_time_rate");
        RunResult.NodeScore cadreAfter = score(after, "cadres");
        assertThat(rateAfter.raw()).as("杨舍镇 on time 3 of 4").isCloseTo(75, within(1e-9));
        assertThat(cadreAfter.score()).as("cadre score falls").isLessThan(cadreBefore.score());
        assertThat(cadreAfter.rank()).as("rank in the cadre dimension falls from %s", cadreBefore.rank()).isGreaterThan(cadreBefore.rank());
        analyst.open("/commitments/runs/" + after);
        assertThat(analyst.text(By.id("cadre-table"))).contains("#" + third).contains("到期未完成");
        analyst.screenshot("loop-11-run-inputs");
        System.out.printf("meeting loop: 杨舍镇 on-time rate %.0f → %.0f, cadre score %.1f → %.1f, cadre rank %.0f → %.0f, overall rank %.0f → %.0f%n",
                rateBefore.raw(), rateAfter.raw(), cadreBefore.score() * 100, cadreAfter.score() * 100, cadreBefore.rank(), cadreAfter.rank(),
                score(before, EvaluationPlan.ROOT).rank(), score(after, EvaluationPlan.ROOT).rank());
    }

    /** The pages of targets, progress, meetings and notifications in both languages: no console errors, no missing message. */
    @Test
    void theNewPagesInBothLanguages() {
        Browser leader = signedIn("leader");
        for (String lang : List.of("zh-CN", "en")) {
            for (String path : List.of("/meetings", "/meetings/1", "/commitments", "/commitments/town/" + TANGQIAO, "/targets?year=2025",
                    "/targets/progress?asOf=2025M09&profile=SEASONAL", "/notifications")) {
                leader.open(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
                assertThat(leader.driver().getPageSource()).as("missing message keys on %s", path).doesNotContain("??");
                assertThat(leader.fitsWidth()).as("%s fits the window", path).isTrue();
                leader.screenshot("loop-pages-" + path.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "") + "-" + lang);
            }
        }
        leader.open("/targets/progress?asOf=2025M09&profile=SEASONAL");
        assertThat(leader.findAll(By.cssSelector(".light-GREEN, .light-AMBER, .light-RED"))).as("traffic lights of the demo's monthly figures").isNotEmpty();
    }
}
