package org.tongchou.app.security;

import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongchou.app.web.NavLink;

/** Navigation entries that depend only on the role: home, user administration, the API description. */
@Configuration(proxyBeanMethods = false)
class SecurityNavigation {
    @Bean
    NavLink homeLink() {
        return new NavLink("nav.home", "/", EnumSet.allOf(Role.class), 0);
    }

    @Bean
    NavLink usersLink() {
        return new NavLink("nav.users", "/admin/users", EnumSet.of(Role.ADMIN), 900);
    }

    @Bean
    NavLink accountLink() {
        return new NavLink("nav.account", "/account", EnumSet.allOf(Role.class), 980);
    }

    @Bean
    NavLink apiLink() {
        return new NavLink("nav.api", "/swagger-ui.html", EnumSet.of(Role.ADMIN, Role.ANALYST), 990);
    }
}
