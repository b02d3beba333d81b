package org.tongchou.app.security;

import org.tongchou.app.web.TooManyRequests;

/** An API request refused by the sign-in throttle: answered 429 with {@code Retry-After}. */
final class TooManyAttemptsException extends TooManyRequests {
    TooManyAttemptsException(SignInThrottle.Refusal refusal) {
        super("too many failed attempts from this address; try again in " + refusal.retryAfterSeconds() + " s",
                refusal.retryAfterSeconds());
    }
}
