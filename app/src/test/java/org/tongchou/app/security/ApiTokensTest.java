package org.tongchou.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongchou.app.demo.DemoAccounts;
import org.tongchou.app.support.HttpTestClient;
import org.tongchou.app.support.WebAppTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 9, finding 9: API clients have their own credentials, and CSRF protection holds for every
 * cookie session. On the old code a request with {@code Authorization: Basic} skipped the CSRF check
 * even with a session cookie, and every 401 of the API said {@code WWW-Authenticate: Basic}, so
 * browsers prompted for a password and then sent it with every request.
 */
@WebAppTest
class ApiTokensTest {
    private static final String PW = "winter harbour lights";
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient plain = HttpClient.newHttpClient();
    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditService audit;

    @BeforeEach
    void accounts() {
        for (String u : new String[] {"tok-analyst", "tok-leader"}) {
            if (!users.exists(u)) users.create(new NewUser(u, u, PW, u.endsWith("analyst") ? Role.ANALYST : Role.LEADER,
                    null), "test");
        }
    }

    private static String csrf(HttpTestClient c) {
        Matcher m = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(c.page("/", null, null).body());
        if (!m.find()) throw new IllegalStateException("no CSRF token");
        return m.group(1);
    }

    private HttpResponse<String> call(String method, String path, String authorization, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) b.header("Authorization", authorization);
        return plain.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Creates a token in a signed-in session through the API, with the session's CSRF token. */
    private JsonNode create(HttpTestClient session, String path, String body) {
        HttpResponse<String> r = session.send("POST", path + "?_csrf=" + csrf(session), body, null, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json.readTree(r.body());
    }

    @Test
    void aTokenIsShownOnceStoredHashedScopedAuditedAndRevocable() throws Exception {
        HttpTestClient session = new HttpTestClient(port);
        session.signIn("tok-analyst", PW);
        JsonNode created = create(session, "/api/tokens", "{\"name\":\"nightly import\",\"expiresInDays\":30}");
        String token = created.get("token").asString();
        assertThat(token).startsWith("tc_").hasSize(46);

        String listed = session.get("/api/tokens", null, null).body();
        assertThat(listed).as("the list never shows the secret").contains("nightly import").doesNotContain(token);
        String stored = jdbc.sql("SELECT token_hash FROM api_token WHERE id = ?").param(created.get("id").asLong())
                .query(String.class).single();
        assertThat(stored).as("only the SHA-256 is stored").isEqualTo(ApiTokens.hash(token)).doesNotContain(token);

        HttpResponse<String> me = call("GET", "/api/me", "Bearer " + token, null);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json.readTree(me.body()).get("role").asString()).isEqualTo("ANALYST");
        assertThat(json.readTree(session.get("/api/tokens", null, null).body()).get(0).get("lastUsedAt").isNull())
                .as("last use recorded").isFalse();
        assertThat(call("POST", "/api/test-probe/units/320582100000", "Bearer " + token, null).statusCode())
                .as("a write with a read-write token, no CSRF token needed without a session").isEqualTo(200);

        assertThat(call("POST", "/api/tokens", "Bearer " + token, "{\"name\":\"more\"}").statusCode())
                .as("a token makes no tokens").isEqualTo(403);

        // the token follows its user's rights
        users.changeRole("tok-analyst", Role.LEADER, null, "admin");
        assertThat(call("POST", "/api/test-probe/units/320582100000", "Bearer " + token, null).statusCode())
                .as("the user was made a leader").isEqualTo(403);
        users.changeRole("tok-analyst", Role.ANALYST, null, "admin");

        HttpResponse<String> revoked = session.send("DELETE", "/api/tokens/" + created.get("id").asLong() + "?_csrf="
                + csrf(session), null, null, null);
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        HttpResponse<String> after = call("GET", "/api/me", "Bearer " + token, null);
        assertThat(after.statusCode()).as("revoked").isEqualTo(401);
        assertThat(after.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"tongchou\"");
        assertThat(audit.recentChanges(20)).extracting(ChangeRecord::action).contains("CREATE_API_TOKEN", "REVOKE_API_TOKEN");
    }

    @Test
    void aReadOnlyTokenReadsOnlyAndAnExpiredTokenNothing() throws Exception {
        HttpTestClient session = new HttpTestClient(port);
        session.signIn("tok-analyst", PW);
        String ro = create(session, "/api/tokens", "{\"name\":\"dashboard\",\"readOnly\":true}").get("token").asString();
        assertThat(call("GET", "/api/me", "Bearer " + ro, null).statusCode()).isEqualTo(200);
        HttpResponse<String> write = call("POST", "/api/test-probe/units/320582100000", "Bearer " + ro, null);
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(write.body()).contains("read-only");

        JsonNode shortLived = create(session, "/api/tokens", "{\"name\":\"one day\",\"expiresInDays\":1}");
        jdbc.sql("UPDATE api_token SET expires_at = ? WHERE id = ?")
                .params(OffsetDateTime.now().minusMinutes(1), shortLived.get("id").asLong()).update();
        assertThat(call("GET", "/api/me", "Bearer " + shortLived.get("token").asString(), null).statusCode())
                .as("expired").isEqualTo(401);
        HttpResponse<String> tooLong = session.send("POST", "/api/tokens?_csrf=" + csrf(session),
                "{\"name\":\"forever\",\"expiresInDays\":10000}", null, null);
        assertThat(tooLong.statusCode()).as("at most a year").isEqualTo(422);
    }

    @Test
    void anAdministratorMakesTokensForOthersOnThePageAndByApi() {
        HttpTestClient admin = new HttpTestClient(port);
        admin.signIn("admin", DemoAccounts.PASSWORD);
        JsonNode byApi = create(admin, "/api/users/tok-leader/tokens", "{\"name\":\"for the leader\",\"readOnly\":true}");
        assertThat(byApi.get("username").asString()).isEqualTo("tok-leader");

        HttpResponse<String> byPage = admin.postForm("/admin/users/tok-leader/tokens", csrf(admin), "name", "from the page",
                "expiresInDays", "7");
        assertThat(byPage.statusCode()).isEqualTo(302);
        String page = admin.page("/admin/users/tok-leader/tokens", null, null).body();
        Matcher shown = Pattern.compile("id=\"new-token-value\">(tc_[^<]+)<").matcher(page);
        assertThat(shown.find()).as("the new token is shown on the next page").isTrue();
        assertThat(admin.page("/admin/users/tok-leader/tokens", null, null).body()).as("and only once")
                .doesNotContain(shown.group(1)).contains("from the page").contains("for the leader");
        assertThat(audit.recentChanges(5)).anyMatch(c -> c.action().equals("CREATE_API_TOKEN")
                && c.target().equals("tok-leader") && c.actor().equals("admin"));

        HttpTestClient leader = new HttpTestClient(port);
        leader.signIn("tok-leader", PW);
        assertThat(leader.page("/account", null, null).body()).as("the owner sees them").contains("from the page");
        assertThat(leader.page("/admin/users/tok-leader/tokens", null, null).statusCode()).isEqualTo(403);
    }

    @Test
    void everyCookieSessionNeedsItsCsrfTokenWhateverElseTheRequestCarries() throws Exception {
        HttpTestClient session = new HttpTestClient(port);
        session.signIn("tok-analyst", PW);
        String cookie = session.sessionCookie();
        String token = new HttpTestClient(port).tokenFor("tok-analyst", PW);
        String basic = "Basic " + Base64.getEncoder().encodeToString(("tok-analyst:" + PW).getBytes(StandardCharsets.UTF_8));
        for (String authorization : new String[] {basic, "Bearer " + token, "Bearer nonsense"}) {
            HttpResponse<String> r = plain.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/api/test-probe/units/320582100000")).header("Cookie", cookie)
                    .header("Authorization", authorization).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as("session cookie, %s, no CSRF token", authorization.split(" ")[0]).isEqualTo(403);
        }
    }

    @Test
    void theApiNeverAsksABrowserForBasicCredentials() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString(("tok-analyst:" + PW).getBytes(StandardCharsets.UTF_8));
        for (String authorization : new String[] {null, basic, "Bearer tc_unknown"}) {
            HttpResponse<String> r = call("GET", "/api/me", authorization, null);
            assertThat(r.statusCode()).as("%s", authorization).isEqualTo(401);
            assertThat(r.headers().allValues("WWW-Authenticate")).as("no Basic challenge")
                    .noneMatch(v -> v.regionMatches(true, 0, "Basic", 0, 5));
        }
        assertThat(call("GET", "/api/me", basic, null).body()).as("HTTP Basic is refused with the way to a token")
                .contains("API token");
    }
}
