package org.tongchou.app.evaluation;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;

/** No run has this id, or none the caller may see (answered 404, as if it did not exist). */
class UnknownRunException extends RuntimeException implements ErrorResponse {
    UnknownRunException(long id) {
        super("no evaluation run has id " + id);
    }

    @Override
    public HttpStatusCode getStatusCode() {
        return HttpStatus.NOT_FOUND;
    }

    @Override
    public ProblemDetail getBody() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, getMessage());
    }
}
