package org.tongchou.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongchou.app.demo.DemoService;
import org.tongchou.app.entry.Completeness;
import org.tongchou.app.entry.EntryService;
import org.tongchou.app.evaluation.EvaluationPlan;
import org.tongchou.app.evaluation.EvaluationResults;
import org.tongchou.app.evaluation.EvaluationService;
import org.tongchou.app.evaluation.RunInfo;
import org.tongchou.app.evaluation.RunResult;
import org.tongchou.app.periods.Period;
import org.tongchou.app.demo.DemoAccounts;
import org.tongchou.app.support.TestDatabaseConfig;

/**
 * The whole month on the demo city, in headless Chromium, every step a user does done through the
 * pages (typing and clicking):
 *
 * <ol>
 *   <li>the analyst approves every submitted town in the review queue ("approve all") and tries to run
 *       the default plan for 2025: refused, naming the town still in draft;</li>
 *   <li>that town's reporter signs in, gets 403 on another town's form and API, corrects their draft
 *       (investment, land and collective-income figures three times what the draft says, the survey
 *       score 99) and submits;</li>
 *   <li>the analyst approves it, runs the plan for 2025 on the plan page and publishes the run;</li>
 *   <li>the leader's dashboard shows 2025 with rank changes against 2024, the town's rank, score and
 *       ▲/▼ as the stored run has them, and the town higher than it would have been with its draft values;</li>
 *   <li>a correction after publication: the analyst reopens one of the town's values with a reason on
 *       its history page (audited, shown in the history) and the reporter can edit it again.</li>
 * </ol>
 *
 * <p>Setup, not part of the flow and done through services: the demo city (its loader runs and
 * publishes 2016–2024); the other draft towns' 2025 forms submitted (their reporters' work); and the baseline, the
 * 2025 run the town would have had with its draft values as they were, computed in a transaction that is
 * rolled back. Every page is checked for console errors; screenshots {@code app/target/screenshots/flow-*.png}.
 * Own H2 database; skipped without the code lists (scripts/fetch-divisions.sh) or Chromium.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:tongchou_flow_browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test-h2")
@Import(TestDatabaseConfig.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthlyFlowBrowserTest {
    private static final Period YEAR = Period.year(2025);
    private static final String PLAN = EvaluationPlan.DEFAULT_CODE;
    /** What the reporter corrects: totals whose draft was too low (three times it, still within five times last year). */
    private static final List<String> TRIPLED = List.of("fixed_asset_investment", "industrial_investment", "new_projects_over_100m",
            "foreign_investment_used", "reclaimed_land", "village_collective_income", "standard_factory_area");

    @LocalServerPort
    int port;
    @Autowired
    DemoService demo;
    @Autowired
    DemoAccounts accounts;
    @Autowired
    EvaluationService evaluation;
    @Autowired
    EvaluationResults results;
    @Autowired
    EntryService entry;
    @Autowired
    PlatformTransactionManager transactions;

    private final List<Browser> browsers = new java.util.ArrayList<>();
    private RunResult.UnitResult lastYear;
    private RunResult.UnitResult baseline;
    private String town;
    private String townName;
    private String otherTown;

    @BeforeAll
    void setUp() {
        Assumptions.assumeTrue(Browsers.available(), Browsers::absenceMessage);
        org.tongchou.app.demo.DemoCodeLists.assume();
        demo.load(false);
        accounts.ensure();
        // loading the demo runs and publishes the default plan for 2016–2024 (DemoEvaluation)
        assertThat(results.visibleRun(PLAN, Period.year(2024), false)).as("2024 published by the demo loader").isPresent();
        chooseTown();
        submitOtherDrafts();
        baseline = baselineOfTown();
    }

    /** The ranked town with 2025 still all in draft that was lowest in 2024: the most room to climb. */
    private void chooseTown() {
        RunInfo run2024 = results.visibleRun(PLAN, Period.year(2024), false).orElseThrow();
        Map<String, RunResult.UnitResult> ranked = new LinkedHashMap<>();
        results.result(run2024).units().forEach(u -> ranked.put(u.code(), u));
        List<Completeness> drafts = entry.completeness(YEAR).stream()
                .filter(c -> ranked.containsKey(c.unit().code()) && c.draft() == c.expected()).toList();
        assertThat(drafts).as("the demo leaves a third of the towns in draft for 2025").isNotEmpty();
        Completeness chosen = drafts.stream().max(Comparator.comparingDouble(c -> ranked.get(c.unit().code()).rank())).orElseThrow();
        town = chosen.unit().code();
        townName = chosen.unit().name();
        lastYear = ranked.get(town);
        otherTown = ranked.keySet().stream().filter(c -> !c.equals(town)).findFirst().orElseThrow();
    }

    /** Setup standing in for the other reporters: every other unit's 2025 draft submitted as it is. */
    private void submitOtherDrafts() {
        for (Completeness c : entry.completeness(YEAR)) {
            if (!c.unit().code().equals(town) && c.draft() + c.returned() > 0) {
                entry.save(c.unit().code(), YEAR, List.of(), true, "reporter-" + c.unit().code().substring(0, 9));
            }
        }
    }

    /** The 2025 result the town would get with its draft values approved unchanged; rolled back. */
    private RunResult.UnitResult baselineOfTown() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        return tx.execute(status -> {
            entry.save(town, YEAR, List.of(), true, "baseline");
            entry.approveAll(YEAR, "baseline");
            RunInfo run = evaluation.run(PLAN, YEAR, "baseline");
            RunResult.UnitResult u = unit(results.result(run), town);
            status.setRollbackOnly();
            return u;
        });
    }

    private static RunResult.UnitResult unit(RunResult r, String code) {
        return r.units().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
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

    private static void type(WebElement in, String text) {
        in.clear();
        in.sendKeys(text, Keys.TAB);
    }

    @Test
    void reporterEntersAnalystApprovesRunsAndPublishesLeaderSeesTheNewRanking() {
        Browser analyst = signedIn("analyst");
        Browser reporter = signedIn("reporter-" + town.substring(0, 9));
        Browser leader = signedIn("leader");

        // 1. the analyst clears the queue: every submitted town approved at once; the draft town is not in it
        analyst.open("/review?period=" + YEAR.code());
        assertThat(analyst.findAll(By.cssSelector("#queue tbody tr"))).as("towns waiting").isNotEmpty();
        assertThat(analyst.findAll(By.id("queue-" + town))).as("the draft town has submitted nothing").isEmpty();
        analyst.screenshot("flow-01-review-queue");
        analyst.clickAndLoad(By.id("approve-all"));
        assertThat(analyst.text(By.id("review-done"))).contains("已通过");
        assertThat(analyst.findAll(By.id("queue-empty"))).as("queue emptied").isNotEmpty();
        analyst.screenshot("flow-02-approved-all");

        // ... and cannot run 2025 yet: the page names the town whose values are missing
        runFromPlanPage(analyst);
        assertThat(analyst.text(By.id("run-error"))).contains(townName, "2025");
        analyst.screenshot("flow-03-run-refused");

        // 2. the reporter: another town is out of bounds, page and API
        reporter.openExpectingStatus("/entry/" + otherTown + "/" + YEAR.code(), 403);
        reporter.screenshot("flow-04-reporter-403");
        assertThat(reporter.fetchStatus("/api/entry/" + otherTown + "/" + YEAR.code())).as("another town's API").isEqualTo(403);
        assertThat(reporter.fetchStatus("/api/entry/" + town + "/" + YEAR.code())).as("own town's API").isEqualTo(200);

        // ... opens their own form from the list and corrects the draft
        reporter.open("/entry?period=" + YEAR.code());
        reporter.clickAndLoad(By.linkText(townName));
        assertThat(reporter.text(By.id("form-title"))).contains(townName, YEAR.code());
        reporter.screenshot("flow-05-reporter-draft");
        for (String code : TRIPLED) {
            WebElement in = reporter.find(By.id("v_" + code));
            double draft = Double.parseDouble(in.getAttribute("value"));
            type(in, String.valueOf(Math.round(draft * 3)));
        }
        type(reporter.find(By.id("v_satisfaction_score")), "99");
        type(reporter.find(By.id("c_fixed_asset_investment")), "补录了漏报的三个园区项目");
        reporter.clickAndLoad(By.id("submit-form"));
        assertThat(reporter.text(By.id("saved"))).isEqualTo("已提交审核。");
        assertThat(reporter.text(By.id("st-fixed_asset_investment"))).isEqualTo("待审核");
        int fields = reporter.findAll(By.cssSelector("[id^='st-']")).size();
        reporter.screenshot("flow-06-reporter-submitted");

        // 3. the analyst approves the town, runs 2025 and publishes the run
        analyst.open("/review?period=" + YEAR.code());
        assertThat(analyst.text(By.cssSelector("#queue-" + town + " td.num"))).isEqualTo(String.valueOf(fields));
        analyst.clickAndLoad(By.id("approve-" + town));
        assertThat(analyst.text(By.cssSelector("#complete-" + town + " td.approved"))).isEqualTo(String.valueOf(fields));
        analyst.screenshot("flow-07-town-approved");
        runFromPlanPage(analyst);
        Matcher m = Pattern.compile("2025 期（运行 #(\\d+)）").matcher(analyst.text(By.id("run-message")));
        assertThat(m.find()).as("run message: %s", analyst.text(By.id("run-message"))).isTrue();
        long runId = Long.parseLong(m.group(1));
        analyst.screenshot("flow-08-run-made");
        analyst.clickAndLoad(By.id("publish-" + runId));
        assertThat(analyst.text(By.id("run-row-" + runId))).contains("2025");
        assertThat(analyst.findAll(By.cssSelector("#run-row-" + runId + " .badge.ok"))).as("published").isNotEmpty();
        analyst.screenshot("flow-09-run-published");

        // 4. the leader's dashboard: 2025, as stored, with rank changes against 2024
        RunResult published = results.result(results.run(runId).orElseThrow());
        RunResult.UnitResult now = unit(published, town);
        leader.open("/dashboard");
        new WebDriverWait(leader.driver(), Duration.ofSeconds(15))
                .until(d -> !d.findElements(By.cssSelector("#ranking-chart canvas")).isEmpty());
        assertThat(leader.find(By.cssSelector("select[name=period] option[selected]")).getText()).isEqualTo("2025");
        List<WebElement> cells = leader.findAll(By.cssSelector("#rank-" + town + " td"));
        assertThat(cells.get(0).getText()).as("rank shown").isEqualTo(String.valueOf(Math.round(now.rank())));
        assertThat(Double.parseDouble(cells.get(2).getText())).as("score shown").isCloseTo(now.score() * 100, within(0.051));
        int climbed = (int) Math.round(lastYear.rank() - now.rank());
        assertThat(now.previousRank()).as("2024 rank kept with the run").isEqualTo(lastYear.rank());
        assertThat(cells.get(3).getText()).as("change against 2024")
                .isEqualTo(climbed > 0 ? "▲" + climbed : climbed < 0 ? "▼" + (-climbed) : "＝");
        assertThat(now.score() * 100).as("score (of 100) up by the correction").isGreaterThan(baseline.score() * 100 + 1);
        assertThat(now.rank()).as("rank with the corrected values vs. the draft's %s", baseline.rank()).isLessThan(baseline.rank());
        assertThat(leader.findAll(By.cssSelector("#ranking td.up, #ranking td.down"))).as("▲/▼ against 2024").isNotEmpty();
        leader.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", cells.get(0));
        leader.screenshot("flow-10-leader-dashboard");
        System.out.printf("monthly flow: %s 2024 rank %.0f; 2025 with the draft %.0f (score %.1f), as corrected %.0f (score %.1f)%n", townName,
                lastYear.rank(), baseline.rank(), baseline.score() * 100, now.rank(), now.score() * 100);
        leader.open("/towns/" + town);
        assertThat(leader.text(By.tagName("h1"))).contains(townName);
        leader.screenshot("flow-11-leader-town");

        // 5. a correction after publication: the analyst reopens one value with a reason, from its history
        analyst.open("/entry/" + town + "/" + YEAR.code());
        analyst.clickAndLoad(By.cssSelector("#row-satisfaction_score a"));
        analyst.find(By.id("reopen-reason")).sendKeys("满意度测评复核后需更正");
        analyst.clickAndLoad(By.id("reopen-submit"));
        assertThat(analyst.text(By.id("reopen-done"))).isNotBlank();
        List<WebElement> history = analyst.findAll(By.cssSelector("#history tbody tr"));
        assertThat(history.get(history.size() - 1).getText()).contains("已通过 → 被退回", "满意度测评复核后需更正", "analyst");
        assertThat(analyst.findAll(By.id("reopen"))).as("no second reopen of a returned value").isEmpty();
        analyst.screenshot("flow-12-reopened");
        reporter.open("/entry/" + town + "/" + YEAR.code());
        assertThat(reporter.text(By.id("st-satisfaction_score"))).isEqualTo("被退回");
        assertThat(reporter.find(By.id("v_satisfaction_score")).getAttribute("readonly")).as("editable again").isNull();
        assertThat(reporter.find(By.id("v_gdp")).getAttribute("readonly")).as("the rest stays locked").isNotNull();
        assertThat(reporter.text(By.cssSelector("#fb-satisfaction_score"))).contains("满意度测评复核后需更正");
        reporter.screenshot("flow-13-reporter-sees-reopened");
    }

    private void runFromPlanPage(Browser analyst) {
        analyst.open("/evaluation/plans");
        type(analyst.find(By.id("period-" + PLAN)), YEAR.code());
        analyst.clickAndLoad(By.id("run-" + PLAN));
    }
}
