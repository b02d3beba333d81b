package org.tongchou.app.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/** The request conflicts with what is stored (409): a commitment in the wrong state, a locked value. */
public class Conflict extends Refusal {
    public Conflict(String detail) {
        super(HttpStatus.CONFLICT, null, detail);
    }

    /** Detail as the message {@code key} with {@code args} in the request's language, {@code english} otherwise. */
    public Conflict(String english, String key, Object... args) {
        super(HttpStatus.CONFLICT, null, english, key, args);
    }

    /** With a problem type of its own. */
    protected Conflict(URI type, String english, String key, Object... args) {
        super(HttpStatus.CONFLICT, type, english, key, args);
    }
}
