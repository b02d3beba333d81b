package org.tongchou.app.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the unit-scope check for every handler. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityWebConfig implements WebMvcConfigurer {
    private final UnitScopeInterceptor unitScope;

    SecurityWebConfig(UnitScopeInterceptor unitScope) {
        this.unitScope = unitScope;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(unitScope);
    }
}
