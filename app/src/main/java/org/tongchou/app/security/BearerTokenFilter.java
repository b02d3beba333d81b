package org.tongchou.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <token>} ({@link ApiTokens}), for
 * this request only (nothing is put in a session). A token that is unknown, expired, revoked or whose
 * user is disabled is answered 401, and counted against the client's address by the sign-in throttle
 * (429 once the address must wait); a read-only token is answered 403 on any method but GET, HEAD and
 * OPTIONS.
 */
final class BearerTokenFilter extends OncePerRequestFilter {
    private final ApiTokens tokens;
    private final SignInThrottle throttle;
    private final ClientAddresses addresses;
    private final AuditService audit;
    private final ProblemSecurityHandlers problems;

    BearerTokenFilter(ApiTokens tokens, SignInThrottle throttle, ClientAddresses addresses, AuditService audit,
            ProblemSecurityHandlers problems) {
        this.tokens = tokens;
        this.throttle = throttle;
        this.addresses = addresses;
        this.audit = audit;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String secret = bearer(request);
        if (secret == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokens.Valid> valid = tokens.authenticate(secret);
        if (valid.isEmpty()) {
            String address = addresses.of(request);
            Optional<SignInThrottle.Refusal> refused = throttle.failedFrom(address);
            audit.signIn("(API token)", false, refused.isPresent() ? "THROTTLED" : "INVALID_TOKEN", address);
            if (refused.isPresent()) {
                problems.resolve(request, response, new TooManyAttemptsException(refused.get()));
            } else {
                problems.commence(request, response, new BadCredentialsException("the API token is unknown, expired or revoked"));
            }
            return;
        }
        if (valid.get().token().readOnly() && !isSafe(request.getMethod())) {
            problems.resolve(request, response, new ReadOnlyTokenException(request.getMethod(), request.getRequestURI()));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ApiTokenAuthentication(valid.get().user(), valid.get().token()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The token of an {@code Authorization: Bearer} header, or null. */
    static String bearer(HttpServletRequest request) {
        String h = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) return null;
        return h.substring(7).strip();
    }

    private static boolean isSafe(String method) {
        return HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method) || HttpMethod.OPTIONS.matches(method);
    }
}
