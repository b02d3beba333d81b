package org.tongchou.app.entry;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.tongchou.app.web.FieldProblem;
import org.tongchou.app.web.ProblemTypes;
import org.tongchou.app.web.Refusal;

/**
 * A save or submit refused because some values are not valid; nothing was written. Lists every problem.
 * Answered 400 with the headline and each field's problem in the request's language.
 */
class EntryRejectedException extends Refusal {
    /** One refused field: the indicator, the value as typed, and what is wrong with it. */
    public record Rejection(String field, String rejectedValue, EntryProblem problem) {
    }

    private final transient EntryProblem headline;
    private final transient List<Rejection> rejections;
    private final transient EntryForm form;

    EntryRejectedException(EntryProblem headline, List<Rejection> rejections, EntryForm form) {
        super(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, headline.english(), headline.key(), headline.a(), headline.b(), headline.c());
        this.headline = headline;
        this.rejections = List.copyOf(rejections);
        this.form = form;
    }

    /** Every problem in English (callers without a locale); {@link #rejections()} carries the message keys. */
    public List<FieldProblem> problems() {
        return rejections.stream().map(r -> new FieldProblem(r.field(), r.rejectedValue(), r.problem().english())).toList();
    }

    @Override
    public List<FieldProblem> problems(MessageSource messages, Locale locale) {
        return rejections.stream().map(r -> new FieldProblem(r.field(), r.rejectedValue(), messages.getMessage(r.problem().key(),
                new Object[] {r.problem().a(), r.problem().b(), r.problem().c()}, r.problem().english(), locale))).toList();
    }

    public List<Rejection> rejections() {
        return rejections;
    }

    /** "n problems in the form of … for …", as a message key. */
    public EntryProblem headline() {
        return headline;
    }

    /** The form as typed, with each field's problems, to show again. */
    public EntryForm form() {
        return form;
    }
}
