package org.tongchou.app.reports;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.tongchou.app.web.FieldProblem;
import org.tongchou.app.web.FieldProblemsException;

/**
 * A document that cannot be made or served as asked: an unknown format, kind or language (400), a run or
 * document that does not exist or may not be seen (404), a run not published yet (409). Answered by the
 * web module's error handling (problem details for the API, the error page for pages).
 */
class ReportRefusedException extends FieldProblemsException implements ErrorResponse {
    private final HttpStatus status;

    ReportRefusedException(String field, String value, String why) {
        this(HttpStatus.BAD_REQUEST, field, value, why);
    }

    ReportRefusedException(HttpStatus status, String field, String value, String why) {
        super(List.of(new FieldProblem(field, value, why)));
        this.status = status;
    }

    static ReportRefusedException notFound(String what) {
        return new ReportRefusedException(HttpStatus.NOT_FOUND, "id", what, "does not exist or is not visible to you");
    }

    @Override
    public HttpStatusCode getStatusCode() {
        return status;
    }

    @Override
    public ProblemDetail getBody() {
        return ProblemDetail.forStatusAndDetail(status, getMessage());
    }
}
