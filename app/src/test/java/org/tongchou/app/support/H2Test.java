package org.tongchou.app.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** A Spring test on an in-memory H2 database, migrated from scratch by Flyway (no web server, as the command line runs: web-only beans must not be needed). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test-h2")
@Import({TestDatabaseConfig.class, TestClockConfig.class})
public @interface H2Test {
}
