package org.tongchou.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error of a controller (or of the API's security filters) is answered here: under
 * {@code /api/} as RFC 9457 problem details ({@code application/problem+json} with type, title,
 * status, detail, instance; validation problems add {@code errors}, one entry per field), elsewhere as
 * a friendly page in the user's language. Features signal their own errors by throwing exceptions
 * that implement Spring's {@link ErrorResponse} (e.g. {@code ResponseStatusException}, or carrying
 * their own status and problem type) or extend {@link FieldProblemsException}; the web layer names
 * no feature's exception.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorAdvice {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorAdvice.class);
    private final PageUsers users;
    private final Navigation navigation;

    ErrorAdvice(PageUsers users, Navigation navigation) {
        this.users = users;
        this.navigation = navigation;
    }

    @ExceptionHandler(BindException.class)
    Object invalidBody(BindException e, HttpServletRequest request, HttpServletResponse response) {
        List<FieldProblem> problems = new ArrayList<>();
        for (FieldError f : e.getBindingResult().getFieldErrors()) {
            problems.add(new FieldProblem(f.getField(), rejected(f.getField(), f.getRejectedValue()),
                    f.getDefaultMessage()));
        }
        e.getBindingResult().getGlobalErrors()
                .forEach(g -> problems.add(new FieldProblem(g.getObjectName(), null, g.getDefaultMessage())));
        return validation(problems, request, response);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    Object invalidParameters(HandlerMethodValidationException e, HttpServletRequest request,
            HttpServletResponse response) {
        List<FieldProblem> problems = new ArrayList<>();
        e.getParameterValidationResults().forEach(r -> {
            String name = r.getMethodParameter().getParameterName();
            for (MessageSourceResolvable m : r.getResolvableErrors()) {
                problems.add(new FieldProblem(name, String.valueOf(r.getArgument()), m.getDefaultMessage()));
            }
        });
        return validation(problems, request, response);
    }

    @ExceptionHandler(FieldProblemsException.class)
    Object invalidFields(FieldProblemsException e, HttpServletRequest request, HttpServletResponse response) {
        // a feature's refusal may carry its own status (e.g. 422 for a well-formed request it cannot accept)
        HttpStatusCode status = e instanceof ErrorResponse er ? er.getStatusCode() : HttpStatus.BAD_REQUEST;
        String detail = e.problems().size() + (e.problems().size() == 1 ? " field is" : " fields are") + " not valid";
        return answer(status, ProblemTypes.VALIDATION, detail, e.problems(), request, response);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request, HttpServletResponse response) {
        String detail = e.getMostSpecificCause().getMessage();
        return answer(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "request body is not valid JSON of the "
                + "expected shape: " + firstLine(detail), null, request, response);
    }

    @ExceptionHandler(TypeMismatchException.class)
    Object typeMismatch(TypeMismatchException e, HttpServletRequest request, HttpServletResponse response) {
        String name = e.getPropertyName();
        List<FieldProblem> p = List.of(new FieldProblem(name, String.valueOf(e.getValue()),
                "expected a value of type " + (e.getRequiredType() == null ? "?" : e.getRequiredType().getSimpleName())));
        return validation(p, request, response);
    }

    /** Access denied; a feature's refusal that carries its own status and type (e.g. out of scope) keeps them. */
    @ExceptionHandler(AccessDeniedException.class)
    Object denied(AccessDeniedException e, HttpServletRequest request, HttpServletResponse response) {
        if (e instanceof ErrorResponse er) return answer(er, e, request, response);
        String user = users.current().map(u -> "user '" + u.username() + "' (" + u.role() + ")").orElse("this user");
        return answer(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, user + " may not " + request.getMethod() + " "
                + request.getRequestURI(), null, request, response);
    }

    @ExceptionHandler(AuthenticationException.class)
    Object unauthenticated(AuthenticationException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED,
                "sign in (session) or send an API token (Authorization: Bearer): " + e.getMessage(), null, request, response);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noResource(NoResourceFoundException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "nothing at " + request.getRequestURI(), null,
                request, response);
    }

    /**
     * Anything else. Spring's own web exceptions and features' {@code ResponseStatusException}s
     * implement {@link ErrorResponse} and carry their status; the rest are unexpected: 500, logged.
     */
    @ExceptionHandler(Exception.class)
    Object other(Exception e, HttpServletRequest request, HttpServletResponse response) {
        if (e instanceof ErrorResponse er) return answer(er, e, request, response);
        LOG.error("unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL,
                "an unexpected error occurred; it has been logged (" + e.getClass().getSimpleName() + ")", null,
                request, response);
    }

    private Object answer(ErrorResponse er, Exception e, HttpServletRequest request, HttpServletResponse response) {
        ProblemDetail body = er.getBody();
        String detail = body.getDetail() != null ? body.getDetail() : e.getMessage();
        URI type = body.getType() == null || "about:blank".equals(body.getType().toString()) ? null : body.getType();
        return answer(er.getStatusCode(), type, detail, null, request, response);
    }

    private Object validation(List<FieldProblem> problems, HttpServletRequest request, HttpServletResponse response) {
        String detail = problems.size() + (problems.size() == 1 ? " field is" : " fields are") + " not valid";
        return answer(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, detail, problems, request, response);
    }

    private Object answer(HttpStatusCode status, URI type, String detail, List<FieldProblem> errors,
            HttpServletRequest request, HttpServletResponse response) {
        if (isApi(request)) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
            p.setType(type != null ? type : ProblemTypes.forStatus(status.value()));
            HttpStatus known = HttpStatus.resolve(status.value());
            p.setTitle(known != null ? known.getReasonPhrase() : "Error " + status.value());
            p.setInstance(URI.create(request.getRequestURI()));
            if (errors != null) p.setProperty("errors", errors);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
        }
        response.setStatus(status.value());
        ModelAndView mv = new ModelAndView("error/page", status);
        mv.addObject("status", status.value());
        mv.addObject("detail", status.is5xxServerError() ? null : detail);
        mv.addObject("errors", errors);
        mv.addObject("currentUser", users.current().orElse(null));
        mv.addObject("navLinks", navigation.linksFor(users.current()));
        return mv;
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/api");
    }

    private static String rejected(String field, Object value) {
        if (value == null) return null;
        // never echo a password back
        return field.toLowerCase().contains("password") ? "(hidden)" : String.valueOf(value);
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
