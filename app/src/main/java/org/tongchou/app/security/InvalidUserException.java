package org.tongchou.app.security;

import java.util.List;
import org.tongchou.app.web.FieldProblem;
import org.tongchou.app.web.FieldProblemsException;

/** A request to create or change a user was refused; lists every problem found, not just the first. */
class InvalidUserException extends FieldProblemsException {
    InvalidUserException(List<FieldProblem> problems) {
        super(problems);
    }
}
