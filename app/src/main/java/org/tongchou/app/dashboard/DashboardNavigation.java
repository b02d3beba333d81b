package org.tongchou.app.dashboard;

import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongchou.app.security.Role;
import org.tongchou.app.web.NavLink;

/** Navigation entries of the leader pages and of evaluation plans. */
@Configuration(proxyBeanMethods = false)
class DashboardNavigation {
    @Bean
    NavLink dashboardLink() {
        return new NavLink("nav.dashboard", "/dashboard", EnumSet.allOf(Role.class), 100);
    }

    @Bean
    NavLink compareLink() {
        return new NavLink("nav.compare", "/compare", EnumSet.allOf(Role.class), 120);
    }

    @Bean
    NavLink plansLink() {
        return new NavLink("nav.evaluation", "/evaluation/plans", EnumSet.of(Role.ANALYST, Role.ADMIN), 300);
    }
}
