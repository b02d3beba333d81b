package org.tongchou.app.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/** Nothing at the address: an unknown code, id or table (404). */
public class NotFound extends Refusal {
    public NotFound(String detail) {
        super(HttpStatus.NOT_FOUND, null, detail);
    }

    /** Detail as the message {@code key} with {@code args} in the request's language, {@code english} otherwise. */
    public NotFound(String english, String key, Object... args) {
        super(HttpStatus.NOT_FOUND, null, english, key, args);
    }

    /** With a problem type of its own. */
    protected NotFound(URI type, String english, String key, Object... args) {
        super(HttpStatus.NOT_FOUND, type, english, key, args);
    }
}
