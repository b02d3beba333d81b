package org.tongchou.app.meetings;

import java.util.List;
import org.tongchou.app.web.FieldProblem;
import org.tongchou.app.web.FieldProblemsException;

/** Uploaded files refused (too many, too large, of a type not allowed): every problem; nothing stored. Answered 400. */
class FilesRefusedException extends FieldProblemsException {
    FilesRefusedException(List<FieldProblem> problems) {
        super(problems);
    }
}
