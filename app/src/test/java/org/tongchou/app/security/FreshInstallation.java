package org.tongchou.app.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.tongchou.app.support.TestClock;
import org.tongchou.app.support.TestDatabaseConfig;

/**
 * The whole application on a random port as a fresh, normal installation: its own empty in-memory
 * database, no demo, no accounts; a clock the tests move on; behind a trusted reverse proxy at
 * 127.0.0.1 (so that a test names its client with {@code X-Forwarded-For}); an address may fail 5
 * times before it must wait. The other sign-in settings are the defaults.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:tongchou_fresh;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "tongchou.proxy.trusted-addresses=127.0.0.1",
        "tongchou.signin.address-free-failures=5"})
@ActiveProfiles("test-h2")
@Import({TestDatabaseConfig.class, FreshInstallation.Clocks.class})
@interface FreshInstallation {
    @TestConfiguration(proxyBeanMethods = false)
    class Clocks {
        @Bean
        @Primary
        TestClock testClock() {
            return TestClock.startingAt(Instant.parse("2026-03-02T01:00:00Z"));
        }
    }
}
