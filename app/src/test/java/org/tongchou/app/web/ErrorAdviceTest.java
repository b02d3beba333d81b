package org.tongchou.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.AbstractList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** {@link ErrorAdvice} on its own: how many problems an answer lists, and what of them it copies. */
class ErrorAdviceTest {
    private final ErrorAdvice advice = new ErrorAdvice(null, null, new StaticMessageSource());

    /** 1,500 problems with long messages, of which only the first {@value ErrorAdvice#MAX_LISTED} may ever be read. */
    static final class ManyProblems extends FieldProblemsException {
        ManyProblems() {
            super(List.of(new FieldProblem("f", "v", "m")));
        }

        @Override
        public List<FieldProblem> problems(MessageSource messages, Locale locale) {
            return new AbstractList<>() {
                @Override
                public FieldProblem get(int i) {
                    if (i >= ErrorAdvice.MAX_LISTED) throw new AssertionError("problem " + i + " is beyond the listed ones: it was read to be clipped");
                    return new FieldProblem("row " + i, "x".repeat(5000), "m".repeat(5000));
                }

                @Override
                public int size() {
                    return 1500;
                }
            };
        }
    }

    @Test
    void problemsAreCutToTheListedOnesBeforeTheirTextsAreClipped() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/data/import");
        Object answer = advice.refused(new ManyProblems(), request, new MockHttpServletResponse());
        ProblemDetail p = (ProblemDetail) ((ResponseEntity<?>) answer).getBody();
        assertThat(p.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST.value());
        List<?> errors = (List<?>) p.getProperties().get("errors");
        assertThat(errors).hasSize(ErrorAdvice.MAX_LISTED);
        assertThat(p.getProperties().get("errorCount")).isEqualTo(1500);
        FieldProblem first = (FieldProblem) errors.get(0);
        assertThat(first.rejectedValue()).hasSize(200 + "…(5000 characters)".length());
        assertThat(first.message()).hasSize(ErrorAdvice.MAX_DETAIL + "…(5000 characters)".length());
    }

    @Test
    void aProblemIsWrittenAsJsonWithItsMembersAtTheTop() {
        ProblemDetail p = ErrorAdvice.problem(HttpStatus.CONFLICT, null, "say \"no\"", "/api/x");
        p.setProperty("count", 2);
        assertThat(ErrorAdvice.problemJson(p)).isEqualTo("{\"type\":\"" + ProblemTypes.forStatus(409) + "\",\"title\":\"Conflict\",\"status\":409,"
                + "\"detail\":\"say \\\"no\\\"\",\"instance\":\"/api/x\",\"count\":2}");
    }
}
