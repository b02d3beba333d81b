package org.tongchou.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import org.tongchou.app.support.TestClock;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tongchou.app.support.HttpTestClient;

/**
 * A fresh, normal installation over real HTTP (issue 9, findings 3 and 4): the first administrator
 * from a one-time setup code, the demo password refused, sign-in guessing slowed and then locked,
 * unlocking audited, and the proxy header honoured only from the trusted proxy. On the old code there
 * was no setup page, {@code demo-2026} signed in wherever an account had it, and any number of
 * guesses was answered at once.
 */
@FreshInstallation
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FreshInstallationTest {
    private static final String ADMIN = "first-admin";
    private static final String ADMIN_PW = "granite orchard lantern";
    @LocalServerPort
    int port;
    @Autowired
    FirstAdministrator first;
    @Autowired
    UserService users;
    @Autowired
    UserRepository repository;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AuditService audit;
    @Autowired
    Installation installation;
    @Autowired
    TestClock clock;

    private HttpTestClient http;

    @BeforeEach
    void client() {
        http = new HttpTestClient(port);
    }

    private HttpResponse<String> setup(HttpTestClient c, String code, String username, String password, String again) {
        return c.postForm("/setup", csrf(c, "/setup"), "code", code, "username", username, "displayName", "First Admin",
                "password", password, "passwordAgain", again);
    }

    private static String csrf(HttpTestClient c, String page) {
        Matcher m = Pattern.compile("name=\"_csrf\" (?:content|value)=\"([^\"]+)\"").matcher(c.page(page, null, null).body());
        if (!m.find()) throw new IllegalStateException("no CSRF token on " + page);
        return m.group(1);
    }

    @Test
    @Order(1)
    void aFreshInstallationIsNoDemoAndHasNoAccounts() {
        assertThat(installation.isDemo()).isFalse();
        assertThat(users.list()).as("no demo accounts on a normal start").isEmpty();
        String login = http.page("/login", null, null).body();
        assertThat(login).as("no demo banner").doesNotContain("demo-banner");
        assertThat(login).as("no demo account table").doesNotContain("demo-accounts");
    }

    @Test
    @Order(2)
    void theFirstAdministratorIsMadeWithAOneTimeSetupCode() {
        FirstAdministrator.Code code = first.issueIfNeeded().orElseThrow();
        assertThat(code.code()).matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){4}");
        assertThat(http.page("/setup", null, null).body()).contains("setup-form");

        HttpResponse<String> wrong = setup(http.header("X-Forwarded-For", "198.51.100.1"), "AAAA-BBBB-CCCC-DDDD-EEEE",
                ADMIN, ADMIN_PW, ADMIN_PW);
        assertThat(wrong.statusCode()).as("a wrong code").isEqualTo(422);
        assertThat(audit.recentSignIns(5)).as("audited").anyMatch(s -> "INVALID_SETUP_CODE".equals(s.reason())
                && "198.51.100.1".equals(s.remoteAddr()));

        HttpTestClient browser = new HttpTestClient(port).header("X-Forwarded-For", "198.51.100.2");
        assertThat(setup(browser, code.code(), ADMIN, ADMIN_PW, "something else").statusCode()).as("passwords differ")
                .isEqualTo(422);
        HttpResponse<String> weak = setup(browser, code.code(), ADMIN, "password1234", "password1234");
        assertThat(weak.statusCode()).as("a common password").isEqualTo(422);
        assertThat(weak.body()).contains("common password");
        assertThat(users.hasAdministrator()).isFalse();

        // typed in lower case with spaces: still the code, which the refusals above left usable
        HttpResponse<String> ok = setup(browser, code.code().toLowerCase().replace('-', ' '), ADMIN, ADMIN_PW, ADMIN_PW);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(302);
        assertThat(ok.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(users.get(ADMIN).role()).isEqualTo(Role.ADMIN);
        assertThat(audit.recentChanges(10)).anyMatch(c -> c.action().equals("SETUP_ADMIN") && c.target().equals(ADMIN)
                && c.actor().equals("setup"));

        assertThat(setup(new HttpTestClient(port).header("X-Forwarded-For", "198.51.100.3"), code.code(), "second-admin",
                ADMIN_PW, ADMIN_PW).statusCode()).as("the code works once").isEqualTo(422);
        assertThat(users.exists("second-admin")).isFalse();
        assertThat(http.page("/setup", null, null).body()).as("closed once an administrator exists").contains("setup-closed");
        assertThat(first.issueIfNeeded()).as("no new code while an administrator exists").isEmpty();
        new HttpTestClient(port).signIn(ADMIN, ADMIN_PW);
    }

    @Test
    @Order(3)
    void aSetupCodeExpires() {
        // an administrator exists now: take it away for a moment to see a code expire
        repository.updateEnabled(ADMIN, false);
        try {
            FirstAdministrator.Code code = first.issueIfNeeded().orElseThrow();
            clock.advance(Duration.ofHours(24).plusMinutes(1));
            HttpResponse<String> late = setup(http.header("X-Forwarded-For", "198.51.100.4"), code.code(), "late-admin",
                    ADMIN_PW, ADMIN_PW);
            assertThat(late.statusCode()).as("24 h later").isEqualTo(422);
            assertThat(users.exists("late-admin")).isFalse();
        } finally {
            repository.updateEnabled(ADMIN, true);
        }
    }

    @Test
    @Order(4)
    void theDemoPasswordIsRefusedOutsideADemo() {
        // an account with the demo password, as an installation started with --demo before had them
        repository.insert("old-demo-admin", "old", encoder.encode(Installation.DEMO_PASSWORD), Role.ADMIN, null,
                clock.instant());
        HttpResponse<String> r = new HttpTestClient(port).header("X-Forwarded-For", "198.51.100.5")
                .trySignIn("old-demo-admin", Installation.DEMO_PASSWORD);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).as("refused, with the reason").endsWith("/login?demo");
        assertThat(audit.recentSignIns(5)).anyMatch(s -> s.username().equals("old-demo-admin")
                && "DEMO_PASSWORD_OUTSIDE_DEMO".equals(s.reason()));
        assertThat(PasswordPolicy.problem(Installation.DEMO_PASSWORD + "-x", "someone")).as("nor can it be set").isPresent();
    }

    @Test
    @Order(5)
    void guessingIsSlowedThenLockedAndAnAdministratorUnlocksAudited() {
        users.create(new NewUser("target", "Target", "quiet river morning", Role.ANALYST, null), ADMIN);
        // every guess from another address, so that only the account's counter acts
        long lastWait = 0;
        for (int failures = 1; failures <= 10; failures++) {
            HttpResponse<String> r = new HttpTestClient(port).header("X-Forwarded-For", "203.0.113." + failures)
                    .trySignIn("target", "guess number " + failures);
            assertThat(r.headers().firstValue("Location").orElse("")).as("guess %d answered", failures).endsWith("/login?error");
            if (failures >= 3 && failures < 10) {
                HttpResponse<String> tooSoon = new HttpTestClient(port).header("X-Forwarded-For", "203.0.113.5" + failures)
                        .trySignIn("target", "at once");
                assertThat(tooSoon.statusCode()).as("after failure %d the next guess at once is refused", failures)
                        .isEqualTo(429);
                assertThat(tooSoon.body()).contains("login-refused");
                long wait = Long.parseLong(tooSoon.headers().firstValue("Retry-After").orElseThrow());
                assertThat(wait).as("the delays grow").isGreaterThan(lastWait);
                lastWait = wait;
                clock.advance(Duration.ofSeconds(wait));
            }
        }
        assertThat(lastWait).as("1 s doubled up to the 60 s cap").isEqualTo(60);

        HttpResponse<String> right = new HttpTestClient(port).header("X-Forwarded-For", "203.0.113.99")
                .trySignIn("target", "quiet river morning");
        assertThat(right.statusCode()).as("the right password during the lock").isEqualTo(429);
        assertThat(Long.parseLong(right.headers().firstValue("Retry-After").orElseThrow())).as("30 min lock")
                .isBetween(1700L, 1800L);
        assertThat(audit.recentSignIns(3)).anyMatch(s -> "LOCKED".equals(s.reason()));

        HttpTestClient admin = new HttpTestClient(port);
        admin.signIn(ADMIN, ADMIN_PW);
        String page = admin.page("/admin/users", null, null).body();
        assertThat(page).as("the users page shows the lock").contains("locked-target");
        HttpResponse<String> unlock = admin.postForm("/admin/users/target/unlock", csrf(admin, "/admin/users"));
        assertThat(unlock.statusCode()).isEqualTo(302);
        assertThat(audit.recentChanges(5)).anyMatch(c -> c.action().equals("UNLOCK_USER") && c.target().equals("target")
                && c.actor().equals(ADMIN));
        new HttpTestClient(port).header("X-Forwarded-For", "203.0.113.98").signIn("target", "quiet river morning");
    }

    @Test
    @Order(6)
    void aLockRunsOutByItselfAndTheApiUnlocksToo() {
        HttpTestClient c = new HttpTestClient(port);
        for (int i = 0; i < 10; i++) {
            c.header("X-Forwarded-For", "203.0.114." + i).trySignIn("target", "wrong " + i);
            clock.advance(Duration.ofSeconds(61));
        }
        assertThat(c.header("X-Forwarded-For", "203.0.114.50").trySignIn("target", "quiet river morning").statusCode())
                .as("locked").isEqualTo(429);
        clock.advance(Duration.ofMinutes(30));
        c.header("X-Forwarded-For", "203.0.114.51").signIn("target", "quiet river morning");

        for (int i = 0; i < 10; i++) {
            c.header("X-Forwarded-For", "203.0.115." + i).trySignIn("target", "wrong " + i);
            clock.advance(Duration.ofSeconds(61));
        }
        HttpResponse<String> r = new HttpTestClient(port).send("POST", "/api/users/target/unlock", null, ADMIN, ADMIN_PW);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("\"wasLocked\":true");
        c.header("X-Forwarded-For", "203.0.115.50").signIn("target", "quiet river morning");
    }

    @Test
    @Order(7)
    void theProxyHeaderIsHonouredOnlyFromTheTrustedProxy() throws Exception {
        new HttpTestClient(port).header("X-Forwarded-For", "192.0.2.77").trySignIn("nobody-1", "wrong password x");
        assertThat(audit.recentSignIns(1).get(0).remoteAddr()).as("from the trusted proxy: the client it names")
                .isEqualTo("192.0.2.77");

        RawHttp other = new RawHttp("127.0.0.2", port);
        assumeThat(other.usable()).as("this machine lets a socket bind to 127.0.0.2").isTrue();
        // an untrusted client rotating X-Forwarded-For: counted by its own address all the same
        int refusedAt = -1;
        for (int i = 1; i <= 7 && refusedAt < 0; i++) {
            RawHttp.Response r = rawSignIn(other, "sprayed-" + i, "198.51.100." + (100 + i));
            if (r.status() == 429) refusedAt = i;
        }
        assertThat(refusedAt).as("the 6th failure from 127.0.0.2 must wait (5 free), whatever the header said")
                .isEqualTo(6);
        assertThat(audit.recentSignIns(1).get(0).remoteAddr()).as("the header of an untrusted client is ignored")
                .isEqualTo("127.0.0.2");
        HttpResponse<String> elsewhere = new HttpTestClient(port).header("X-Forwarded-For", "192.0.2.78")
                .trySignIn("sprayed-9", "wrong password y");
        assertThat(elsewhere.statusCode()).as("another client is not slowed").isEqualTo(302);
    }

    private static RawHttp.Response rawSignIn(RawHttp c, String user, String forwardedFor) throws Exception {
        RawHttp.Response login = c.send("GET", "/login", Map.of("X-Forwarded-For", forwardedFor), null);
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
        if (!m.find()) throw new IllegalStateException("no CSRF token");
        String cookie = login.header("Set-Cookie").split(";")[0];
        Map<String, String> h = new LinkedHashMap<>();
        h.put("X-Forwarded-For", forwardedFor);
        h.put("Cookie", cookie);
        h.put("Content-Type", "application/x-www-form-urlencoded");
        return c.send("POST", "/login", h, "username=" + user + "&password=wrong-password&_csrf=" + m.group(1));
    }
}
