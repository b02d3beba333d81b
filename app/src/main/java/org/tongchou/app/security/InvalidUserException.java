package org.tongchou.app.security;

import java.util.List;
import java.util.stream.Collectors;

/** A request to create or change a user was refused; lists every problem found, not just the first. */
public class InvalidUserException extends RuntimeException {
    private final List<FieldProblem> problems;

    public InvalidUserException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + " '" + p.rejectedValue() + "': " + p.message())
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
