package org.tongchou.app.security;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Two filter chains, both with the same password sign-in ({@link SignInAuthenticationProvider}:
 * throttled, the demo password only on a demo) and both checking on every request that a session
 * still has the rights of its stored user ({@link SessionRightsFilter}).
 * <ul>
 * <li>{@code /api/**}: an API token ({@code Authorization: Bearer}, {@link BearerTokenFilter}) or the
 * browser session. No HTTP Basic: API clients have tokens, and a {@code Basic} challenge would make
 * browsers prompt for and cache passwords. CSRF is checked for every request that has a cookie session
 * (htmx sends the token header), whatever other header it carries; only a request with a token and
 * no session cookie is exempt (a browser never adds such a header by itself). Failures are answered
 * with RFC 9457 problem details by the controllers' exception handlers.</li>
 * <li>everything else: form sign-in at {@code /login} (429 with {@code Retry-After} when throttled),
 * CSRF on every form, the first administrator's {@code /setup}, friendly 403 page.</li>
 * </ul>
 * Both send the headers a careful IT department checks: a Content-Security-Policy allowing only this
 * origin and no framing, {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: same-origin},
 * a {@code Permissions-Policy} denying device APIs, {@code Cross-Origin-Opener-Policy: same-origin},
 * no caching of answers, and HSTS on HTTPS. The session cookie is {@code HttpOnly} and
 * {@code SameSite=Lax}, {@code Secure} when configured (application.yml).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfig {
    private static final String[] PUBLIC = {"/login", "/login/refused", "/setup", "/css/**", "/js/**", "/img/**",
            "/webjars/**", "/favicon.ico", "/error", "/denied", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs.yaml/**", "/v3/api-docs/**", "/swagger-ui.html",
            "/swagger-ui/**"};
    private static final String PERMISSIONS = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

    /**
     * The password sign-in of both chains. The provider is wrapped here rather than made a bean: an
     * {@code AuthenticationProvider} bean would also become Spring's global one, with a warning.
     */
    @Bean
    AuthenticationManager signInManager(DatabaseUserDetailsService users, PasswordEncoder encoder,
            SignInThrottle throttle, Installation installation, AuditService audit) {
        return new ProviderManager(new SignInAuthenticationProvider(users, encoder, throttle, installation, audit));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver, AuthenticationManager signIn,
            UserRepository users, ApiTokens tokens, SignInThrottle throttle, ClientAddresses addresses,
            AuditService audit) throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(resolver);
        http.securityMatcher("/api/**")
                .authenticationManager(signIn)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/users", "/api/users/**", "/api/audit/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/admin/indicators/**").hasAnyRole(Role.ADMIN.name(), Role.ANALYST.name())
                        .requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
                        // meetings, commitments and targets (issue 10): recording and reviewing is the analysts' (docs/meetings.md, docs/targets.md)
                        .requestMatchers(HttpMethod.POST, "/api/meetings", "/api/meetings/*/attachments", "/api/meetings/*/commitments",
                                "/api/meeting-kinds", "/api/commitments/*/publish", "/api/commitments/*/withdraw", "/api/commitments/*/verify",
                                "/api/commitments/*/send-back", "/api/commitments/check", "/api/targets/proposals/*/approve",
                                "/api/targets/proposals/*/reject", "/api/targets/trend", "/api/targets/share")
                                .hasAnyRole(Role.ADMIN.name(), Role.ANALYST.name())
                        .requestMatchers(HttpMethod.PUT, "/api/meetings/*", "/api/commitments/*").hasAnyRole(Role.ADMIN.name(), Role.ANALYST.name())
                        .anyRequest().authenticated())
                .addFilterAfter(new SessionRightsFilter(users), CsrfFilter.class)
                .addFilterAfter(new BearerTokenFilter(tokens, throttle, addresses, audit, problems), SessionRightsFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                // an API call never starts a session just to remember where to go after signing in
                .requestCache(c -> c.disable())
                .csrf(c -> c.ignoringRequestMatchers(tokenWithoutCookieSession()))
                .headers(h -> headers(h, "default-src 'none'; frame-ancestors 'none'"));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, AuthenticationManager signIn, UserRepository users,
            ClientAddresses addresses) throws Exception {
        AccessDeniedHandlerImpl denied = new AccessDeniedHandlerImpl();
        denied.setErrorPage("/denied");
        http.authenticationManager(signIn)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/admin/indicators", "/admin/indicators/**")
                                .hasAnyRole(Role.ADMIN.name(), Role.ANALYST.name())
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        // meetings, commitments and targets (issue 10): recording and reviewing is the analysts' (docs/meetings.md, docs/targets.md)
                        .requestMatchers(HttpMethod.GET, "/meetings/new", "/meetings/*/edit").hasAnyRole(Role.ADMIN.name(), Role.ANALYST.name())
                        .requestMatchers(HttpMethod.POST, "/meetings", "/meetings/**", "/commitments/*/verify", "/commitments/*/send-back",
                                "/commitments/*/withdraw", "/commitments/*/publish", "/commitments/check", "/targets/approve", "/targets/reject",
                                "/targets/trend", "/targets/share")
                                .hasAnyRole(Role.ADMIN.name(), Role.ANALYST.name())
                        // reports (issue 11, docs/reports.md): analysts and administrators produce, leaders read the archive too
                        .requestMatchers(HttpMethod.POST, "/reports").hasAnyRole(Role.ADMIN.name(), Role.ANALYST.name())
                        .requestMatchers("/reports", "/reports/**").hasAnyRole(Role.ADMIN.name(), Role.ANALYST.name(), Role.LEADER.name())
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false)
                        .authenticationDetailsSource(r -> new WebAuthenticationDetails(addresses.of(r),
                                r.getSession(false) == null ? null : r.getSession(false).getId()))
                        .failureHandler(signInFailure()))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .addFilterAfter(new SessionRightsFilter(users), CsrfFilter.class)
                .exceptionHandling(e -> e.accessDeniedHandler(denied))
                .headers(h -> headers(h,
                        // everything is served by the application itself; ECharts needs inline styles
                        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                                + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
                                + "form-action 'self'; base-uri 'self'; object-src 'none'"));
        return http.build();
    }

    private static void headers(HeadersConfigurer<HttpSecurity> h, String csp) {
        h.contentSecurityPolicy(c -> c.policyDirectives(csp))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS))
                .crossOriginOpenerPolicy(c -> c.policy(
                        CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy.SAME_ORIGIN))
                .contentTypeOptions(Customizer.withDefaults())
                .frameOptions(f -> f.deny());
    }

    /**
     * A failed form sign-in: a throttled or locked attempt is answered 429 with {@code Retry-After} and
     * the sign-in page saying how long to wait; the demo password outside a demo gets its own message;
     * anything else the usual "wrong username or password".
     */
    private static AuthenticationFailureHandler signInFailure() {
        return (request, response, e) -> {
            if (e instanceof SignInRefusedException r) {
                response.setStatus(429);
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(r.refusal().retryAfterSeconds()));
                request.setAttribute(SignInPageController.REFUSAL, r.refusal());
                request.getRequestDispatcher("/login/refused").forward(request, response);
            } else if (e instanceof DemoPasswordRefusedException) {
                redirect(request, response, "/login?demo");
            } else {
                redirect(request, response, "/login?error");
            }
        };
    }

    private static void redirect(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response, String path)
            throws IOException {
        response.sendRedirect(request.getContextPath() + path);
    }

    /** A request carrying an API token (or other header credentials) and no cookie session: no CSRF check. */
    private static RequestMatcher tokenWithoutCookieSession() {
        return (HttpServletRequest r) -> r.getHeader(HttpHeaders.AUTHORIZATION) != null && r.getRequestedSessionId() == null;
    }
}
