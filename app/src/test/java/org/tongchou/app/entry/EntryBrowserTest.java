package org.tongchou.app.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tongchou.app.security.Role;
import org.tongchou.app.support.WebTestFixture;
import org.tongchou.app.browser.Browser;
import org.tongchou.app.browser.BrowserTestBase;

/**
 * The clerk's month in Chromium: the reporter of 杨舍镇 fills in the town's form (a wrong value is
 * flagged as it is typed, through htmx), submits it; the analyst approves it in the review queue.
 * No console errors on any page; screenshots in app/target/screenshots/entry-*.png.
 */
class EntryBrowserTest extends BrowserTestBase {
    private static final String TOWN = WebTestFixture.YANGSHE;
    private static final String PERIOD = "2025H2";

    private static void type(Browser b, String indicator, String value) {
        WebElement in = b.find(By.id("v_" + indicator));
        in.clear();
        in.sendKeys(value, Keys.TAB);
    }

    @Test
    void reporterEntersAndSubmitsAnalystApproves() {
        Browser reporter = as(Role.REPORTER);
        reporter.open("/entry");
        reporter.clickAndLoad(By.linkText("杨舍镇"));
        reporter.open("/entry/" + TOWN + "/" + PERIOD);
        assertThat(reporter.text(By.id("form-title"))).contains("杨舍镇", PERIOD);

        type(reporter, "gdp", "-5");
        WebDriverWait wait = new WebDriverWait(reporter.driver(), Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#fb-gdp .problem")));
        assertThat(reporter.text(By.cssSelector("#fb-gdp .problem"))).as("range problem shown while typing").contains("超出合理范围");
        reporter.screenshot("entry-reporter-typing-error");

        type(reporter, "gdp", "650000");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#fb-gdp .problem"), 0));
        type(reporter, "budget_revenue", "52000");
        type(reporter, "fixed_asset_investment", "210000");
        reporter.clickAndLoad(By.id("save-draft"));
        assertThat(reporter.text(By.id("saved"))).isEqualTo("已保存为草稿。");
        assertThat(reporter.text(By.id("st-gdp"))).isEqualTo("草稿");
        reporter.clickAndLoad(By.id("submit-form"));
        assertThat(reporter.text(By.id("saved"))).isEqualTo("已提交审核。");
        assertThat(reporter.text(By.id("st-gdp"))).isEqualTo("待审核");
        reporter.screenshot("entry-reporter-submitted");

        Browser analyst = as(Role.ANALYST);
        analyst.open("/review?period=" + PERIOD);
        assertThat(analyst.text(By.cssSelector("#queue-" + TOWN + " td.num"))).isEqualTo("3");
        analyst.screenshot("entry-analyst-queue");
        analyst.clickAndLoad(By.id("approve-" + TOWN));
        assertThat(analyst.text(By.id("review-done"))).contains("3");
        assertThat(analyst.text(By.cssSelector("#complete-" + TOWN + " td.approved"))).isEqualTo("3");
        assertThat(analyst.findAll(By.id("queue-" + TOWN))).as("approved town leaves the queue").isEmpty();
        analyst.screenshot("entry-analyst-approved");

        reporter.open("/entry/" + TOWN + "/" + PERIOD);
        assertThat(reporter.text(By.id("st-gdp"))).isEqualTo("已通过");
        assertThat(reporter.find(By.id("v_gdp")).getAttribute("readonly")).as("approved value is locked").isNotNull();
        reporter.open("/entry/" + TOWN + "/" + PERIOD + "/history/gdp");
        assertThat(reporter.findAll(By.cssSelector("#history tbody tr"))).as("draft, submitted, approved").hasSize(3);
        reporter.screenshot("entry-history");
    }
}
