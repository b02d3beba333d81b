package org.tongchou.app.security;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;

/** An API request refused by the sign-in throttle: answered 429 with {@code Retry-After}. */
final class TooManyAttemptsException extends RuntimeException implements ErrorResponse {
    TooManyAttemptsException(SignInThrottle.Refusal refusal) {
        super("too many failed attempts from this address; try again in " + refusal.retryAfterSeconds() + " s");
    }

    @Override
    public HttpStatusCode getStatusCode() {
        return HttpStatus.TOO_MANY_REQUESTS;
    }

    @Override
    public ProblemDetail getBody() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, getMessage());
    }
}
