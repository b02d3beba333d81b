package org.tongchou.app.notifications;

import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongchou.app.security.Role;
import org.tongchou.app.web.NavLink;

/** Navigation entry of the notification centre (every role has one). */
@Configuration(proxyBeanMethods = false)
class NotificationNavigation {
    @Bean
    NavLink notificationsLink() {
        return new NavLink("nav.notifications", "/notifications", EnumSet.allOf(Role.class), 280);
    }
}
