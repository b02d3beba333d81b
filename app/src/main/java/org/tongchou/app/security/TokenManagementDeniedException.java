package org.tongchou.app.security;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.tongchou.app.web.ProblemTypes;

/**
 * A request authenticated by an API token tried to create or revoke tokens: only a signed-in person
 * does that, so that a leaked token cannot make itself new ones. Answered 403.
 */
final class TokenManagementDeniedException extends AccessDeniedException implements ErrorResponse {
    TokenManagementDeniedException() {
        super("API tokens are managed by a signed-in user (page /account, or the API in a signed-in session), "
                + "not with an API token");
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
