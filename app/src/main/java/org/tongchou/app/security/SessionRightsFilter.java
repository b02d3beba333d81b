package org.tongchou.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session holds the rights of the stored user, not those it was signed in with: on every request
 * of a signed-in session the user is read again (one look-up by primary key).
 * <ul>
 * <li>the user is gone, disabled, or their credentials changed since sign-in (a password reset, a
 * disabling): the session is ended and the request goes on unauthenticated (pages redirect to the
 * sign-in page, the API answers 401);</li>
 * <li>the role, scope or name changed: the session continues with the stored ones, from this request
 * on.</li>
 * </ul>
 * Requests with an API token are left alone: a token's user is loaded fresh on each request anyway.
 */
final class SessionRightsFilter extends OncePerRequestFilter {
    private final UserRepository users;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SessionRightsFilter(UserRepository users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a instanceof UsernamePasswordAuthenticationToken && a.getPrincipal() instanceof SignedInUser s) {
            Optional<UserRepository.UserState> now = users.state(s.user().id());
            if (now.isEmpty() || !now.get().user().enabled() || now.get().version() != s.credentialsVersion()) {
                end(request);
            } else if (!sameRights(s.user(), now.get().user())) {
                SignedInUser fresh = new SignedInUser(now.get().user(), null, now.get().version());
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null,
                        fresh.getAuthorities()));
                SecurityContextHolder.setContext(context);
                sessions.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean sameRights(AppUser before, AppUser now) {
        return before.role() == now.role() && Objects.equals(before.scopeUnit(), now.scopeUnit())
                && Objects.equals(before.displayName(), now.displayName()) && before.username().equals(now.username());
    }

    private static void end(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) session.invalidate();
    }
}
