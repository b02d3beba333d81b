package org.tongchou.app.entry;

import java.util.List;
import org.tongchou.app.security.FieldProblem;

/** A save or submit refused because some values are not valid; nothing was written. Lists every problem. */
public class EntryRejectedException extends RuntimeException {
    private final transient List<FieldProblem> problems;
    private final transient EntryForm form;

    EntryRejectedException(String message, List<FieldProblem> problems, EntryForm form) {
        super(message);
        this.problems = List.copyOf(problems);
        this.form = form;
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** The form as typed, with each field's problems, to show again. */
    public EntryForm form() {
        return form;
    }
}
