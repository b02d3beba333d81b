package org.tongchou.app.support;

import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * MockMvc requests as an API client sends them: {@code .with(TestTokens.bearer("analyst", PW))} adds
 * {@code Authorization: Bearer} with an API token of that user (made once per user and password
 * through the real sign-in form and {@code POST /api/tokens} of the test server: {@link
 * HttpTestClient#tokenFor}). It replaces Spring Security Test's {@code httpBasic(user, password)}: the
 * API takes no HTTP Basic. A wrong password adds no header (401). Needs a context with a server port
 * ({@link WebAppTest}).
 */
public final class TestTokens {
    private TestTokens() {
    }

    public static RequestPostProcessor bearer(String user, String password) {
        return request -> {
            WebApplicationContext context = WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext());
            int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            String token = new HttpTestClient(port).tokenFor(user, password);
            if (token != null) request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }
}
