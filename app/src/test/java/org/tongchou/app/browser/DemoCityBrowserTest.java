package org.tongchou.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.tongchou.app.demo.DemoService;
import org.tongchou.app.evaluation.EvaluationPlan;
import org.tongchou.app.evaluation.EvaluationService;
import org.tongchou.app.demo.DemoAccounts;
import org.tongchou.app.support.TestDatabaseConfig;

/**
 * The leader and analyst pages on the demo city (real code lists, generated synthetic values, the
 * default plan run and published) in Chromium: each page free of console errors, its chart drawn,
 * a screenshot in target/screenshots. Its own H2 database, so the demo's towns don't meet the other web
 * tests' two fixture towns; skipped without the code lists (scripts/fetch-divisions.sh) or Chromium.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:tongchou_demo_browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test-h2")
@Import(TestDatabaseConfig.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoCityBrowserTest {
    private static final String YANGSHE = "320582100000";
    private static final String TANGQIAO = "320582101000";
    @LocalServerPort
    int port;
    @Autowired
    DemoService demo;
    @Autowired
    DemoAccounts accounts;
    @Autowired
    EvaluationService evaluation;
    private Browser leader;
    private Browser analyst;

    @BeforeAll
    void loadDemo() {
        Assumptions.assumeTrue(Browsers.available(), Browsers::absenceMessage);
        org.tongchou.app.demo.DemoCodeLists.assume();
        demo.load(false);
        accounts.ensure();
        publishRuns();
        leader = Browsers.start("http://127.0.0.1:" + port, 1280, 900);
        leader.signIn("leader", DemoAccounts.PASSWORD);
        analyst = Browsers.start("http://127.0.0.1:" + port, 1280, 900);
        analyst.signIn("analyst", DemoAccounts.PASSWORD);
    }

    /**
     * The default plan, unchanged, must run on every complete demo year: towns only (development zones
     * and farms have no villages, so no collective income per village, and are not ranked).
     */
    private void publishRuns() {
        List<?> skipped = evaluation.runAndPublishYears(EvaluationPlan.DEFAULT_CODE, 2016, 2024, "test");
        assertThat(skipped).as("demo years the default plan could not run").isEmpty();
    }

    @AfterAll
    void close() {
        if (leader != null) leader.close();
        if (analyst != null) analyst.close();
    }

    /** ECharts draws into a canvas; an empty chart div has none. */
    private static void awaitChart(Browser b, String id) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(15))
                .until(d -> !d.findElements(By.cssSelector("#" + id + " canvas")).isEmpty());
    }

    @Test
    void dashboard() {
        leader.open("/dashboard");
        awaitChart(leader, "ranking-chart");
        assertThat(leader.findAll(By.cssSelector("#ranking tbody tr"))).as("the demo city's towns are ranked").hasSizeGreaterThan(5);
        assertThat(leader.findAll(By.id("synthetic-label"))).as("synthetic demo data is labelled").isNotEmpty();
        leader.screenshot("demo-dashboard");
    }

    /**
     * The robustness of the ranking as a leader meets it: the dashboard's interval chart drawn, the
     * interval column with its "not clearly ahead" marks, the run page reached from the run bar with its
     * robustness and method tables, and the interval on a town's page.
     */
    @Test
    void rankIntervalsAndTheRunPage() {
        leader.open("/dashboard");
        awaitChart(leader, "rank-interval-chart");
        assertThat(leader.findAll(By.cssSelector("#ranking td.rank-interval"))).as("an interval for every town").hasSizeGreaterThan(5);
        leader.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", leader.find(By.id("rank-interval-chart")));
        leader.screenshot("demo-dashboard-intervals");
        leader.clickAndLoad(By.id("runbar-run-link"));
        assertThat(leader.driver().getCurrentUrl()).contains("/evaluation/runs/");
        assertThat(leader.text(By.id("robustness-summary"))).contains("1,000").contains("20260101");
        assertThat(leader.findAll(By.cssSelector("#table-robustness tbody tr"))).hasSizeGreaterThan(5);
        assertThat(leader.findAll(By.cssSelector("#table-entropy tbody tr"))).as("entropy weights of the default plan").isNotEmpty();
        assertThat(leader.findAll(By.id("download-xlsx"))).isNotEmpty();
        leader.assertNoConsoleErrors("on the run page");
        leader.screenshot("demo-run-page");
        leader.driver().executeScript("arguments[0].scrollIntoView()", leader.find(By.id("method-tables")));
        leader.screenshot("demo-run-page-methods");
        leader.open("/towns/" + YANGSHE);
        assertThat(leader.text(By.id("rank-interval"))).contains("名次区间");
    }

    @Test
    void yangsheProfile() {
        leader.open("/towns/" + YANGSHE);
        assertThat(leader.text(By.tagName("h1"))).contains("杨舍镇");
        assertThat(leader.findAll(By.cssSelector("#dimensions tr"))).as("dimension scores shown").isNotEmpty();
        awaitChart(leader, "radar-chart");
        leader.screenshot("demo-town-yangshe");
    }

    @Test
    void compareTwoTowns() {
        leader.open("/compare?towns=" + YANGSHE + "&towns=" + TANGQIAO);
        awaitChart(leader, "compare-chart");
        assertThat(leader.findAll(By.cssSelector("#compare-table thead th"))).hasSize(3);
        leader.screenshot("demo-compare");
    }

    @Test
    void explorerShowsApportionedHistory() {
        leader.open("/explorer?indicator=resident_population&from=2016&to=2025");
        awaitChart(leader, "explorer-chart");
        assertThat(leader.findAll(By.cssSelector("#explorer-table tbody tr"))).hasSizeGreaterThan(5);
        assertThat(leader.text(By.id("explorer-notes"))).as("split successors of 金港镇 apportioned from it").contains("金港镇");
        leader.screenshot("demo-explorer");
    }

    /**
     * The dashboard's choropleth: drawn for the overall score, then switched to an indicator in place
     * (the values are fetched anew, the address keeps the choice), without console errors. The demo's
     * shapes are schematic, so the map says so.
     */
    @Test
    void dashboardMapSwitchesToAnIndicator() {
        leader.open("/dashboard");
        awaitMap(leader, "layer=index");
        WebElement select = leader.find(By.id("map-layer"));
        List<WebElement> indicators = select.findElements(By.cssSelector("optgroup:last-of-type option"));
        assertThat(indicators).as("indicators offered as map layers").isNotEmpty();
        String layer = indicators.get(0).getAttribute("value");
        new Select(select).selectByValue(layer);
        awaitMap(leader, "layer=" + layer);
        leader.assertNoConsoleErrors("after switching the map to " + layer);
        assertThat(leader.driver().getCurrentUrl()).contains("layer=" + layer);
        assertThat(leader.find(By.cssSelector("#city-map .map-note")).isDisplayed()).as("schematic shapes are labelled").isTrue();
        assertThat(leader.text(By.cssSelector("#city-map .map-note"))).contains("示意图");
        leader.screenshot("demo-dashboard-map-indicator");
        leader.open("/dashboard?layer=" + layer);
        awaitMap(leader, "layer=" + layer);
        assertThat(new Select(leader.find(By.id("map-layer"))).getFirstSelectedOption().getAttribute("value")).isEqualTo(layer);
    }

    /** A drawn map has a canvas and remembers the values it drew (data-map-drawn, set by map.js). */
    private static void awaitMap(Browser b, String values) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d -> {
            List<WebElement> maps = d.findElements(By.cssSelector("#city-map .tc-map"));
            return !maps.isEmpty() && !d.findElements(By.cssSelector("#city-map .tc-map canvas")).isEmpty()
                    && String.valueOf(maps.get(0).getAttribute("data-map-drawn")).contains(values);
        });
    }

    @Test
    void compareOneTownAcrossYears() {
        leader.open("/compare?towns=" + YANGSHE + "&towns=" + TANGQIAO);
        leader.clickAndLoad(By.id("mode-years"));
        assertThat(leader.driver().getCurrentUrl()).contains("mode=years").contains("town=" + YANGSHE);
        awaitChart(leader, "years-chart");
        assertThat(leader.findAll(By.cssSelector("#years-table thead th"))).as("every demo year and the change").hasSizeGreaterThan(5);
        leader.open("/compare?mode=years&town=320582100&years=2016&years=2020&years=2024");
        awaitChart(leader, "years-chart");
        assertThat(leader.text(By.cssSelector("#years-table thead"))).contains("2016", "2020", "2024", "2016→2024");
        assertThat(leader.findAll(By.cssSelector("#years-table tbody tr[data-row]"))).as("scores, dimensions, indicators").hasSizeGreaterThan(10);
        leader.screenshot("demo-compare-years");
    }

    /**
     * Every leader page on a 768 px tablet in both languages: no console errors, nothing wider than the
     * window (wide tables scroll in their own box), a screenshot of each.
     */
    @Test
    void leaderPagesFitATabletInBothLanguages() {
        try (Browser tablet = Browsers.start("http://127.0.0.1:" + port, 768, 1024)) {
            tablet.signIn("leader", DemoAccounts.PASSWORD);
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("dashboard", "/dashboard");
            pages.put("town", "/towns/" + YANGSHE);
            pages.put("compare", "/compare?towns=" + YANGSHE + "&towns=" + TANGQIAO);
            pages.put("compare-years", "/compare?mode=years&town=" + YANGSHE);
            pages.put("explorer", "/explorer?indicator=resident_population");
            pages.put("map", "/map");
            for (String lang : List.of("zh-CN", "en")) {
                for (Map.Entry<String, String> p : pages.entrySet()) {
                    String path = p.getValue() + (p.getValue().contains("?") ? "&" : "?") + "lang=" + lang;
                    tablet.open(path);
                    new WebDriverWait(tablet.driver(), Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector("[aria-busy]")).isEmpty());
                    assertThat(tablet.driver().getPageSource()).as("missing message keys on %s", path).doesNotContain("??");
                    assertThat(tablet.fitsWidth()).as("%s fits 768 px", path).isTrue();
                    tablet.assertNoConsoleErrors(path + " after its scripts ran");
                    tablet.screenshot("demo-768-" + p.getKey() + "-" + lang);
                    for (WebElement lower : tablet.findAll(By.cssSelector("#city-map, #years-table, #indicators"))) {
                        tablet.driver().executeScript("arguments[0].scrollIntoView();", lower);
                        tablet.screenshot("demo-768-" + p.getKey() + "-" + lang + "-" + lower.getAttribute("id"));
                    }
                }
            }
        }
    }

    @Test
    void analystSeesPlans() {
        analyst.open("/evaluation/plans");
        analyst.screenshot("demo-evaluation-plans");
    }
}
