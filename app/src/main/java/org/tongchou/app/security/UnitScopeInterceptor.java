package org.tongchou.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Enforces unit scope for every page and API handler whose path has a {@value #VARIABLE} variable
 * (e.g. {@code /towns/{unitCode}} or {@code /api/units/{unitCode}/values}): safe methods need read
 * access, others write access. New controllers are covered by naming the variable so; handlers that
 * receive a unit another way call {@link ScopeService} themselves.
 */
@Component
class UnitScopeInterceptor implements HandlerInterceptor {
    static final String VARIABLE = "unitCode";
    private final ScopeService scopes;

    UnitScopeInterceptor(ScopeService scopes) {
        this.scopes = scopes;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (vars instanceof Map<?, ?> m && m.get(VARIABLE) instanceof String unit) {
            if (isSafe(request.getMethod())) {
                scopes.requireRead(unit);
            } else {
                scopes.requireWrite(unit);
            }
        }
        return true;
    }

    private static boolean isSafe(String method) {
        return HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method) || HttpMethod.OPTIONS.matches(method);
    }
}
