package org.tongchou.app.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.tongchou.app.support.TestDatabaseConfig;

/**
 * The whole application on a random port over its own in-memory H2 database (not shared with the
 * {@code @H2Test} contexts), with the demo accounts visible. Every web test class uses exactly this
 * annotation so that they share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:tongchou_web;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "tongchou.demo.accounts-visible=true"})
@ActiveProfiles("test-h2")
@Import({TestDatabaseConfig.class, TestClockConfig.class, WebTestFixture.class})
public @interface WebAppTest {
}
