package org.tongchou.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tongchou.app.demo.DemoAccounts;
import org.tongchou.app.support.HttpTestClient;
import org.tongchou.app.support.WebAppTest;
import org.tongchou.app.support.WebTestFixture;

/**
 * Issue 9, finding 2: sessions follow the rights of their user, with two real HTTP sessions, the
 * administrator's and the user's. On the old code the user's open session kept the role and scope it
 * was signed in with (a demoted administrator went on creating administrators), and a password reset
 * or a disabling left it open.
 */
@WebAppTest
class SessionsFollowRightsTest {
    private static final String PW = "copper kettle evening";
    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    private HttpTestClient admin;

    @BeforeEach
    void administrator() {
        admin = new HttpTestClient(port);
        admin.signIn("admin", DemoAccounts.PASSWORD);
    }

    private HttpTestClient signedIn(String username) {
        HttpTestClient c = new HttpTestClient(port);
        c.signIn(username, PW);
        return c;
    }

    private void ensure(String username, Role role, String scope) {
        if (!users.exists(username)) users.create(new NewUser(username, username, PW, role, scope), "test");
    }

    private static String csrf(HttpTestClient c) {
        Matcher m = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(c.page("/", null, null).body());
        if (!m.find()) throw new IllegalStateException("no CSRF token");
        return m.group(1);
    }

    /** A JSON call in the client's session, with its CSRF token as htmx sends it. */
    private static HttpResponse<String> sessionPost(HttpTestClient c, String path, String json) {
        return c.send("POST", path + (path.contains("?") ? "&" : "?") + "_csrf=" + csrf(c), json, null, null);
    }

    @Test
    void aDemotedAdministratorLosesTheRightsOnTheNextRequest() {
        ensure("sess-admin", Role.ADMIN, null);
        HttpTestClient victim = signedIn("sess-admin");
        assertThat(victim.page("/admin/users", null, null).statusCode()).isEqualTo(200);

        HttpResponse<String> demote = admin.postForm("/admin/users/sess-admin/role", csrf(admin), "role", "ANALYST");
        assertThat(demote.statusCode()).isEqualTo(302);

        assertThat(victim.page("/admin/users", null, null).statusCode()).as("users page after the demotion").isEqualTo(403);
        String body = "{\"username\":\"sneaky-admin\",\"displayName\":\"S\",\"password\":\"velvet thunder garden\","
                + "\"role\":\"ADMIN\"}";
        HttpResponse<String> create = sessionPost(victim, "/api/users", body);
        assertThat(create.statusCode()).as("a demoted administrator creates no administrator").isEqualTo(403);
        assertThat(users.exists("sneaky-admin")).isFalse();
        assertThat(victim.get("/api/me", null, null).body()).as("the session shows the new role").contains("\"role\":\"ANALYST\"");
    }

    @Test
    void aNewScopeAppliesOnTheNextRequest() {
        ensure("sess-reporter", Role.REPORTER, WebTestFixture.YANGSHE);
        HttpTestClient reporter = signedIn("sess-reporter");
        String own = "/api/test-probe/units/" + WebTestFixture.YANGSHE;
        String other = "/api/test-probe/units/" + WebTestFixture.TANGQIAO;
        assertThat(reporter.get(own, null, null).statusCode()).isEqualTo(200);
        assertThat(reporter.get(other, null, null).statusCode()).isEqualTo(403);

        assertThat(admin.postForm("/admin/users/sess-reporter/role", csrf(admin), "role", "REPORTER", "scopeUnit",
                WebTestFixture.TANGQIAO).statusCode()).isEqualTo(302);
        assertThat(reporter.get(own, null, null).statusCode()).as("the old town, after the re-scope").isEqualTo(403);
        assertThat(reporter.get(other, null, null).statusCode()).as("the new town").isEqualTo(200);
    }

    @Test
    void aPasswordResetEndsTheSessions() {
        ensure("sess-reset", Role.LEADER, null);
        HttpTestClient user = signedIn("sess-reset");
        HttpTestClient second = signedIn("sess-reset");
        assertThat(user.get("/api/me", null, null).statusCode()).isEqualTo(200);

        assertThat(admin.postForm("/admin/users/sess-reset/password", csrf(admin), "password", "brand new sentence")
                .statusCode()).isEqualTo(302);
        assertThat(user.get("/api/me", null, null).statusCode()).as("API in the old session").isEqualTo(401);
        HttpResponse<String> page = second.page("/dashboard", null, null);
        assertThat(page.statusCode()).as("a page in the other old session").isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");
        new HttpTestClient(port).signIn("sess-reset", "brand new sentence");
    }

    @Test
    void disablingEndsTheSessionsAndEnablingDoesNotReviveThem() {
        ensure("sess-disable", Role.LEADER, null);
        HttpTestClient user = signedIn("sess-disable");
        assertThat(admin.postForm("/admin/users/sess-disable/enabled", csrf(admin), "enabled", "false").statusCode())
                .isEqualTo(302);
        assertThat(user.get("/api/me", null, null).statusCode()).as("after disabling").isEqualTo(401);
        assertThat(new HttpTestClient(port).trySignIn("sess-disable", PW).headers().firstValue("Location").orElse(""))
                .as("a disabled user cannot sign in").contains("error");

        assertThat(admin.postForm("/admin/users/sess-disable/enabled", csrf(admin), "enabled", "true").statusCode())
                .isEqualTo(302);
        assertThat(user.get("/api/me", null, null).statusCode()).as("the ended session stays ended").isEqualTo(401);
        signedIn("sess-disable");
    }

    @Test
    void aUserChangesTheirOwnPasswordAndTheirOtherSessionsEnd() {
        ensure("sess-own", Role.LEADER, null);
        HttpTestClient here = signedIn("sess-own");
        HttpTestClient elsewhere = signedIn("sess-own");
        HttpResponse<String> wrong = here.postForm("/account/password", csrf(here), "currentPassword", "not my password",
                "password", "river stones at dawn", "passwordAgain", "river stones at dawn");
        assertThat(wrong.headers().firstValue("Location").orElse("")).as("the current password is needed").endsWith("/account");
        assertThat(here.page("/account", null, null).body()).contains("currentPassword");

        HttpResponse<String> ok = here.postForm("/account/password", csrf(here), "currentPassword", PW,
                "password", "river stones at dawn", "passwordAgain", "river stones at dawn");
        assertThat(ok.headers().firstValue("Location").orElse("")).endsWith("/login?changed");
        assertThat(elsewhere.get("/api/me", null, null).statusCode()).as("the other session").isEqualTo(401);
        new HttpTestClient(port).signIn("sess-own", "river stones at dawn");
    }
}
