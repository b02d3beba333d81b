package org.tongchou.app.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongchou.app.demo.DemoAccounts;
import org.tongchou.app.support.HttpTestClient;
import org.tongchou.app.support.WebAppTest;
import org.tongchou.app.web.Maintenance;

/**
 * Maintenance mode during a restore on the running server (docs/security.md, "Backups"): while the administrator's
 * restore runs, every other request is answered 503 with {@code Retry-After} and a page or problem details saying
 * so (Chinese and English); running work is waited for, and a restore that would have to cut it is refused with
 * nothing done; afterwards the application answers normally, every other session signs in again, the
 * administrator's continues, and the audit of the restored database records the maintenance.
 */
@WebAppTest
class MaintenanceTest {
    private static final String PW = DemoAccounts.PASSWORD;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    @LocalServerPort
    int port;
    @Autowired
    Maintenance maintenance;
    @Autowired
    Backups backups;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.tongchou.app.web.StoredMessages stored;

    @Test
    void aRestoreAnswersOthers503WaitsForRunningWorkThenTheApplicationAnswersAndOtherSessionsSignInAgain() throws Exception {
        Set<Path> before = new HashSet<>(backups.list().stream().map(b -> backups.folder().resolve(b.name())).toList());
        HttpTestClient admin = new HttpTestClient(port);
        admin.signIn("admin", PW);
        String csrf = admin.csrfFrom("/admin/backups");
        HttpTestClient analyst = new HttpTestClient(port);
        analyst.signIn("analyst", PW);
        assertThat(analyst.page("/admin/indicators", null, null).statusCode()).isEqualTo(200);
        String token = admin.tokenFor("leader", PW);
        Path backup = backups.take("maintenance-test");
        String name = backup.getFileName().toString();
        try {
            // an import, say, is running: the restore waits for it
            CountDownLatch work = new CountDownLatch(1);
            CompletableFuture<Boolean> running = CompletableFuture.supplyAsync(() -> maintenance.background("a long import", () -> await(work)));
            Thread.sleep(100);
            CompletableFuture<HttpResponse<String>> restore = CompletableFuture.supplyAsync(
                    () -> admin.postForm("/admin/backups/" + name + "/restore", csrf, "confirm", name));
            waitUntil(() -> maintenance.current().isPresent(), 10_000);

            HttpResponse<String> api = get("/api/indicators", "Bearer " + token, null, "application/json");
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Retry-After")).hasValue("60");
            assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(api.body()).contains("tag:tongchou.org,2026:problem/maintenance").contains(name).contains("admin");
            HttpResponse<String> page = get("/admin/indicators", null, null, "text/html");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("id=\"maintenance\"").contains("系统维护中").contains(name);
            HttpResponse<String> english = get("/", null, "tongchou-lang=en", "text/html");
            assertThat(english.statusCode()).isEqualTo(503);
            assertThat(english.body()).contains("Maintenance").contains("being restored from backup " + name);
            assertThat(get("/css/app.css", null, null, "text/css").statusCode()).as("the page's style sheet").isEqualTo(200);
            assertThat(maintenance.background("the nightly backup", () -> { })).as("background work does not start").isFalse();
            assertThat(restore).as("the restore waits for the running work").isNotDone();

            work.countDown();
            assertThat(running.get(10, TimeUnit.SECONDS)).isTrue();
            HttpResponse<String> done = restore.get(60, TimeUnit.SECONDS);
            assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
            assertThat(maintenance.current()).isEmpty();

            assertThat(get("/api/indicators", "Bearer " + token, null, "application/json").statusCode()).as("answers normally again").isEqualTo(200);
            HttpResponse<String> ended = analyst.page("/admin/indicators", null, null);
            assertThat(ended.statusCode()).as("another user's session ended: sign in again").isEqualTo(302);
            assertThat(ended.headers().firstValue("Location").orElse("")).contains("/login");
            analyst.signIn("analyst", PW);
            assertThat(analyst.page("/admin/indicators", null, null).statusCode()).isEqualTo(200);
            assertThat(admin.page("/admin/backups", null, null).body()).as("the administrator's session continues").contains("id=\"flash-restored\"");
            assertThat(jdbc.sql("SELECT new_value FROM security_audit WHERE action = 'MAINTENANCE_ENDED' AND target = ?").param(name).query(String.class).list())
                    .singleElement().asString().contains("3 requests answered 503");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM security_audit WHERE action = 'BACKUP_RESTORED' AND target = ?").param(name).query(Long.class).single())
                    .isEqualTo(1);

            // work that does not finish in time: the restore is refused, nothing done, and the application answers at once
            maintenance.drainTimeout(Duration.ofMillis(300));
            CountDownLatch stuck = new CountDownLatch(1);
            CompletableFuture<Boolean> long2 = CompletableFuture.supplyAsync(() -> maintenance.background("an evaluation", () -> await(stuck)));
            Thread.sleep(50);
            HttpResponse<String> refused = admin.postForm("/admin/backups/" + name + "/restore", csrf, "confirm", name);
            stuck.countDown();
            long2.get(10, TimeUnit.SECONDS);
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(refused.body()).as("in the page's language").contains("id=\"restore-refused\"").contains("仍有 1 个请求或任务在运行");
            String reason = jdbc.sql("SELECT new_value FROM security_audit WHERE action = 'BACKUP_RESTORE_REFUSED' AND target = ?").param(name)
                    .query(String.class).single();
            assertThat(reason).as("the audit keeps the reason's message key").startsWith("maintenance.refused.stillRunning|1|");
            assertThat(stored.text(reason, java.util.Locale.ENGLISH)).startsWith("1 requests or jobs were still running");
            assertThat(maintenance.current()).isEmpty();
            assertThat(get("/api/indicators", "Bearer " + token, null, "application/json").statusCode()).isEqualTo(200);
        } finally {
            maintenance.drainTimeout(Duration.ofSeconds(60));
            for (var b : backups.list()) {
                Path p = backups.folder().resolve(b.name());
                if (!before.contains(p)) Files.deleteIfExists(p);
            }
        }
    }

    private static void await(CountDownLatch l) {
        try {
            if (!l.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("never released");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier c, long ms) throws InterruptedException {
        long end = System.currentTimeMillis() + ms;
        while (!c.getAsBoolean()) {
            if (System.currentTimeMillis() > end) throw new AssertionError("condition not met in " + ms + " ms");
            Thread.sleep(5);
        }
    }

    private HttpResponse<String> get(String path, String authorization, String cookie, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Accept", accept).GET();
        if (authorization != null) b.header("Authorization", authorization);
        if (cookie != null) b.header("Cookie", cookie);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
