package org.tongchou.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * The door of {@link Maintenance}, before everything else (Spring Security included): during a maintenance every
 * request but static files ({@link StaticResources#PATHS}) is answered 503 with {@code Retry-After: 60}, as problem
 * details (type {@link ProblemTypes#MAINTENANCE}, written as {@link ErrorAdvice} writes every problem) for the API and a page for browsers, in the reader's language; otherwise it
 * counts the request as running work, and ends a session that predates the last maintenance.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class MaintenanceFilter extends OncePerRequestFilter {
    static final int RETRY_AFTER_SECONDS = 60;
    private static final ThreadLocal<Boolean> IN_REQUEST = new ThreadLocal<>();
    private final Maintenance maintenance;
    private final MessageSource messages;
    private final org.springframework.beans.factory.ObjectProvider<LocaleResolver> locales;
    private final CityTime cityTime;

    MaintenanceFilter(Maintenance maintenance, MessageSource messages, org.springframework.beans.factory.ObjectProvider<LocaleResolver> locales,
            CityTime cityTime) {
        this.maintenance = maintenance;
        this.messages = messages;
        this.locales = locales;
        this.cityTime = cityTime;
    }

    /** Whether the current thread serves a request counted as running work. */
    static boolean inRequest() {
        return Boolean.TRUE.equals(IN_REQUEST.get());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (StaticResources.isStatic(path)) {
            chain.doFilter(request, response);
            return;
        }
        if (!maintenance.enter()) {
            refuse(request, response, path);
            return;
        }
        try {
            HttpSession session = request.getSession(false);
            if (session != null && maintenance.endsSession(session.getId(), session.getCreationTime())) session.invalidate();
            IN_REQUEST.set(true);
            chain.doFilter(request, response);
        } finally {
            IN_REQUEST.remove();
            maintenance.leave();
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        // the maintenance may have ended since the request was refused: it is named as far as known
        Maintenance.State s = maintenance.current().orElse(new Maintenance.State("?", "?", null, null));
        LocaleResolver resolver = locales.getIfAvailable();
        Locale locale = resolver == null ? request.getLocale() : resolver.resolveLocale(request);
        String since = cityTime.minutes(s.since());
        String title = messages.getMessage("maintenance.title", null, "Maintenance", locale);
        String text = messages.getMessage("maintenance.text", new Object[] {s.what(), since, s.by()}, locale);
        response.setStatus(503);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String accept = request.getHeader("Accept") == null ? "" : request.getHeader("Accept");
        if (path.startsWith("/api/") || accept.contains("json") && !accept.contains("html")) {
            response.setContentType("application/problem+json");
            response.getWriter().write(ErrorAdvice.problemJson(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.MAINTENANCE, text, request.getRequestURI(),
                    java.util.Map.of("retryAfterSeconds", RETRY_AFTER_SECONDS)));
        } else {
            response.setContentType("text/html;charset=UTF-8");
            String lang = locale.getLanguage().equals("en") ? "en" : "zh-CN";
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"UTF-8\"><meta http-equiv=\"refresh\" content=\""
                    + RETRY_AFTER_SECONDS + "\"><title>" + HtmlUtils.htmlEscape(title) + "</title><link rel=\"stylesheet\" href=\"/css/app.css\"></head><body>"
                    + "<main id=\"maintenance\"><h1>" + HtmlUtils.htmlEscape(title) + "</h1><p>" + HtmlUtils.htmlEscape(text) + "</p></main></body></html>");
        }
    }
}
