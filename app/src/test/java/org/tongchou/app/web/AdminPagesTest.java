package org.tongchou.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tongchou.app.indicators.Indicator;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.security.DemoAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The administration pages and APIs (feature admin) and the map API, by role, over real HTTP. */
@WebAppTest
class AdminPagesTest {
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
        if (indicators.find("adm_pop").isEmpty()) {
            indicators.define(List.of(
                    new Indicator("adm_pop", "人口", "population", "人", null, null, 0.0, null, null, null, null, ""),
                    new Indicator("adm_urban", "城镇人口", "urban population", "人", null, null, 0.0, null, null, null, null, ""),
                    new Indicator("adm_rate", "城镇化率", "urbanisation", "%", null, null, 0.0, 100.0, null, null,
                            "adm_urban / adm_pop * 100", "")));
        }
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

    @Test
    void boundaryUploadStoresGoodFilesAndRefusesBadOnesWhole() {
        String good = """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"code":"320582100"},
                  "geometry":{"type":"Polygon","coordinates":[[[120.5,31.8],[120.6,31.8],[120.6,31.9],[120.5,31.8]]]}},
                 {"type":"Feature","properties":{"name":"塘桥镇"},
                  "geometry":{"type":"MultiPolygon","coordinates":[[[[120.6,31.8],[120.7,31.8],[120.7,31.9],[120.6,31.8]]]]}}]}
                """;
        HttpResponse<String> r = http.send("POST", "/api/admin/map/boundaries?file=good.geojson", good, "admin", PW);
        assertThat(r.statusCode()).as("good file: %s", r.body()).isEqualTo(200);
        assertThat(json.readTree(r.body()).get("unitCodes").toString()).contains(WebTestFixture.YANGSHE, WebTestFixture.TANGQIAO);

        String bad = """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"code":"320582100"},
                  "geometry":{"type":"Polygon","coordinates":[[[1.0,2.0],[3.0,2.0],[3.0,4.0],[9.0,9.0]]]}},
                 {"type":"Feature","properties":{"name":"没有这个镇"},
                  "geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}},
                 {"type":"Feature","properties":{"name":"塘桥镇"},"geometry":{"type":"Point","coordinates":[0,0]}},
                 {"type":"Feature","properties":{"code":"320582101000"},
                  "geometry":{"type":"Polygon","coordinates":[[[200,0],[1,0],[1,1],[200,0]]]}}]}
                """;
        HttpResponse<String> refused = http.send("POST", "/api/admin/map/boundaries?file=bad.geojson", bad, "admin", PW);
        assertThat(refused.statusCode()).as("bad file: %s", refused.body()).isEqualTo(400);
        JsonNode errors = json.readTree(refused.body()).get("errors");
        assertThat(errors.size()).as("every problem reported: %s", errors).as("two positions out of range in feature 3").isEqualTo(6);
        assertThat(errors.toString()).contains("feature 0", "not closed", "feature 1", "没有这个镇", "feature 2", "Point",
                "feature 3", "outside longitude/latitude", "given twice");

        JsonNode map = json.readTree(http.get("/api/map/township", REPORTER, PW).body());
        assertThat(map.get("features").size()).as("both towns drawn, bad file stored nothing").isEqualTo(2);
        assertThat(map.get("features").get(0).get("geometry").toString()).as("first town keeps the good file's shape")
                .contains("120.5");
        assertThat(map.get("schematic").asBoolean()).as("uploaded boundaries are real").isFalse();

        assertThat(http.send("POST", "/api/admin/map/boundaries", good, REPORTER, PW).statusCode())
                .as("reporters may not upload boundaries").isEqualTo(403);
        assertThat(http.send("POST", "/api/admin/map/boundaries", "not json", "admin", PW).statusCode()).isEqualTo(400);
    }
}
