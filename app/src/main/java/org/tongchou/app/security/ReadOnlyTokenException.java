package org.tongchou.app.security;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.tongchou.app.web.ProblemTypes;

/** A read-only API token sent with a request that would change something. Answered 403. */
final class ReadOnlyTokenException extends AccessDeniedException implements ErrorResponse {
    ReadOnlyTokenException(String method, String path) {
        super("this API token is read-only: it may not " + method + " " + path);
    }

    @Override
    public HttpStatusCode getStatusCode() {
        return HttpStatus.FORBIDDEN;
    }

    @Override
    public ProblemDetail getBody() {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, getMessage());
        p.setType(ProblemTypes.FORBIDDEN);
        return p;
    }
}
