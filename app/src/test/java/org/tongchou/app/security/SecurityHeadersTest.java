package org.tongchou.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tongchou.app.demo.DemoAccounts;
import org.tongchou.app.support.HttpTestClient;
import org.tongchou.app.support.WebAppTest;

/**
 * What a careful IT department checks in the answers (issue 9, "smaller"): the session cookie is
 * HttpOnly and SameSite, pages and API send Referrer-Policy, nosniff, a CSP without framing and a
 * Permissions-Policy; a demo installation says so on every page; a password too long for bcrypt is
 * refused with 422 and a message. On the old code the cookie had no SameSite, there was no
 * Referrer-Policy nor Permissions-Policy, and a 73-byte password answered 500.
 */
@WebAppTest
class SecurityHeadersTest {
    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void careful(HttpHeaders h, String what) {
        assertThat(h.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(h.firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
        assertThat(h.firstValue("Content-Security-Policy").orElse("")).as(what).contains("frame-ancestors 'none'");
        assertThat(h.firstValue("Permissions-Policy").orElse("")).as(what).contains("camera=()").contains("geolocation=()");
        assertThat(h.firstValue("X-Frame-Options")).as(what).hasValue("DENY");
        assertThat(h.firstValue("Cross-Origin-Opener-Policy")).as(what).hasValue("same-origin");
    }

    @Test
    void pagesAndApiSendTheHeadersAndTheCookieIsSameSite() throws Exception {
        HttpResponse<String> login = get("/login");
        careful(login.headers(), "sign-in page");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow();
        assertThat(cookie).as("session cookie").contains("HttpOnly").contains("SameSite=Lax");
        careful(get("/api/me").headers(), "API (401)");
        HttpTestClient leader = new HttpTestClient(port);
        leader.signIn("leader", DemoAccounts.PASSWORD);
        careful(leader.page("/dashboard", null, null).headers(), "dashboard");
    }

    @Test
    void aDemoInstallationSaysSoOnEveryPage() throws Exception {
        assertThat(get("/login").body()).as("sign-in page, Chinese").contains("demo-banner").contains("演示数据与演示账户");
        assertThat(get("/login?lang=en").body()).as("sign-in page, English").contains("demo data and demo accounts");
        HttpTestClient leader = new HttpTestClient(port);
        leader.signIn("leader", DemoAccounts.PASSWORD);
        for (String page : new String[] {"/", "/dashboard", "/account", "/no-such-page"}) {
            assertThat(leader.page(page, null, null).body()).as(page).contains("id=\"demo-banner\"");
        }
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRefusedWith422() {
        HttpTestClient admin = new HttpTestClient(port);
        String chinese = "统筹城乡发展一体化推进三个集中建设美丽乡村共同富裕示范区城乡融合发展改革试验区";
        assertThat(chinese.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(72);
        HttpResponse<String> r = admin.send("PUT", "/api/users/leader/password", "{\"password\":\"" + chinese + "\"}",
                "admin", DemoAccounts.PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(r.body()).contains("72 bytes").doesNotContain(chinese);
        HttpResponse<String> common = admin.send("PUT", "/api/users/leader/password", "{\"password\":\"12345678\"}",
                "admin", DemoAccounts.PASSWORD);
        assertThat(common.statusCode()).isEqualTo(422);
    }
}
