package org.tongchou.app.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/** The signed-in user (or the API token) may not do this (403). */
public class Forbidden extends Refusal {
    public Forbidden(String detail) {
        super(HttpStatus.FORBIDDEN, null, detail);
    }

    /** Detail as the message {@code key} with {@code args} in the request's language, {@code english} otherwise. */
    public Forbidden(String english, String key, Object... args) {
        super(HttpStatus.FORBIDDEN, null, english, key, args);
    }

    /** With a problem type of its own. */
    protected Forbidden(URI type, String english, String key, Object... args) {
        super(HttpStatus.FORBIDDEN, type, english, key, args);
    }
}
