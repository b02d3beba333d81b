package org.tongchou.app.targets;

import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongchou.app.security.Role;
import org.tongchou.app.web.NavLink;

/** Navigation entry of targets (the page links to their progress against time, 时序进度). */
@Configuration(proxyBeanMethods = false)
class TargetNavigation {
    @Bean
    NavLink targetsLink() {
        return new NavLink("nav.targets", "/targets", EnumSet.allOf(Role.class), 230);
    }
}
