package org.tongchou.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Holds every call to the route's declared {@link Access} policy, before any argument is read (so a
 * caller who may not call a route learns nothing from its validation): a role that is not listed is
 * refused (403), a caller who is not signed in is refused (401) unless the route is public, and a route
 * without a declared policy is refused to everyone (and logged: it is a bug, which RouteMatrixTest
 * catches). Unit scope is {@link UnitScopeInterceptor}'s, which runs after this one.
 */
@Component
class RouteAccessInterceptor implements HandlerInterceptor {
    private static final Logger LOG = LoggerFactory.getLogger(RouteAccessInterceptor.class);
    private final ScopeService scopes;

    RouteAccessInterceptor(ScopeService scopes) {
        this.scopes = scopes;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod h)) return true; // static resources
        Optional<RoutePolicies.Policy> policy = RoutePolicies.of(h);
        if (policy.isEmpty()) {
            LOG.error("{} {} is refused: its handler {} declares no access policy (@Access)", request.getMethod(),
                    request.getRequestURI(), h.getShortLogMessage());
            throw new AccessDeniedException(request.getMethod() + " " + request.getRequestURI() + " declares no access policy");
        }
        RoutePolicies.Policy p = policy.get();
        if (p.anonymous()) return true;
        Optional<AppUser> user = scopes.currentUser();
        if (user.isEmpty()) throw new AuthenticationCredentialsNotFoundException("this route needs a signed-in user");
        if (!p.roles().contains(user.get().role())) {
            throw new AccessDeniedException("user '" + user.get().username() + "' (" + user.get().role() + ") may not "
                    + request.getMethod() + " " + request.getRequestURI());
        }
        return true;
    }
}
