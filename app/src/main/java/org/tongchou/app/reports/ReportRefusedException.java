package org.tongchou.app.reports;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.tongchou.app.web.FieldProblem;
import org.tongchou.app.web.Refusal;

/**
 * A document that cannot be made or served as asked: an unknown format, kind or language (400), a run or
 * document that does not exist or may not be seen (404), a run not published yet (409), no Chinese font
 * (503, {@link NoFontException}). Answered by the web module's {@code ErrorAdvice} (problem details for the
 * API, the error page for pages); the command line prints the message.
 */
class ReportRefusedException extends Refusal {
    private final FieldProblem problem;

    ReportRefusedException(String field, String value, String why) {
        this(HttpStatus.BAD_REQUEST, field, value, why);
    }

    ReportRefusedException(HttpStatus status, String field, String value, String why) {
        super(status, null, field + " '" + value + "': " + why);
        this.problem = new FieldProblem(field, value, why);
    }

    static ReportRefusedException notFound(String what) {
        return new ReportRefusedException(HttpStatus.NOT_FOUND, "id", what, "does not exist or is not visible to you");
    }

    @Override
    public List<FieldProblem> problems(MessageSource messages, Locale locale) {
        return List.of(problem);
    }
}
