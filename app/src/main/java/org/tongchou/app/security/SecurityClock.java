package org.tongchou.app.security;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's one clock (Beijing time), unless another module provides it: sign-in delays and
 * locks, token expiry and setup tokens are computed from it, so that tests can move time on.
 */
@Configuration(proxyBeanMethods = false)
class SecurityClock {
    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Shanghai"));
    }
}
