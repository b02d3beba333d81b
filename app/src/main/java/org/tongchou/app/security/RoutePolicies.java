package org.tongchou.app.security;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * The declared access policy of a handler: its {@link Access} (method first, then class), or, for the
 * few handlers that cannot carry the annotation (module {@code web}, which depends on no feature, and
 * libraries: Spring Boot's error controller, the OpenAPI document), an entry of {@link #TABLE} by the
 * handler's class and method name. No policy: the route is refused to everyone.
 */
final class RoutePolicies {
    private RoutePolicies() {
    }

    /** A declared policy. {@code roles}: who may call it when signed in. */
    record Policy(java.util.Set<Role> roles, Access.Units units, boolean anonymous, String source) {
        boolean allows(Role role) {
            return anonymous || roles.contains(role);
        }
    }

    private static final java.util.Set<Role> EVERY_ROLE = java.util.Set.of(Role.values());

    /**
     * {@code <class name>#<method name>} of handlers that cannot carry {@link Access}: the home page (every
     * role) and the access-denied page (anyone) of module {@code web}; Spring Boot's error page and body and
     * the OpenAPI description of the API (springdoc), public as before.
     */
    static final Map<String, Policy> TABLE = Map.ofEntries(
            Map.entry("org.tongchou.app.web.PageController#home", new Policy(EVERY_ROLE, Access.Units.NONE, false, "table")),
            Map.entry("org.tongchou.app.web.PageController#denied", new Policy(EVERY_ROLE, Access.Units.NONE, true, "table")),
            Map.entry("org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController#errorHtml", new Policy(EVERY_ROLE, Access.Units.NONE, true, "table")),
            Map.entry("org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController#error", new Policy(EVERY_ROLE, Access.Units.NONE, true, "table")),
            Map.entry("org.springdoc.webmvc.api.OpenApiWebMvcResource#openapiJson", new Policy(EVERY_ROLE, Access.Units.NONE, true, "table")),
            Map.entry("org.springdoc.webmvc.api.OpenApiWebMvcResource#openapiYaml", new Policy(EVERY_ROLE, Access.Units.NONE, true, "table")),
            Map.entry("org.springdoc.webmvc.ui.SwaggerWelcomeWebMvc#redirectToUi", new Policy(EVERY_ROLE, Access.Units.NONE, true, "table")),
            Map.entry("org.springdoc.webmvc.ui.SwaggerConfigResource#openapiJson", new Policy(EVERY_ROLE, Access.Units.NONE, true, "table")),
            Map.entry("org.springdoc.webmvc.api.MultipleOpenApiWebMvcResource#openapiJson", new Policy(EVERY_ROLE, Access.Units.NONE, true, "table")),
            Map.entry("org.springdoc.webmvc.api.MultipleOpenApiWebMvcResource#openapiYaml", new Policy(EVERY_ROLE, Access.Units.NONE, true, "table")));

    /** The policy declared for a handler, or empty when it has none. */
    static Optional<Policy> of(HandlerMethod handler) {
        Method m = handler.getMethod();
        Access a = AnnotatedElementUtils.findMergedAnnotation(m, Access.class);
        if (a == null) a = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), Access.class);
        if (a != null) {
            java.util.Set<Role> roles = a.value().length == 0 ? java.util.Set.of() : java.util.EnumSet.copyOf(java.util.List.of(a.value()));
            return Optional.of(new Policy(java.util.Set.copyOf(roles), a.units(), a.anonymous(), "@Access"));
        }
        return Optional.ofNullable(TABLE.get(m.getDeclaringClass().getName() + "#" + m.getName()));
    }
}
