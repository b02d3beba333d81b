package org.tongchou.app.meetings;

import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongchou.app.security.Role;
import org.tongchou.app.web.NavLink;

/** Navigation entries of meetings and commitments (every role reads them, within its scope). */
@Configuration(proxyBeanMethods = false)
class MeetingNavigation {
    @Bean
    NavLink meetingsLink() {
        return new NavLink("nav.meetings", "/meetings", EnumSet.allOf(Role.class), 250);
    }

    @Bean
    NavLink commitmentsLink() {
        return new NavLink("nav.commitments", "/commitments", EnumSet.allOf(Role.class), 260);
    }
}
