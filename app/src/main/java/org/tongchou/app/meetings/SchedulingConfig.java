package org.tongchou.app.meetings;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler for the daily commitment check ({@link CommitmentChecks#daily()}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {
}
