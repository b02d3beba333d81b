package org.tongchou.app.admin;

import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongchou.app.security.Role;
import org.tongchou.app.web.NavLink;

/** Navigation entries of the administration pages. */
@Configuration(proxyBeanMethods = false)
class AdminNavigation {
    @Bean
    NavLink indicatorsAdminLink() {
        return new NavLink("nav.indicatorsAdmin", "/admin/indicators", EnumSet.of(Role.ADMIN, Role.ANALYST), 850);
    }

    @Bean
    NavLink periodsAdminLink() {
        return new NavLink("nav.periodsAdmin", "/admin/periods", EnumSet.of(Role.ADMIN), 860);
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
