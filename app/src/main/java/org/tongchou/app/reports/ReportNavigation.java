package org.tongchou.app.reports;

import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongchou.app.security.Role;
import org.tongchou.app.web.NavLink;

/** The archive of briefing packs and bulletins in the navigation (administrators, analysts, leaders). */
@Configuration(proxyBeanMethods = false)
class ReportNavigation {
    @Bean
    NavLink reportsLink() {
        return new NavLink("nav.reports", "/reports", EnumSet.of(Role.ADMIN, Role.ANALYST, Role.LEADER), 160);
    }
}
