package org.tongchou.app.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/** A request whose parameters or body cannot be used (400): a malformed period, an unknown indicator, a missing reason. */
public class BadInput extends Refusal {
    public BadInput(String detail) {
        super(HttpStatus.BAD_REQUEST, null, detail);
    }

    /** Detail as the message {@code key} with {@code args} in the request's language, {@code english} otherwise. */
    public BadInput(String english, String key, Object... args) {
        super(HttpStatus.BAD_REQUEST, null, english, key, args);
    }

    /** With a problem type of its own. */
    protected BadInput(URI type, String english, String key, Object... args) {
        super(HttpStatus.BAD_REQUEST, type, english, key, args);
    }
}
