package org.tongchou.app.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/** A well-formed request that cannot be carried out as it stands (422): a plan or a file that fails its checks. */
public class Unprocessable extends Refusal {
    public Unprocessable(String detail) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, null, detail);
    }

    /** Detail as the message {@code key} with {@code args} in the request's language, {@code english} otherwise. */
    public Unprocessable(String english, String key, Object... args) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, null, english, key, args);
    }

    /** With a problem type of its own. */
    protected Unprocessable(URI type, String english, String key, Object... args) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, type, english, key, args);
    }
}
