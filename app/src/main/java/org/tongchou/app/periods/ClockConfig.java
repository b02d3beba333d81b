package org.tongchou.app.periods;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's one {@link Clock}: every "today" and "now" (deadlines, reminders, overdue checks,
 * the cadre indicators of a run, sign-in delays, token expiry, the day a page shows units on, the time a
 * change is stored) is read from this bean, never from the system clock directly
 * ({@code AppArchitectureTest.timeComesFromTheClockBean}). Its zone is the city's, {@code tongchou.zone}
 * (default Asia/Shanghai); pages show times in it. Tests replace it with a clock they move
 * ({@code support.TestClock}), never by waiting.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {
    @Bean
    Clock clock(@Value("${tongchou.zone:Asia/Shanghai}") ZoneId zone) {
        return Clock.system(zone);
    }
}
