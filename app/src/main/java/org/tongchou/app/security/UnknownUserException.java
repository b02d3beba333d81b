package org.tongchou.app.security;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.tongchou.app.web.ProblemTypes;

/** No user has this username. Answered with 404. */
class UnknownUserException extends RuntimeException implements ErrorResponse {
    UnknownUserException(String username) {
        super("no user named '" + username + "'");
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
