package org.tongchou.app.entry;

import org.tongchou.app.web.BadInput;

/**
 * A review or entry request that cannot be carried out as asked (no reason given, a named value in the
 * wrong status, an unknown indicator); nothing was changed. Carries the problem as a message key so
 * the API answers in the user's language.
 */
class EntryRequestException extends BadInput {
    private final transient EntryProblem problem;

    EntryRequestException(EntryProblem problem) {
        super(problem.english(), problem.key(), problem.a(), problem.b(), problem.c());
        this.problem = problem;
    }

    public EntryProblem problem() {
        return problem;
    }
}
