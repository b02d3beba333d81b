package org.tongchou.app.meetings;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link Clock} that says what day it is (Asia/Shanghai), unless the application already has
 * one: deadlines, reminders, overdue checks and the cadre indicators of a run all read "today" from it,
 * so that tests move time by replacing this bean, never by waiting.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock clock() {
        return Clock.system(BEIJING);
    }
}
