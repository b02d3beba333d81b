package org.tongchou.app.units;

import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongchou.app.security.Role;
import org.tongchou.app.web.NavLink;

/** Navigation entries of the units: the towns, and for administrators the unit tree and the change events. */
@Configuration(proxyBeanMethods = false)
class UnitNavigation {
    @Bean
    NavLink townsLink() {
        return new NavLink("nav.towns", "/units", EnumSet.allOf(Role.class), 100);
    }

    @Bean
    NavLink unitTreeAdminLink() {
        return new NavLink("nav.unitTree", "/admin/units", EnumSet.of(Role.ADMIN), 838);
    }

    @Bean
    NavLink eventsAdminLink() {
        return new NavLink("nav.eventsAdmin", "/admin/units/events", EnumSet.of(Role.ADMIN), 840);
    }
}
