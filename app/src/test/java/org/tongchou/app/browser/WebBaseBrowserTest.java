package org.tongchou.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.tongchou.app.security.Role;
import org.tongchou.app.support.WebTestFixture;

/** Sign-in, navigation per role, the language switch, scoping and console-clean pages, in Chromium. */
class WebBaseBrowserTest extends BrowserTestBase {

    private static List<String> navPaths(Browser b) {
        List<String> paths = new ArrayList<>();
        for (WebElement a : b.findAll(By.cssSelector(".main-nav a"))) {
            paths.add(a.getAttribute("pathname"));
        }
        return paths;
    }

    @Test
    void everyRoleSignsInAndSeesItsNavigation() {
        for (Role role : Role.values()) {
            Browser b = as(role).open("/");
            assertThat(b.text(By.cssSelector(".role-badge"))).as("role badge of %s", role).isNotBlank();
            List<String> nav = navPaths(b);
            assertThat(nav).as("navigation of %s", role).contains("/", "/units");
            if (role == Role.ADMIN) {
                assertThat(nav).contains("/admin/users");
            } else {
                assertThat(nav).as("only administrators see user administration").doesNotContain("/admin/users");
            }
            b.screenshot("home-" + role.name().toLowerCase());
        }
        assertThat(as(Role.REPORTER).text(By.id("scope-unit"))).isEqualTo(WebTestFixture.YANGSHE);
    }

    @Test
    void signInPageShowsDemoAccountsAndRejectsWrongPassword() {
        try (Browser b = anonymous(1280, 900)) {
            b.open("/");
            assertThat(b.driver().getCurrentUrl()).as("anonymous visitors are sent to sign in").endsWith("/login");
            assertThat(b.findAll(By.cssSelector("#demo-accounts tbody tr"))).as("demo accounts: 3 + 2 reporters")
                    .hasSize(5);
            b.screenshot("login");
            b.find(By.id("username")).sendKeys("admin");
            b.find(By.id("password")).sendKeys("not-the-password");
            b.clickAndLoad(By.id("sign-in"));
            assertThat(b.text(By.id("login-error"))).isEqualTo("用户名或密码不正确。");
        }
    }

    @Test
    void languageSwitchesToEnglishAndBackAndIsRemembered() {
        try (Browser b = anonymous(1280, 900)) {
            b.signIn("leader", PASSWORD);
            b.open("/");
            assertThat(b.text(By.tagName("h1"))).endsWith("您好");
            assertThat(b.find(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
            b.clickAndLoad(By.id("lang-en"));
            assertThat(b.text(By.tagName("h1"))).startsWith("Welcome");
            assertThat(b.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            b.open("/units");
            assertThat(b.text(By.tagName("h1"))).as("the choice is kept (cookie)").isEqualTo("Towns");
            b.screenshot("towns-en");
            b.clickAndLoad(By.id("lang-zh"));
            assertThat(b.text(By.tagName("h1"))).isEqualTo("镇（街道）");
        }
    }

    @Test
    void reporterOpeningAnotherTownGets403() {
        Browser b = as(Role.REPORTER);
        b.open("/units/" + WebTestFixture.YANGSHE);
        assertThat(b.text(By.id("unit-name"))).isEqualTo("杨舍镇");
        b.screenshot("unit-reporter-own-town");
        b.openExpectingStatus("/units/" + WebTestFixture.TANGQIAO, 403);
        assertThat(b.text(By.tagName("h1"))).isEqualTo("无权访问");
        b.screenshot("unit-reporter-other-town-403");
        b.openExpectingStatus("/units/" + WebTestFixture.TANGQIAO_VILLAGE, 403);
        b.openExpectingStatus("/admin/users", 403);
        b.open("/units");
        assertThat(b.driver().getCurrentUrl()).as("a reporter's town list is their town")
                .endsWith("/units/" + WebTestFixture.YANGSHE);
    }

    @Test
    void everyPageRendersWithoutConsoleErrors() {
        for (Role role : Role.values()) {
            Browser b = as(role);
            b.open("/");
            b.open("/units/" + WebTestFixture.YANGSHE);
            b.open("/units/" + WebTestFixture.YANGSHE_VILLAGE);
            if (role != Role.REPORTER) {
                b.open("/units");
                assertThat(b.findAll(By.cssSelector("#towns a"))).as("towns seen by %s", role).hasSize(2);
                b.open("/units/320582000000");
                b.screenshot("unit-city-" + role.name().toLowerCase());
            }
        }
        Browser admin = as(Role.ADMIN).open("/admin/users");
        admin.screenshot("admin-users");
        admin.open("/swagger-ui/index.html");
        admin.openExpectingStatus("/no-such-page", 404);
        admin.screenshot("not-found");
    }

    @Test
    void administratorCreatesAUserThroughTheForm() {
        Browser b = as(Role.ADMIN).open("/admin/users");
        b.find(By.cssSelector("#create-user input[name=username]")).sendKeys("clerk-form");
        b.find(By.cssSelector("#create-user input[name=displayName]")).sendKeys("表单用户");
        b.find(By.cssSelector("#create-user input[name=password]")).sendKeys("form-password-1");
        b.find(By.cssSelector("#create-user select[name=role]")).sendKeys("镇级填报员");
        b.find(By.cssSelector("#create-user input[name=scopeUnit]")).sendKeys(WebTestFixture.TANGQIAO);
        b.clickAndLoad(By.cssSelector("#create-user button[type=submit]"));
        assertThat(b.text(By.id("flash-success"))).contains("clerk-form");
        assertThat(b.text(By.id("user-clerk-form"))).contains("表单用户", WebTestFixture.TANGQIAO);
        assertThat(b.text(By.id("change-audit"))).contains("创建用户", "clerk-form");
        b.screenshot("admin-user-created");
    }

    @Test
    void layoutFitsATabletInPortrait() {
        try (Browser b = anonymous(768, 1024)) {
            b.signIn("analyst", PASSWORD);
            b.open("/");
            Object overflow = b.driver().executeScript(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
            assertThat(overflow).as("no horizontal scrolling at 768 px").isEqualTo(false);
            b.screenshot("home-tablet");
        }
    }
}
