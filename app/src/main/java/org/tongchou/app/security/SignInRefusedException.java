package org.tongchou.app.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in attempt refused before its password was checked: too soon after earlier failures, or on a
 * locked account. Answered 429 with {@code Retry-After}.
 */
final class SignInRefusedException extends AuthenticationException {
    private final SignInThrottle.Refusal refusal;

    SignInRefusedException(SignInThrottle.Refusal refusal) {
        super(refusal.locked() ? "account locked after repeated failed sign-ins; try again in "
                + refusal.retryAfterSeconds() + " s or ask an administrator to unlock it"
                : "too many failed sign-ins; try again in " + refusal.retryAfterSeconds() + " s");
        this.refusal = refusal;
    }

    SignInThrottle.Refusal refusal() {
        return refusal;
    }
}
