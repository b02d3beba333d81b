package org.tongchou.app.security;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.tongchou.app.web.FieldProblem;
import org.tongchou.app.web.FieldProblemsException;
import org.tongchou.app.web.ProblemTypes;

/**
 * A request to create or change a user was refused; lists every problem found, not just the first.
 * Answered 422: the request was well-formed, its values cannot be accepted (a taken username, a
 * password the policy refuses, a scope that is no township).
 */
class InvalidUserException extends FieldProblemsException implements ErrorResponse {
    InvalidUserException(List<FieldProblem> problems) {
        super(problems);
    }

    @Override
    public HttpStatusCode getStatusCode() {
        return HttpStatus.UNPROCESSABLE_CONTENT;
    }

    @Override
    public ProblemDetail getBody() {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, getMessage());
        p.setType(ProblemTypes.VALIDATION);
        return p;
    }
}
