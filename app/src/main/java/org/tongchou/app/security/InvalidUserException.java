package org.tongchou.app.security;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.tongchou.app.web.FieldProblem;
import org.tongchou.app.web.FieldProblemsException;

/**
 * A request to create or change a user was refused; lists every problem found, not just the first.
 * Answered 422: the request was well-formed, its values cannot be accepted (a taken username, a
 * password the policy refuses, a scope that is no township).
 */
class InvalidUserException extends FieldProblemsException {
    InvalidUserException(List<FieldProblem> problems) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, problems);
    }
}
