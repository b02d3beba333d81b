package org.tongchou.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.tongchou.app.support.WebTestFixture;
import org.tongchou.app.support.HttpTestClient;
import org.tongchou.app.support.WebAppTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tongchou.app.security.AuditService;
import org.tongchou.app.demo.DemoAccounts;
import org.tongchou.app.security.UserService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API's security and its RFC 9457 problem details, over real HTTP. */
@WebAppTest
class ApiProblemsTest {
    private static final String PW = DemoAccounts.PASSWORD;
    private final JsonMapper json = JsonMapper.builder().build();
    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    AuditService audit;
    private HttpTestClient http;

    @BeforeEach
    void client() {
        http = new HttpTestClient(port);
    }

    private JsonNode problem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as("status of %s", r.uri()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).as("content type of %s", r.uri())
                .startsWith("application/problem+json");
        JsonNode p = json.readTree(r.body());
        assertThat(p.get("status").asInt()).as("status member").isEqualTo(status);
        assertThat(p.has("type") && p.has("title") && p.has("detail") && p.has("instance"))
                .as("type, title, detail, instance present in %s", r.body()).isTrue();
        assertThat(p.get("instance").asString()).as("instance is the request path").isEqualTo(r.uri().getPath());
        return p;
    }

    @Test
    void anonymousCallIsAnswered401WithProblem() {
        HttpResponse<String> r = http.get("/api/me", null, null);
        JsonNode p = problem(r, 401);
        assertThat(p.get("type").asString()).endsWith("problem/unauthenticated");
        assertThat(r.headers().firstValue("WWW-Authenticate")).as("a Bearer challenge, which no browser prompts for")
                .hasValue("Bearer realm=\"tongchou\"");
    }

    @Test
    void apiTokenWorksAndWrongPasswordIsAuditedAsFailure() {
        HttpResponse<String> ok = http.get("/api/me", "analyst", PW);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(json.readTree(ok.body()).get("role").asString()).isEqualTo("ANALYST");

        problem(http.get("/api/me", "analyst", "wrong-password"), 401);
        assertThat(audit.recentSignIns(20)).as("failed sign-in recorded")
                .anyMatch(s -> s.username().equals("analyst") && !s.success());
    }

    @Test
    void nonAdminGets403ProblemOnUserAdministration() {
        JsonNode p = problem(http.get("/api/users", "leader", PW), 403);
        assertThat(p.get("type").asString()).endsWith("problem/forbidden");
        problem(http.send("POST", "/api/users", "{}", "analyst", PW), 403);
    }

    @Test
    void unknownPathIs404Problem() {
        problem(http.get("/api/no-such-thing", "admin", PW), 404);
        problem(http.get("/api/users/nobody-here", "admin", PW), 404);
    }

    @Test
    void createUserListsEveryInvalidField() {
        String body = "{\"username\":\"Bad Name!\",\"displayName\":\"\",\"password\":\"short\",\"role\":\"REPORTER\"}";
        JsonNode p = problem(http.send("POST", "/api/users", body, "admin", PW), 422);
        assertThat(p.get("type").asString()).endsWith("problem/validation");
        List<String> fields = new ArrayList<>();
        p.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).as("every bad field reported at once")
                .containsExactlyInAnyOrder("username", "displayName", "password", "scopeUnit");
        assertThat(r(p)).as("password never echoed").doesNotContain("short");
    }

    private static String r(JsonNode p) {
        return p.toString();
    }

    @Test
    void malformedJsonAndBadEnumAre400Problems() {
        problem(http.send("POST", "/api/users", "{not json", "admin", PW), 400);
        problem(http.send("PUT", "/api/users/leader/role", "{\"role\":\"KING\"}", "admin", PW), 400);
    }

    @Test
    void administratorCreatesChangesAndResetsUserWithAudit() {
        String body = "{\"username\":\"clerk-a\",\"displayName\":\"Clerk A\",\"password\":\"long-enough-1\","
                + "\"role\":\"LEADER\"}";
        HttpResponse<String> created = http.send("POST", "/api/users", body, "admin", PW);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/users/clerk-a");
        assertThat(http.get("/api/me", "clerk-a", "long-enough-1").statusCode()).isEqualTo(200);

        HttpResponse<String> changed = http.send("PUT", "/api/users/clerk-a/role",
                "{\"role\":\"REPORTER\",\"scopeUnit\":\"320582100000\"}", "admin", PW);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(json.readTree(changed.body()).get("scopeUnit").asString()).isEqualTo("320582100000");

        assertThat(http.send("PUT", "/api/users/clerk-a/password", "{\"password\":\"another-secret\"}", "admin", PW)
                .statusCode()).isEqualTo(204);
        assertThat(http.get("/api/me", "clerk-a", "long-enough-1").statusCode()).as("old password refused").isEqualTo(401);
        assertThat(http.get("/api/me", "clerk-a", "another-secret").statusCode()).isEqualTo(200);

        JsonNode changes = json.readTree(http.get("/api/audit/changes", "admin", PW).body());
        List<String> actions = new ArrayList<>();
        changes.forEach(c -> {
            if (c.get("target").asString().equals("clerk-a") && !c.get("action").asString().endsWith("API_TOKEN")) {
                actions.add(c.get("action").asString());
            }
        });
        assertThat(actions).containsExactly("RESET_PASSWORD", "CHANGE_ROLE", "CREATE_USER");
        JsonNode roleChange = null;
        for (JsonNode c : changes) {
            if (c.get("action").asString().equals("CHANGE_ROLE") && c.get("target").asString().equals("clerk-a")) roleChange = c;
        }
        assertThat(roleChange.get("oldValue").asString()).isEqualTo("LEADER");
        assertThat(roleChange.get("newValue").asString()).isEqualTo("REPORTER@320582100000");
        assertThat(roleChange.get("actor").asString()).isEqualTo("admin");
    }

    @Test
    void unitKeyedCallsAreLimitedToTheReportersScope() {
        String reporter = "reporter-320582100";
        String own = "/api/test-probe/units/" + WebTestFixture.YANGSHE;
        String village = "/api/test-probe/units/" + WebTestFixture.YANGSHE_VILLAGE;
        String other = "/api/test-probe/units/" + WebTestFixture.TANGQIAO;
        String otherVillage = "/api/test-probe/units/" + WebTestFixture.TANGQIAO_VILLAGE;
        assertThat(http.get(own, reporter, PW).statusCode()).isEqualTo(200);
        assertThat(http.get(village, reporter, PW).statusCode()).as("own village").isEqualTo(200);
        assertThat(http.send("POST", village, null, reporter, PW).statusCode()).isEqualTo(200);
        JsonNode p = problem(http.get(other, reporter, PW), 403);
        assertThat(p.get("type").asString()).endsWith("problem/out-of-scope");
        problem(http.get(otherVillage, reporter, PW), 403);
        problem(http.send("POST", other, null, reporter, PW), 403);
        problem(http.get("/api/test-probe/units/999999999999", reporter, PW), 403);

        assertThat(http.get(other, "leader", PW).statusCode()).as("leader reads every unit").isEqualTo(200);
        problem(http.send("POST", other, null, "leader", PW), 403);
        assertThat(http.send("POST", other, null, "analyst", PW).statusCode()).isEqualTo(200);
    }

    @Test
    void unitApiFollowsTheSameScope() {
        String reporter = "reporter-320582100";
        HttpResponse<String> own = http.get("/api/units/" + WebTestFixture.YANGSHE, reporter, PW);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        JsonNode view = json.readTree(own.body());
        assertThat(view.get("unit").get("name").asString()).isEqualTo("杨舍镇");
        assertThat(view.get("children").size()).isEqualTo(1);
        problem(http.get("/api/units/" + WebTestFixture.TANGQIAO, reporter, PW), 403);
        JsonNode towns = json.readTree(http.get("/api/towns", reporter, PW).body());
        assertThat(towns.size()).as("a reporter sees only their own town").isEqualTo(1);
        assertThat(json.readTree(http.get("/api/towns", "leader", PW).body()).size()).isEqualTo(2);
        problem(http.get("/api/units/320582999000", "leader", PW), 404);
    }

    @Test
    void reporterScopeMustBeAnExistingTownship() {
        String body = "{\"role\":\"REPORTER\",\"scopeUnit\":\"%s\"}";
        JsonNode p = problem(http.send("PUT", "/api/users/leader/role", body.formatted(WebTestFixture.YANGSHE_VILLAGE),
                "admin", PW), 422);
        assertThat(p.get("errors").get(0).get("field").asString()).isEqualTo("scopeUnit");
        problem(http.send("PUT", "/api/users/leader/role", body.formatted("320582999000"), "admin", PW), 422);
    }

    @Test
    void demoAccountsExistForEveryTown() {
        assertThat(users.exists("reporter-320582100")).isTrue();
        assertThat(users.get("reporter-320582101").scopeUnit()).isEqualTo(WebTestFixture.TANGQIAO);
        assertThat(users.get("reporter-320582101").displayName()).isEqualTo("塘桥镇");
    }

    @Test
    void openApiDescriptionIsServed() {
        HttpResponse<String> r = http.get("/v3/api-docs/api", null, null);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode doc = json.readTree(r.body());
        assertThat(doc.get("openapi").asString()).startsWith("3.");
        assertThat(doc.get("paths").has("/api/users")).isTrue();
        assertThat(http.page("/swagger-ui/index.html", null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void pagesAnswerFriendlyErrors() {
        HttpResponse<String> anonymous = http.page("/admin/users", null, null);
        assertThat(anonymous.statusCode()).as("anonymous page visit redirected to sign-in").isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/login");

        http.signIn("leader", PW);
        HttpResponse<String> denied = http.page("/admin/users", null, null);
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.body()).contains("无权访问");

        HttpResponse<String> missing = http.page("/no-such-page?lang=en", null, null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found");

        // the session also serves the API; a change without the CSRF token is refused
        assertThat(http.get("/api/me", null, null).statusCode()).isEqualTo(200);
        problem(http.send("POST", "/api/test-probe/units/" + WebTestFixture.YANGSHE, null, null, null), 403);
    }
}
