package org.tongchou.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tongchou.app.demo.DemoAccounts;
import org.tongchou.app.support.HttpTestClient;
import org.tongchou.app.support.WebAppTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Malformed requests (bad JSON, wrong types, missing parameters, unknown paths, wrong methods and media
 * types) are answered by web.ErrorAdvice: problem details under /api, the error page elsewhere; never
 * 500, never a stack trace or the name of a Java class.
 */
@WebAppTest
class MalformedRequestsTest {
    private static final String PW = DemoAccounts.PASSWORD;
    private static final String TOWN = "320582100000";
    private final JsonMapper json = JsonMapper.builder().build();
    @LocalServerPort
    int port;
    private HttpTestClient http;

    @BeforeEach
    void client() {
        http = new HttpTestClient(port);
    }

    @Test
    void apiAnswersProblemDetails() {
        problem(http.send("POST", "/api/users", "{not json", "admin", PW), 400);
        problem(http.send("POST", "/api/users", "{\"username\":{\"a\":1},\"role\":[1,2]}", "admin", PW), 400);
        problem(http.send("PUT", "/api/users/leader/role", "{\"role\":{\"x\":1}}", "admin", PW), 400);
        problem(http.get("/api/data", "admin", PW), 400);
        problem(http.get("/api/data?unit=" + TOWN + "&period=2024X9", "admin", PW), 400);
        problem(http.get("/api/targets/history?unit=" + TOWN + "&indicator=X&year=not-a-year", "admin", PW), 400);
        problem(http.get("/api/no-such-thing", "admin", PW), 404);
        problem(http.get("/api/map/no-such-level", "admin", PW), 400);
        problem(http.send("DELETE", "/api/me", null, "admin", PW), 405);
        JsonNode wrongType = problem(raw("POST", "/api/users", "text/plain", "username=x", http.tokenFor("admin", PW)), 415);
        assertThat(wrongType.get("type").asString()).startsWith("tag:tongchou.org");
    }

    @Test
    void validationProblemsListFieldsWithACount() {
        JsonNode p = problem(http.get("/api/targets/history?unit=" + TOWN + "&indicator=X&year=twenty", "admin", PW), 400);
        assertThat(p.get("errors").get(0).get("field").asString()).isEqualTo("year");
        assertThat(p.get("errorCount").asInt()).isEqualTo(1);
    }

    @Test
    void pagesAnswerTheErrorPage() {
        http.signIn("analyst", PW);
        page(http.page("/no-such-page", null, null), 404);
        page(http.page("/review?period=2024X9", null, null), 400);
        page(http.page("/towns/not-a-code", null, null), 404);
        page(http.page("/evaluation/runs/not-a-number", null, null), 400);
        page(http.page("/units/" + TOWN + "/no-such-tab", null, null), 404);
        HttpResponse<String> wrongMethod = raw("PATCH", "/", "application/x-www-form-urlencoded", "a=b", null);
        assertThat(wrongMethod.statusCode()).as("PATCH / %s", wrongMethod.body()).isBetween(400, 499);
        clean(wrongMethod.body());
    }

    private JsonNode problem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as("status of %s %s: %s", r.request().method(), r.uri(), r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).as("content type of %s", r.uri())
                .startsWith("application/problem+json");
        clean(r.body());
        JsonNode p = json.readTree(r.body());
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.has("type") && p.has("title") && p.has("detail") && p.has("instance")).as(r.body()).isTrue();
        return p;
    }

    private static void page(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as("status of %s: %s", r.uri(), r.body()).isEqualTo(status);
        assertThat(r.body()).as("the error page at %s", r.uri()).contains("id=\"error-page\"");
        clean(r.body());
    }

    /** No stack trace, no Java class or package name. */
    private static void clean(String body) {
        assertThat(body).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("java.")
                .doesNotContain("org.springframework").doesNotContain("org.tongchou").doesNotContain("tools.jackson")
                .doesNotContain("com.fasterxml");
    }

    private HttpResponse<String> raw(String method, String path, String contentType, String body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", contentType).header("Accept", token == null ? "text/html" : "application/json");
        if (token != null) b.header("Authorization", "Bearer " + token);
        try {
            return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
