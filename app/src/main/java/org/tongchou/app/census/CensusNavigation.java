package org.tongchou.app.census;

import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongchou.app.security.Role;
import org.tongchou.app.web.NavLink;

/** The census page in the navigation: analysts, administrators and leaders (a leader of an area sees its own counties). */
@Configuration(proxyBeanMethods = false)
class CensusNavigation {
    @Bean
    NavLink censusLink() {
        return new NavLink("nav.census", "/census", EnumSet.of(Role.ADMIN, Role.ANALYST, Role.LEADER), 170);
    }
}
