package org.tongchou.app.web.units;

import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongchou.app.security.Role;
import org.tongchou.app.web.NavLink;

@Configuration(proxyBeanMethods = false)
class UnitNavigation {
    @Bean
    NavLink townsLink() {
        return new NavLink("nav.towns", "/units", EnumSet.allOf(Role.class), 100);
    }
}
