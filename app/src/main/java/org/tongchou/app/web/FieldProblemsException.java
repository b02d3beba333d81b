package org.tongchou.app.web;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A request refused because fields are not valid, listing every problem found, not just the first.
 * Answered 400 with one {@code errors} entry per problem (API) or the error page listing them.
 * Features extend it for their own refusals (e.g. an invalid user).
 */
public class FieldProblemsException extends RuntimeException {
    private final List<FieldProblem> problems;

    public FieldProblemsException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + " '" + p.rejectedValue() + "': " + p.message())
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
