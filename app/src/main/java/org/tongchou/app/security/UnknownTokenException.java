package org.tongchou.app.security;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.tongchou.app.web.ProblemTypes;

/** The user has no API token with this id. Answered 404. */
class UnknownTokenException extends RuntimeException implements ErrorResponse {
    UnknownTokenException(String username, long id) {
        super("user '" + username + "' has no API token " + id);
    }

    @Override
    public HttpStatusCode getStatusCode() {
        return HttpStatus.NOT_FOUND;
    }

    @Override
    public ProblemDetail getBody() {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, getMessage());
        p.setType(ProblemTypes.NOT_FOUND);
        return p;
    }
}
