package org.tongchou.app.web;

import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** Too many attempts (429): the answer carries {@code Retry-After} with the seconds to wait. */
public class TooManyRequests extends Refusal {
    private final long retryAfterSeconds;

    public TooManyRequests(String detail, long retryAfterSeconds) {
        super(HttpStatus.TOO_MANY_REQUESTS, null, detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
    }
}
