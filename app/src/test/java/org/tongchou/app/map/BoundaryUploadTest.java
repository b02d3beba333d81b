package org.tongchou.app.map;

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

/** Uploading real town boundaries (administrators) and the map API that serves them, over real HTTP. */
@WebAppTest
class BoundaryUploadTest {
    private static final String PW = DemoAccounts.PASSWORD;
    private static final String REPORTER = "reporter-320582100";
    private final JsonMapper json = JsonMapper.builder().build();
    @LocalServerPort
    int port;
    private HttpTestClient http;

    @BeforeEach
    void client() {
        http = new HttpTestClient(port);
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
    void aBoundaryFileBeyondTheLimitIs413AndProblemListsStaySmall() {
        // the body is refused before it is read whole (the server then closes the connection: checked on the request)
        var tooLarge = new org.springframework.mock.web.MockHttpServletRequest("POST", "/api/admin/map/boundaries");
        tooLarge.setContent(new byte[MapApiController.MAX_BOUNDARY_BYTES + 1]);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MapApiController.body(tooLarge))
                .isInstanceOfSatisfying(BoundaryFileTooLargeException.class, e -> assertThat(e.status().value()).isEqualTo(413));

        // 1,500 features whose names are 1,000 characters: every problem counted, 1,000 listed, names cut short
        StringBuilder b = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        String name = "镇".repeat(1000);
        for (int i = 0; i < 1500; i++) {
            if (i > 0) b.append(',');
            b.append("{\"type\":\"Feature\",\"properties\":{\"name\":\"").append(name).append(i)
                    .append("\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,0]]]}}");
        }
        HttpResponse<String> many = http.send("POST", "/api/admin/map/boundaries?file=many.geojson", b.append("]}").toString(), "admin", PW);
        assertThat(many.statusCode()).isEqualTo(400);
        JsonNode body = json.readTree(many.body());
        assertThat(body.get("errorCount").asInt()).isEqualTo(1500);
        assertThat(body.get("errors").size()).isEqualTo(1000);
        assertThat(many.body().length()).as("the answer stays small").isLessThan(400_000);
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
