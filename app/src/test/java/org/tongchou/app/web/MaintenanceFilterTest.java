package org.tongchou.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The counting of {@link MaintenanceFilter}: a request is running work from its start to its end, also when it ends
 * in an exception, and a refused one is not; static files are never counted nor refused ({@link StaticResources#PATHS});
 * its 503 is the problem details {@link ErrorAdvice} writes.
 */
class MaintenanceFilterTest {
    private final Maintenance maintenance = new Maintenance(Clock.systemUTC(), Duration.ofSeconds(5));
    private final MaintenanceFilter filter;

    MaintenanceFilterTest() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("maintenance.text", Locale.ENGLISH, "restoring {0} since {1}, by {2}");
        messages.addMessage("maintenance.title", Locale.ENGLISH, "Maintenance");
        filter = new MaintenanceFilter(maintenance, messages, new DefaultListableBeanFactory().getBeanProvider(LocaleResolver.class),
                new CityTime(Clock.systemUTC()));
    }

    private static MockHttpServletRequest request(String path, String accept) {
        MockHttpServletRequest r = new MockHttpServletRequest("GET", path);
        r.addHeader("Accept", accept);
        r.addPreferredLocale(Locale.ENGLISH);
        return r;
    }

    @Test
    void aRequestIsCountedWhileItRunsAndNoLongerWhenItFails() throws Exception {
        int[] seen = new int[1];
        boolean[] inRequest = new boolean[1];
        FilterChain failing = (req, res) -> {
            seen[0] = maintenance.running();
            inRequest[0] = MaintenanceFilter.inRequest();
            throw new IllegalStateException("a bug in a controller");
        };
        assertThatThrownBy(() -> filter.doFilter(request("/api/indicators", "application/json"), new MockHttpServletResponse(), failing))
                .hasMessage("a bug in a controller");
        assertThat(seen[0]).as("counted while it ran").isEqualTo(1);
        assertThat(inRequest[0]).isTrue();
        assertThat(maintenance.running()).as("not counted after it failed").isZero();
        assertThat(MaintenanceFilter.inRequest()).isFalse();

        FilterChain ok = (req, res) -> seen[0] = maintenance.running();
        filter.doFilter(request("/css/app.css", "text/css"), new MockHttpServletResponse(), ok);
        assertThat(seen[0]).as("a static file is not running work").isZero();
        filter.doFilter(request("/", "text/html"), new MockHttpServletResponse(), ok);
        assertThat(seen[0]).isEqualTo(1);
        assertThat(maintenance.running()).isZero();
    }

    @Test
    void duringAMaintenanceARequestIsRefusedWithTheAdvicesProblemAndIsNotCounted() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch end = new CountDownLatch(1);
        CompletableFuture<String> restore = CompletableFuture.supplyAsync(() -> maintenance.run("backup-1.zip", "admin", null, () -> {
            inside.countDown();
            try {
                end.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "restored";
        }));
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        try {
            MockHttpServletResponse api = new MockHttpServletResponse();
            filter.doFilter(request("/api/indicators", "application/json"), api, (req, res) -> {
                throw new AssertionError("not let through");
            });
            assertThat(api.getStatus()).isEqualTo(503);
            assertThat(api.getHeader("Retry-After")).isEqualTo("60");
            assertThat(api.getContentType()).startsWith("application/problem+json");
            JsonNode body = JsonMapper.builder().build().readTree(api.getContentAsString());
            String expected = ErrorAdvice.problemJson(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.MAINTENANCE, body.get("detail").asString(),
                    "/api/indicators", java.util.Map.of("retryAfterSeconds", MaintenanceFilter.RETRY_AFTER_SECONDS));
            assertThat(api.getContentAsString()).isEqualTo(expected);
            assertThat(body.get("type").asString()).isEqualTo(ProblemTypes.MAINTENANCE.toString());
            assertThat(body.get("title").asString()).isEqualTo("Service Unavailable");
            assertThat(body.get("status").asInt()).isEqualTo(503);
            assertThat(body.get("detail").asString()).startsWith("restoring backup-1.zip since ").endsWith(", by admin");
            assertThat(body.get("instance").asString()).isEqualTo("/api/indicators");
            assertThat(maintenance.running()).as("a refused request is not running work").isZero();
            assertThat(maintenance.refused()).isEqualTo(1);

            MockHttpServletResponse page = new MockHttpServletResponse();
            filter.doFilter(request("/dashboard", "text/html"), page, (req, res) -> {
                throw new AssertionError("not let through");
            });
            assertThat(page.getStatus()).isEqualTo(503);
            assertThat(page.getContentAsString()).contains("id=\"maintenance\"").contains("restoring backup-1.zip");
            boolean[] served = new boolean[1];
            filter.doFilter(request("/webjars/echarts/echarts.min.js", "*/*"), new MockHttpServletResponse(), (req, res) -> served[0] = true);
            assertThat(served[0]).as("static files are served during a maintenance").isTrue();
            assertThat(maintenance.running()).isZero();
        } finally {
            end.countDown();
        }
        assertThat(restore.get(10, TimeUnit.SECONDS)).isEqualTo("restored");
    }

    @Test
    void staticPathsAreOneList() {
        assertThat(StaticResources.PATHS).containsExactly("/css/", "/js/", "/img/", "/webjars/", "/favicon.ico");
        assertThat(StaticResources.isStatic("/favicon.ico")).isTrue();
        assertThat(StaticResources.isStatic("/favicon.ico/x")).isFalse();
        assertThat(StaticResources.isStatic("/cssx/app.css")).isFalse();
        assertThat(StaticResources.isStatic("/api/css/")).isFalse();
    }
}
