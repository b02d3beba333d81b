package org.tongchou.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.tongchou.app.support.HttpTestClient;
import org.tongchou.app.support.WebAppTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tongchou.app.demo.DemoAccounts;

/**
 * Static files are served from their folders only ({@link StaticResources}); pages still link the
 * webjars by their versioned paths, and other paths are no files.
 */
@WebAppTest
class StaticResourcesTest {
    @LocalServerPort
    int port;

    @Test
    void staticFoldersAndWebjarsAreServed() {
        HttpTestClient http = new HttpTestClient(port);
        for (String path : new String[] {"/css/app.css", "/js/app.js", "/js/evaluation.js", "/img/favicon.svg",
                "/webjars/echarts/dist/echarts.min.js", "/webjars/htmx.org/dist/htmx.min.js"}) {
            assertThat(http.page(path, null, null).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void pagesLinkVersionedWebjarsAndOtherPathsAreNoFiles() {
        HttpTestClient http = new HttpTestClient(port);
        HttpResponse<String> login = http.page("/login", null, null);
        assertThat(login.body()).containsPattern("/webjars/htmx\\.org/[0-9][^/]*/dist/htmx\\.min\\.js").contains("/css/app.css");
        http.signIn("analyst", DemoAccounts.PASSWORD);
        // a file that exists in classpath:/static/ but outside the mapped folders is not served
        assertThat(http.page("/static/css/app.css", null, null).statusCode()).isEqualTo(404);
    }
}
