package org.tongchou.app.indicators;

import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongchou.app.security.Role;
import org.tongchou.app.web.NavLink;

/** Navigation entry of the indicator administration. */
@Configuration(proxyBeanMethods = false)
class IndicatorNavigation {
    @Bean
    NavLink indicatorsAdminLink() {
        return new NavLink("nav.indicatorsAdmin", "/admin/indicators", EnumSet.of(Role.ADMIN, Role.ANALYST), 850);
    }
}
