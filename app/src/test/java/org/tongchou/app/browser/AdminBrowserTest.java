package org.tongchou.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tongchou.app.security.Role;

/** The administration pages and the map in Chromium: they render without console errors. */
class AdminBrowserTest extends BrowserTestBase {

    @Test
    void administrationPagesAndMapRenderCleanly() {
        Browser b = as(Role.ADMIN);
        b.open("/admin/indicators");
        b.screenshot("admin-indicators");
        b.open("/admin/periods");
        b.screenshot("admin-periods");
        b.open("/admin/units/events");
        b.screenshot("admin-unit-changes");
        b.open("/admin/map");
        b.screenshot("admin-boundaries");
        b.open("/map");
        // the map element either draws (canvas) or says that no geometry exists
        new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(d ->
                !d.findElements(By.cssSelector(".tc-map canvas")).isEmpty()
                        || !d.findElements(By.cssSelector(".tc-map .notice")).isEmpty());
        b.screenshot("map");
        assertThat(b.findAll(By.cssSelector(".tc-map"))).as("map element present").hasSize(1);
        b.open("/map");
    }
}
