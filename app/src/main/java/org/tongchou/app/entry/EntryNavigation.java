package org.tongchou.app.entry;

import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongchou.app.security.Role;
import org.tongchou.app.web.NavLink;

/** Navigation entries of data entry: the form, the review and the reporting deadlines. */
@Configuration(proxyBeanMethods = false)
class EntryNavigation {
    @Bean
    NavLink entryLink() {
        return new NavLink("nav.entry", "/entry", EnumSet.of(Role.REPORTER, Role.ANALYST, Role.ADMIN), 200);
    }

    @Bean
    NavLink reviewLink() {
        return new NavLink("nav.review", "/review", EnumSet.of(Role.ANALYST, Role.ADMIN), 210);
    }

    @Bean
    NavLink periodsAdminLink() {
        return new NavLink("nav.periodsAdmin", "/admin/periods", EnumSet.of(Role.ADMIN), 860);
    }
}
