package org.tongchou.app.support;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * After each test, the shared {@link TestClock} follows the system clock again, so that a test that
 * moved time never moves it for the next one (registered in {@code META-INF/spring.factories}).
 */
public class TestClockReset implements TestExecutionListener {
    @Override
    public void afterTestMethod(TestContext context) {
        if (!context.hasApplicationContext()) return;
        context.getApplicationContext().getBeanProvider(TestClock.class).stream()
                .filter(TestClock::resetsAfterEachTest).forEach(TestClock::reset);
    }
}
