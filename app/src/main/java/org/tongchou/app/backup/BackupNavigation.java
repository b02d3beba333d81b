package org.tongchou.app.backup;

import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongchou.app.security.Role;
import org.tongchou.app.web.NavLink;

/** The backups page in the administrator's navigation. */
@Configuration(proxyBeanMethods = false)
class BackupNavigation {
    @Bean
    NavLink backupsLink() {
        return new NavLink("nav.backups", "/admin/backups", EnumSet.of(Role.ADMIN), 880);
    }
}
