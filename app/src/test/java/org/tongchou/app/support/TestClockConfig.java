package org.tongchou.app.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The shared test contexts' clock: the application reads "today" from it; tests move it ({@link TestClock}). */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfig {
    @Bean
    @Primary
    TestClock testClock() {
        return TestClock.followingSystem();
    }
}
