package org.tongchou.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Hands 401 and 403 raised in the API's filter chain to the MVC exception handlers, so that they are
 * answered with the same RFC 9457 problem details as errors raised by controllers. The 401 challenge
 * is {@code Bearer} (API tokens), never {@code Basic}: a browser prompts for Basic credentials and
 * then sends them with every request of the site, which is how CSRF protection used to be bypassed.
 */
final class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {
    private final HandlerExceptionResolver resolver;

    ProblemSecurityHandlers(HandlerExceptionResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tongchou\"");
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            e = new InsufficientAuthenticationException("HTTP Basic is not accepted; create an API token (page /account) "
                    + "and send it as 'Authorization: Bearer <token>'");
        }
        resolver.resolveException(request, response, null, e);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) {
        resolver.resolveException(request, response, null, e);
    }

    /** Answers any exception of the filters as the controllers' exceptions are answered. */
    void resolve(HttpServletRequest request, HttpServletResponse response, Exception e) {
        resolver.resolveException(request, response, null, e);
    }
}
