package org.tongchou.app.web;

import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongchou.app.security.Role;

/** Navigation entries of the web layer itself: home, user administration, the API description. */
@Configuration(proxyBeanMethods = false)
class CoreNavigation {
    @Bean
    NavLink homeLink() {
        return new NavLink("nav.home", "/", EnumSet.allOf(Role.class), 0);
    }

    @Bean
    NavLink usersLink() {
        return new NavLink("nav.users", "/admin/users", EnumSet.of(Role.ADMIN), 900);
    }

    @Bean
    NavLink apiLink() {
        return new NavLink("nav.api", "/swagger-ui.html", EnumSet.of(Role.ADMIN, Role.ANALYST), 990);
    }
}
