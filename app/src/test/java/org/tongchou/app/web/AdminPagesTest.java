package org.tongchou.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.demo.DemoAccounts;
import org.tongchou.app.support.HttpTestClient;
import org.tongchou.app.support.WebAppTest;
import org.tongchou.app.support.WebTestFixture;

/** Every feature's administration page, by role, over real HTTP (the features' own tests check what each does). */
@WebAppTest
class AdminPagesTest {
    private static final String PW = DemoAccounts.PASSWORD;
    private static final String REPORTER = "reporter-320582100";
    @LocalServerPort
    int port;
    @Autowired
    IndicatorService indicators;
    private HttpTestClient http;

    @BeforeEach
    void client() {
        http = new HttpTestClient(port);
        WebTestFixture.ensureAdminIndicators(indicators);
    }

    /** Pages sign in through the form (the page chain has no HTTP Basic), one session per call. */
    private HttpResponse<String> page(String path, String user) {
        HttpTestClient c = new HttpTestClient(port);
        c.signIn(user, PW);
        return c.page(path, null, null);
    }

    private int pageStatus(String path, String user) {
        return page(path, user).statusCode();
    }

    @Test
    void adminOpensEveryAdministrationPageReporterIsRefused() {
        for (String path : List.of("/admin/indicators", "/admin/indicators/adm_rate", "/admin/periods", "/admin/map", "/admin/units/events", "/map")) {
            HttpResponse<String> r = page(path, "admin");
            assertThat(r.statusCode()).as("admin opens %s", path).isEqualTo(200);
        }
        assertThat(page("/admin/indicators", "admin").body()).as("indicator list").contains("adm_rate");
        assertThat(pageStatus("/admin/indicators", "analyst")).as("analysts edit the framework").isEqualTo(200);
        assertThat(pageStatus("/admin/periods", "analyst")).as("periods are for administrators").isEqualTo(403);
        for (String path : List.of("/admin/indicators", "/admin/periods", "/admin/map", "/admin/units/events")) {
            assertThat(pageStatus(path, REPORTER)).as("reporter opens %s", path).isEqualTo(403);
        }
        assertThat(pageStatus("/map", REPORTER)).as("everyone sees the map").isEqualTo(200);
    }
}
