package org.tongchou.app.meetings;

import java.util.List;
import org.tongchou.app.web.FieldProblem;
import org.tongchou.app.web.FieldProblemsException;

/** A meeting or commitment refused: every problem by field; nothing was written. Answered 400. */
class MeetingRefusedException extends FieldProblemsException {
    MeetingRefusedException(List<FieldProblem> problems) {
        super(problems);
    }
}
