package org.tongchou.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * Every {@code @Scheduled} task runs as background work of {@link Maintenance} ({@link MaintenanceScheduling}): it
 * does not run during a maintenance, runs again as scheduled after it, and a maintenance waits for (or, past its
 * drain timeout, is refused by) a scheduled task that is running.
 */
@SpringJUnitConfig(MaintenanceSchedulingTest.Config.class)
class MaintenanceSchedulingTest {
    @Configuration(proxyBeanMethods = false)
    @Import(MaintenanceScheduling.class)
    static class Config {
        @Bean
        Maintenance maintenance() {
            return new Maintenance(Clock.systemUTC(), Duration.ofSeconds(10));
        }

        @Bean
        ThreadPoolTaskScheduler taskScheduler() {
            ThreadPoolTaskScheduler s = new ThreadPoolTaskScheduler();
            s.setPoolSize(2);
            return s;
        }

        @Bean
        Ticker ticker() {
            return new Ticker();
        }
    }

    /** A scheduled task as any feature writes one. */
    static class Ticker {
        final AtomicInteger runs = new AtomicInteger();

        @Scheduled(fixedDelay = 10)
        void tick() {
            runs.incrementAndGet();
        }
    }

    @Autowired
    Maintenance maintenance;
    @Autowired
    Ticker ticker;

    @Test
    void aScheduledMethodDoesNotRunDuringAMaintenanceAndRunsAgainAfterIt() throws Exception {
        waitUntil(() -> ticker.runs.get() >= 2);
        int[] during = new int[2];
        maintenance.run("a test restore", "tester", null, () -> {
            during[0] = ticker.runs.get();
            sleep(300);
            during[1] = ticker.runs.get();
            return null;
        });
        assertThat(during[1]).as("no run during the maintenance (about 30 were due)").isEqualTo(during[0]);
        int after = ticker.runs.get();
        waitUntil(() -> ticker.runs.get() >= after + 2);
    }

    @Test
    void aMaintenanceWaitsForAScheduledTaskThatRunsAndIsRefusedWhenItDoesNotFinish() throws Exception {
        Maintenance m = new Maintenance(Clock.systemUTC(), Duration.ofMillis(200));
        Capturing scheduler = new Capturing();
        MaintenanceScheduling.Skipping skipping = new MaintenanceScheduling.Skipping(scheduler.scheduler, m);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger done = new AtomicInteger();
        skipping.scheduleWithFixedDelay(() -> {
            await(release);
            done.incrementAndGet();
        }, Duration.ofMinutes(1));
        Runnable task = scheduler.tasks.get(0);

        CompletableFuture<Void> running = CompletableFuture.runAsync(task);
        waitUntil(() -> m.running() == 1);
        assertThatThrownBy(() -> m.run("a test restore", "tester", null, () -> "restored"))
                .isInstanceOf(Maintenance.MaintenanceRefusedException.class).hasMessageContaining("1 requests or jobs were still running");
        release.countDown();
        running.get(10, TimeUnit.SECONDS);
        assertThat(done).hasValue(1);
        assertThat(m.running()).isZero();

        // during a maintenance the task is skipped; a task that fails leaves nothing counted as running
        m.run("a test restore", "tester", null, () -> {
            task.run();
            return null;
        });
        assertThat(done).as("skipped").hasValue(1);
        skipping.schedule(() -> {
            throw new IllegalStateException("a failing task");
        }, Instant.now());
        assertThatThrownBy(() -> scheduler.tasks.get(1).run()).hasMessage("a failing task");
        assertThat(m.running()).isZero();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch l) {
        try {
            l.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void waitUntil(BooleanSupplier c) throws InterruptedException {
        long end = System.currentTimeMillis() + 10_000;
        while (!c.getAsBoolean()) {
            if (System.currentTimeMillis() > end) throw new AssertionError("condition not met in 10 s");
            Thread.sleep(5);
        }
    }

    /** A scheduler that keeps the tasks given to it and runs none. */
    static final class Capturing {
        final List<Runnable> tasks = new ArrayList<>();
        final TaskScheduler scheduler = (TaskScheduler) java.lang.reflect.Proxy.newProxyInstance(TaskScheduler.class.getClassLoader(),
                new Class<?>[] {TaskScheduler.class}, (proxy, method, args) -> {
                    if (args != null && args.length > 0 && args[0] instanceof Runnable r) tasks.add(r);
                    return null;
                });
    }
}
