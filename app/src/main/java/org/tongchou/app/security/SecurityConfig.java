package org.tongchou.app.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Two filter chains. {@code /api/**}: HTTP Basic or the browser session; failures answered with RFC
 * 9457 problem details by the same exception handlers as the controllers; CSRF is checked for
 * session requests (htmx sends the token header) and skipped for Basic, which a browser never sends on
 * its own. Everything else: form sign-in at {@code /login}, CSRF on every form, friendly 403 page.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfig {
    private static final String[] PUBLIC = {"/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
            "/error", "/denied", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(resolver);
        http.securityMatcher("/api/**")
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
                .httpBasic(b -> b.realmName("tongchou").authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .csrf(c -> c.ignoringRequestMatchers(basicAuthorization()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http) throws Exception {
        AccessDeniedHandlerImpl denied = new AccessDeniedHandlerImpl();
        denied.setErrorPage("/denied");
        http.authorizeHttpRequests(a -> a
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
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error"))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(e -> e.accessDeniedHandler(denied))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        // everything is served by the application itself; ECharts needs inline styles
                        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                                + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'")));
        return http.build();
    }

    private static RequestMatcher basicAuthorization() {
        return (HttpServletRequest r) -> {
            String h = r.getHeader(HttpHeaders.AUTHORIZATION);
            return h != null && h.regionMatches(true, 0, "Basic ", 0, 6);
        };
    }
}
