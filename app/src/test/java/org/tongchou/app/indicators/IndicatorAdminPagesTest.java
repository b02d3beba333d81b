package org.tongchou.app.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tongchou.app.demo.DemoAccounts;
import org.tongchou.app.support.HttpTestClient;
import org.tongchou.app.support.WebAppTest;
import org.tongchou.app.support.WebTestFixture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The indicator administration's formula check, by role, over real HTTP. */
@WebAppTest
class IndicatorAdminPagesTest {
    private static final String PW = DemoAccounts.PASSWORD;
    private static final String REPORTER = "reporter-320582100";
    private final JsonMapper json = JsonMapper.builder().build();
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
    void formulaCheckNamesUnknownIndicatorsAndCycles() {
        JsonNode ok = check("{\"code\":\"adm_rate\",\"formula\":\"adm_urban / adm_pop * 100\"}", "analyst");
        assertThat(ok.get("valid").asBoolean()).as("a good formula: %s", ok).isTrue();
        assertThat(ok.get("references").toString()).contains("adm_pop", "adm_urban");

        JsonNode unknown = check("{\"code\":\"adm_rate\",\"formula\":\"adm_urban / adm_nobody\"}", "admin");
        assertThat(unknown.get("valid").asBoolean()).isFalse();
        assertThat(unknown.get("problems").toString()).as("unknown name named").contains("adm_nobody");

        JsonNode cycle = check("{\"code\":\"adm_pop\",\"formula\":\"adm_rate * 2\"}", "admin");
        assertThat(cycle.get("valid").asBoolean()).isFalse();
        assertThat(cycle.get("problems").toString()).as("cycle named as its path").contains("adm_pop").contains("adm_rate")
                .contains("→");

        JsonNode syntax = check("{\"code\":\"adm_rate\",\"formula\":\"adm_urban / (\"}", "admin");
        assertThat(syntax.get("valid").asBoolean()).as("syntax error: %s", syntax).isFalse();

        HttpResponse<String> refused = http.send("POST", "/api/admin/indicators/formula-check",
                "{\"code\":\"adm_rate\",\"formula\":\"1\"}", REPORTER, PW);
        assertThat(refused.statusCode()).as("reporters may not use the editor").isEqualTo(403);
    }

    private JsonNode check(String body, String user) {
        HttpResponse<String> r = http.send("POST", "/api/admin/indicators/formula-check", body, user, PW);
        assertThat(r.statusCode()).as("formula check: %s", r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }
}
