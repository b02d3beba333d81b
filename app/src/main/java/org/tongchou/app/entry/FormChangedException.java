package org.tongchou.app.entry;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.tongchou.app.web.Refusal;

/**
 * An {@code If-Match} that is no longer the entity tag of the form: a value of it changed since the caller read it
 * (RFC 9110 §13.1.1: 412 Precondition Failed). The answer names both tags; read the form again.
 */
class FormChangedException extends Refusal {
    static final URI TYPE = URI.create("tag:tongchou.org,2026:problem/form-changed");
    private final String given;
    private final String current;

    FormChangedException(String unitCode, String period, String given, String current) {
        super(HttpStatus.PRECONDITION_FAILED, TYPE, "the form of " + unitCode + " in " + period + " changed since it was read (If-Match "
                + given + ", now " + current + "); nothing was done: read it again");
        this.given = given;
        this.current = current;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("ifMatch", given, "etag", current);
    }
}
