package org.tongchou.app.security;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How sign-in guessing is slowed ({@code tongchou.signin.*}, defaults in brackets). After
 * {@code account-free-failures} (3) failed attempts in a row on one account, or
 * {@code address-free-failures} (20) from one client address, each further attempt must wait
 * {@code base-delay} (1 s), doubled with each failure up to {@code max-delay} (60 s). After
 * {@code lock-after} (10) failures in a row an account is locked for {@code lock-duration} (30 min)
 * or until an administrator unlocks it. Failures older than {@code forget-after} (1 h) are forgotten.
 * With the defaults, one account allows about 20 guesses an hour.
 */
@Component
record ThrottleSettings(int accountFreeFailures, int addressFreeFailures, Duration baseDelay, Duration maxDelay,
                        int lockAfter, Duration lockDuration, Duration forgetAfter) {
    ThrottleSettings(@Value("${tongchou.signin.account-free-failures:3}") int accountFreeFailures,
            @Value("${tongchou.signin.address-free-failures:20}") int addressFreeFailures,
            @Value("${tongchou.signin.base-delay:1s}") Duration baseDelay,
            @Value("${tongchou.signin.max-delay:60s}") Duration maxDelay,
            @Value("${tongchou.signin.lock-after:10}") int lockAfter,
            @Value("${tongchou.signin.lock-duration:30m}") Duration lockDuration,
            @Value("${tongchou.signin.forget-after:1h}") Duration forgetAfter) {
        this.accountFreeFailures = accountFreeFailures;
        this.addressFreeFailures = addressFreeFailures;
        this.baseDelay = baseDelay;
        this.maxDelay = maxDelay;
        this.lockAfter = lockAfter;
        this.lockDuration = lockDuration;
        this.forgetAfter = forgetAfter;
    }

    /** The wait before the attempt after failure number {@code failures} (1-based). */
    Duration delayAfter(SignInThrottle.Kind kind, int failures) {
        int free = kind == SignInThrottle.Kind.ACCOUNT ? accountFreeFailures : addressFreeFailures;
        if (failures < free) return Duration.ZERO;
        int doublings = Math.min(failures - free, 30);
        Duration d = baseDelay.multipliedBy(1L << doublings);
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }
}
