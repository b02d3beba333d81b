package org.tongchou.app.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.concurrent.ConcurrentTaskScheduler;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Spring's scheduler, turned on here for every feature's {@code @Scheduled} work (the nightly backup, the daily
 * commitment check), and every scheduled task run as {@link Maintenance#background background work}: it does not
 * start during a maintenance (that run is skipped, the next one comes as scheduled), and a maintenance that begins
 * while it runs waits for it. One wrapper for all, so a new {@code @Scheduled} method cannot forget it.
 * <p>
 * The wrapper is a {@link TaskScheduler} around Spring Boot's ({@code spring.task.scheduling.*}) that wraps each
 * task's own runnable, inside Spring's rescheduling of cron tasks, so a skipped run never stops the later ones.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MaintenanceScheduling implements SchedulingConfigurer {
    private final Maintenance maintenance;
    private final ObjectProvider<TaskScheduler> schedulers;

    MaintenanceScheduling(Maintenance maintenance, ObjectProvider<TaskScheduler> schedulers) {
        this.maintenance = maintenance;
        this.schedulers = schedulers;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        TaskScheduler scheduler = registrar.getScheduler() != null ? registrar.getScheduler() : schedulers.getIfUnique(ConcurrentTaskScheduler::new);
        registrar.setTaskScheduler(new Skipping(scheduler, maintenance));
    }

    /** A task that runs as background work of {@code maintenance}: skipped during a maintenance, waited for by one. */
    static Runnable wrapped(Runnable task, Maintenance maintenance) {
        String what = "the scheduled task " + task;
        return () -> maintenance.background(what, task);
    }

    /** The scheduler {@code delegate}, each task {@link #wrapped}. */
    record Skipping(TaskScheduler delegate, Maintenance maintenance) implements TaskScheduler {
        @Override
        public Clock getClock() {
            return delegate.getClock();
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable task, Trigger trigger) {
            return delegate.schedule(wrapped(task, maintenance), trigger);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable task, Instant startTime) {
            return delegate.schedule(wrapped(task, maintenance), startTime);
        }

        @Override
        public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Instant startTime, Duration period) {
            return delegate.scheduleAtFixedRate(wrapped(task, maintenance), startTime, period);
        }

        @Override
        public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Duration period) {
            return delegate.scheduleAtFixedRate(wrapped(task, maintenance), period);
        }

        @Override
        public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Instant startTime, Duration delay) {
            return delegate.scheduleWithFixedDelay(wrapped(task, maintenance), startTime, delay);
        }

        @Override
        public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Duration delay) {
            return delegate.scheduleWithFixedDelay(wrapped(task, maintenance), delay);
        }
    }
}
