package org.tongchou.app.security;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.tongchou.app.web.ProblemTypes;

/** The signed-in user may not read (or write) this unit. Answered with 403 and the out-of-scope problem type. */
class OutOfScopeException extends AccessDeniedException implements ErrorResponse {
    private final String unitCode;

    OutOfScopeException(String username, String unitCode, boolean write) {
        super("user '" + username + "' may not " + (write ? "change" : "read") + " unit " + unitCode);
        this.unitCode = unitCode;
    }

    public String unitCode() {
        return unitCode;
    }

    @Override
    public HttpStatusCode getStatusCode() {
        return HttpStatus.FORBIDDEN;
    }

    @Override
    public ProblemDetail getBody() {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, getMessage());
        p.setType(ProblemTypes.OUT_OF_SCOPE);
        return p;
    }
}
