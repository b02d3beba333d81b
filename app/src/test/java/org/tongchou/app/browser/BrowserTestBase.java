package org.tongchou.app.browser;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tongchou.app.demo.DemoAccounts;
import org.tongchou.app.security.Role;
import org.tongchou.app.support.WebAppTest;

/**
 * Base of the browser tests: the whole application on a random port (H2, demo accounts, two towns)
 * and one signed-in headless Chromium per role, started on first use and shared by the class's
 * tests. Skips the class with a message when Chromium or ChromeDriver is absent.
 */
@WebAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTestBase {
    /** The demo account used for each role; the reporter is scoped to 杨舍镇 (320582100). */
    protected static final Map<Role, String> ACCOUNTS = Map.of(Role.ADMIN, "admin", Role.ANALYST, "analyst",
            Role.LEADER, "leader", Role.REPORTER, "reporter-320582100");
    protected static final String PASSWORD = DemoAccounts.PASSWORD;

    @LocalServerPort
    protected int port;
    private final Map<Role, Browser> signedIn = new EnumMap<>(Role.class);

    @BeforeAll
    void requireBrowser() {
        Assumptions.assumeTrue(Browsers.available(), Browsers::absenceMessage);
    }

    protected String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** A browser signed in with the role's demo account (the same one for the whole class). */
    protected Browser as(Role role) {
        return signedIn.computeIfAbsent(role, r -> {
            Browser b = Browsers.start(baseUrl(), 1280, 900);
            b.signIn(ACCOUNTS.get(r), PASSWORD);
            return b;
        });
    }

    /** A fresh browser nobody has signed in to; the caller closes it. */
    protected Browser anonymous(int width, int height) {
        return Browsers.start(baseUrl(), width, height);
    }

    @AfterAll
    void closeBrowsers() {
        signedIn.values().forEach(Browser::close);
        signedIn.clear();
    }
}
