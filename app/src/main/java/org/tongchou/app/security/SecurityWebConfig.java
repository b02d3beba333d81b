package org.tongchou.app.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers, for every handler, the check of its declared access policy and then the unit-scope check. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityWebConfig implements WebMvcConfigurer {
    private final RouteAccessInterceptor routeAccess;
    private final UnitScopeInterceptor unitScope;

    SecurityWebConfig(RouteAccessInterceptor routeAccess, UnitScopeInterceptor unitScope) {
        this.routeAccess = routeAccess;
        this.unitScope = unitScope;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(routeAccess);
        registry.addInterceptor(unitScope);
    }
}
