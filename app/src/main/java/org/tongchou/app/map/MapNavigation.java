package org.tongchou.app.map;

import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongchou.app.security.Role;
import org.tongchou.app.web.NavLink;

/** Navigation entries of the map feature. */
@Configuration(proxyBeanMethods = false)
class MapNavigation {
    @Bean
    NavLink mapLink() {
        return new NavLink("nav.map", "/map", EnumSet.allOf(Role.class), 150);
    }

    @Bean
    NavLink boundariesLink() {
        return new NavLink("nav.boundaries", "/admin/map", EnumSet.of(Role.ADMIN), 870);
    }
}
