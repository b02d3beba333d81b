package org.tongchou.app.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A Spring test on the PostgreSQL database {@code tongchou_test} at 127.0.0.1:5432, cleaned and
 * migrated from scratch by Flyway when the context starts. The test script creates the database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test-pg")
@Import({TestDatabaseConfig.class, TestClockConfig.class})
public @interface PostgresTest {
}
