package org.tongchou.app.targets;

import java.util.List;
import org.tongchou.app.web.FieldProblem;
import org.tongchou.app.web.FieldProblemsException;

/** Proposed targets refused: every problem, by field; nothing was written. Answered 400 with the list. */
class TargetRefusedException extends FieldProblemsException {
    TargetRefusedException(List<FieldProblem> problems) {
        super(problems);
    }
}
