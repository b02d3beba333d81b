package org.tongchou.app.explorer;

import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongchou.app.security.Role;
import org.tongchou.app.web.NavLink;

/** The explorer's entry in the navigation: every role reads it (a reporter sees their own town only). */
@Configuration(proxyBeanMethods = false)
class ExplorerNavigation {
    @Bean
    NavLink explorerLink() {
        return new NavLink("nav.explorer", "/explorer", EnumSet.allOf(Role.class), 130);
    }
}
