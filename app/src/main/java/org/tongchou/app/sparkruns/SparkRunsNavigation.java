package org.tongchou.app.sparkruns;

import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongchou.app.security.Role;
import org.tongchou.app.web.NavLink;

/** The Spark runs' entry in the navigation: analysts and administrators, who see unpublished work. */
@Configuration(proxyBeanMethods = false)
class SparkRunsNavigation {
    @Bean
    NavLink sparkRunsLink() {
        return new NavLink("nav.sparkRuns", "/spark/runs", EnumSet.of(Role.ANALYST, Role.ADMIN), 310);
    }
}
