package org.tongchou.app.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;

/**
 * A request refused because fields are not valid, listing every problem found, not just the first.
 * Answered 400 (or the status a subclass gives, e.g. 422 for a well-formed request that cannot be
 * accepted) with one {@code errors} entry per problem (API) or the error page listing them. Features
 * extend it for their own refusals (e.g. an invalid user).
 */
public class FieldProblemsException extends Refusal {
    private final List<FieldProblem> problems;

    public FieldProblemsException(List<FieldProblem> problems) {
        this(HttpStatus.BAD_REQUEST, problems);
    }

    protected FieldProblemsException(HttpStatus status, List<FieldProblem> problems) {
        super(status, ProblemTypes.VALIDATION, problems.stream().map(p -> p.field() + " '" + p.rejectedValue() + "': " + p.message())
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** "n fields are not valid" (the problems themselves are listed in {@code errors}). */
    @Override
    public String detail(MessageSource messages, Locale locale) {
        return problems.size() + (problems.size() == 1 ? " field is" : " fields are") + " not valid";
    }

    @Override
    public List<FieldProblem> problems(MessageSource messages, Locale locale) {
        return problems;
    }
}
