package org.tongchou.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
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
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The one place where exceptions become answers, by their type: under {@code /api/} RFC 9457 problem
 * details ({@code application/problem+json} with type, title, status, detail, instance; problems with
 * fields add {@code errors}, at most {@value #MAX_LISTED} of them, and {@code errorCount}), elsewhere the
 * error page in the user's language. Features refuse a request by throwing a {@link Refusal} (its
 * status, problem type, detail or message key, field problems, headers); Spring's own web exceptions
 * carry their status ({@link ErrorResponse}); anything else is a bug: 500, logged with an incident id
 * that the answer repeats. No answer names an exception class or shows a stack trace. Controllers map
 * nothing by hand ({@code AppArchitectureTest}).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorAdvice {
    /** At most this many problems are listed in one answer; {@code errorCount} gives them all. */
    static final int MAX_LISTED = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(ErrorAdvice.class);
    private static final Pattern QUOTED_TYPE = Pattern.compile("`(?:[a-z_][\\w$]*\\.)+([A-Z][\\w$]*)`");
    private static final Pattern SOURCE = Pattern.compile("\\s*(\\(through reference chain|at \\[Source).*$");
    private final PageUsers users;
    private final Navigation navigation;
    private final MessageSource messages;

    @org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-file-size:1MB}")
    private String maxFileSize;
    @org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-request-size:10MB}")
    private String maxRequestSize;

    ErrorAdvice(PageUsers users, Navigation navigation, MessageSource messages) {
        this.users = users;
        this.navigation = navigation;
        this.messages = messages;
    }

    /** The application's own refusals: their status, type, detail in the request's language, problems, headers. */
    @ExceptionHandler(Refusal.class)
    Object refused(Refusal e, HttpServletRequest request, HttpServletResponse response) {
        Locale locale = RequestContextUtils.getLocale(request);
        e.headers().forEach(response::setHeader);
        List<FieldProblem> problems = e.problems(messages, locale);
        Object answer = answer(e.status(), e.type(), e.detail(messages, locale), problems.isEmpty() ? null : problems, request, response);
        if (answer instanceof ResponseEntity<?> r && r.getBody() instanceof ProblemDetail p) {
            if (e.title() != null) p.setTitle(e.title());
            e.properties().forEach((name, value) -> p.setProperty(name, capped(value)));
        } else if (answer instanceof ModelAndView mv && e.properties().get("errors") instanceof List<?> lines && problems.isEmpty()) {
            mv.addObject("lines", capped(lines));
        }
        return answer;
    }

    @ExceptionHandler(BindException.class)
    Object invalidBody(BindException e, HttpServletRequest request, HttpServletResponse response) {
        List<FieldProblem> problems = new ArrayList<>();
        for (FieldError f : e.getBindingResult().getFieldErrors()) {
            problems.add(new FieldProblem(f.getField(), rejected(f.getField(), f.getRejectedValue()),
                    f.isBindingFailure() ? "not a value of the expected type" : f.getDefaultMessage()));
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

    /**
     * A body that is not JSON, or not JSON of the expected shape: 400 naming where (line and column of the body, and
     * the path of the field, also given as {@code line}, {@code column} and {@code pointer}, an RFC 6901 JSON pointer)
     * and what is wrong, without Java type names.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request, HttpServletResponse response) {
        Throwable cause = e.getMostSpecificCause();
        String why;
        String where = "";
        Map<String, Object> at = new LinkedHashMap<>();
        if (cause == e && String.valueOf(e.getMessage()).startsWith("Required request body is missing")) {
            return answer(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "the request body is missing: a JSON document is expected", null, request, response);
        }
        if (cause instanceof JacksonException je) {
            why = readable(je.getOriginalMessage());
            TokenStreamLocation l = je.getLocation();
            if (l != null && l.getLineNr() > 0) {
                at.put("line", l.getLineNr());
                at.put("column", l.getColumnNr());
                where = " at line " + l.getLineNr() + ", column " + l.getColumnNr();
            }
            StringBuilder pointer = new StringBuilder();
            StringBuilder path = new StringBuilder();
            for (JacksonException.Reference r : je.getPath()) {
                if (r.getPropertyName() != null) {
                    pointer.append('/').append(r.getPropertyName().replace("~", "~0").replace("/", "~1"));
                    path.append(path.length() == 0 ? "" : ".").append(r.getPropertyName());
                } else if (r.getIndex() >= 0) {
                    pointer.append('/').append(r.getIndex());
                    path.append('[').append(r.getIndex()).append(']');
                }
            }
            if (!pointer.isEmpty()) {
                at.put("pointer", pointer.toString());
                where += (where.isEmpty() ? " at " : ", ") + "field " + path;
            }
        } else {
            why = readable(cause.getMessage());
        }
        Object answer = answer(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "request body is not valid JSON of the expected shape" + where
                + (why.isEmpty() ? "" : ": " + why), null, request, response);
        if (answer instanceof ResponseEntity<?> r && r.getBody() instanceof ProblemDetail p) at.forEach(p::setProperty);
        return answer;
    }

    /** An upload over the limits ({@code spring.servlet.multipart.*}): 413 saying which. */
    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    Object tooLarge(org.springframework.web.multipart.MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(HttpStatus.CONTENT_TOO_LARGE, null, "the upload is larger than the limit: " + maxFileSize + " per file, " + maxRequestSize
                + " per request; nothing was read", null, request, response);
    }

    @ExceptionHandler(TypeMismatchException.class)
    Object typeMismatch(TypeMismatchException e, HttpServletRequest request, HttpServletResponse response) {
        String name = e.getPropertyName();
        List<FieldProblem> p = List.of(new FieldProblem(name, String.valueOf(e.getValue()),
                "expected a value of type " + (e.getRequiredType() == null ? "?" : e.getRequiredType().getSimpleName())));
        return validation(p, request, response);
    }

    /** Access denied by Spring Security or a feature's role check. */
    @ExceptionHandler(AccessDeniedException.class)
    Object denied(AccessDeniedException e, HttpServletRequest request, HttpServletResponse response) {
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
     * Anything else. Spring's own web exceptions (a missing parameter, a method not allowed, an upload
     * too large) implement {@link ErrorResponse} and carry their status; the rest are bugs: 500, logged.
     */
    @ExceptionHandler(Exception.class)
    Object other(Exception e, HttpServletRequest request, HttpServletResponse response) {
        if (e instanceof ErrorResponse er) {
            er.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
            return answer(er, request, response);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            // a form or upload Tomcat cannot read, found when a filter (the CSRF check) first asks for a parameter
            if (t instanceof org.apache.tomcat.util.http.InvalidParameterException ipe) {
                boolean size = ipe.getCause() instanceof org.apache.tomcat.util.http.fileupload.impl.SizeException;
                int status = size ? 413 : ipe.getErrorCode() >= 400 && ipe.getErrorCode() < 500 ? ipe.getErrorCode() : 400;
                return answer(HttpStatusCode.valueOf(status), null, size ? "the upload is larger than the limit: " + maxFileSize + " per file, "
                        + maxRequestSize + " per request; nothing was read" : "the request's form or upload cannot be read: "
                        + readable(ipe.getCause() == null ? ipe.getMessage() : ipe.getCause().getMessage()), null, request, response);
            }
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("unexpected error (incident {}) on {} {}", incident, request.getMethod(), request.getRequestURI(), e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL,
                "an unexpected error occurred; it has been logged as incident " + incident, null, request, response);
    }

    private Object answer(ErrorResponse er, HttpServletRequest request, HttpServletResponse response) {
        ProblemDetail body = er.getBody();
        HttpStatus known = HttpStatus.resolve(er.getStatusCode().value());
        String detail = body.getDetail() != null ? readable(body.getDetail()) : known != null ? known.getReasonPhrase() : "";
        URI type = body.getType() == null || "about:blank".equals(body.getType().toString()) ? null : body.getType();
        return answer(er.getStatusCode(), type, detail, null, request, response);
    }

    private Object validation(List<FieldProblem> problems, HttpServletRequest request, HttpServletResponse response) {
        String detail = problems.size() + (problems.size() == 1 ? " field is" : " fields are") + " not valid";
        return answer(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, detail, problems, request, response);
    }

    private Object answer(HttpStatusCode status, URI type, String detail, List<FieldProblem> errors,
            HttpServletRequest request, HttpServletResponse response) {
        detail = TextDocument.clip(detail, MAX_DETAIL);
        // cut to the problems listed first, then clip their texts: a million problems are never all copied
        List<FieldProblem> listed = errors == null ? null : errors.subList(0, Math.min(errors.size(), MAX_LISTED)).stream()
                .map(f -> new FieldProblem(f.field(), TextDocument.clip(f.rejectedValue(), 200), TextDocument.clip(f.message(), MAX_DETAIL))).toList();
        if (isApi(request)) {
            ProblemDetail p = problem(status, type, detail, request.getRequestURI());
            if (errors != null) {
                p.setProperty("errors", listed);
                p.setProperty("errorCount", errors.size());
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
        }
        response.setStatus(status.value());
        ModelAndView mv = new ModelAndView("error/page", status);
        mv.addObject("status", status.value());
        mv.addObject("detail", status.is5xxServerError() ? null : detail);
        mv.addObject("errors", listed);
        mv.addObject("errorCount", errors == null ? 0 : errors.size());
        mv.addObject("currentUser", users.current().orElse(null));
        mv.addObject("navLinks", navigation.linksFor(users.current()));
        return mv;
    }

    /**
     * The problem details of every answer: {@code status} with its reason phrase as title, {@code type} (null: the
     * status's own type, {@link ProblemTypes#forStatus}), {@code detail} and the request's path as {@code instance}.
     * {@link MaintenanceFilter} answers with it too, before Spring MVC is reached.
     */
    static ProblemDetail problem(HttpStatusCode status, URI type, String detail, String path) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(type != null ? type : ProblemTypes.forStatus(status.value()));
        HttpStatus known = HttpStatus.resolve(status.value());
        p.setTitle(known != null ? known.getReasonPhrase() : "Error " + status.value());
        p.setInstance(URI.create(path));
        return p;
    }

    /**
     * A problem as the API writes it ({@code application/problem+json}): type, title, status, detail, instance, then
     * its further members at the top level (RFC 9457 §3.2); members without a value are left out. For answers
     * written outside Spring MVC ({@link MaintenanceFilter}), so that they are the advice's answers to the letter:
     * {@link #problem} of {@code status}, {@code type}, {@code detail} (clipped as every detail) and {@code path}, with
     * {@code properties} as further members.
     */
    static String problemJson(HttpStatusCode status, URI type, String detail, String path, Map<String, Object> properties) {
        ProblemDetail p = problem(status, type, TextDocument.clip(detail, MAX_DETAIL), path);
        properties.forEach(p::setProperty);
        return problemJson(p);
    }

    /** As {@link #problemJson(HttpStatusCode, URI, String, String, Map)}, of a problem already made. */
    static String problemJson(ProblemDetail p) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", p.getType() == null ? null : p.getType().toString());
        members.put("title", p.getTitle());
        members.put("status", p.getStatus());
        members.put("detail", p.getDetail());
        members.put("instance", p.getInstance() == null ? null : p.getInstance().toString());
        if (p.getProperties() != null) members.putAll(p.getProperties());
        members.values().removeIf(java.util.Objects::isNull);
        return PROBLEM_JSON.writeValueAsString(members);
    }

    private static final tools.jackson.databind.json.JsonMapper PROBLEM_JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    /** A detail is at most this long: an answer never repeats a huge value of the request whole. */
    static final int MAX_DETAIL = 2000;


    private static Object capped(Object value) {
        return value instanceof List<?> l && l.size() > MAX_LISTED ? l.subList(0, MAX_LISTED) : value;
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

    /**
     * The first line of a parser's or Spring's message, without Java type names ({@code `java.lang.Integer`}
     * becomes {@code Integer}) and without the parser's source and reference chain.
     */
    static String readable(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        line = QUOTED_TYPE.matcher(line).replaceAll("$1");
        line = SOURCE.matcher(line).replaceAll("");
        line = TextDocument.clip(line, 300);
        return line.replaceAll("(?:org\\.tongchou|java|javax|jakarta|org\\.springframework|tools\\.jackson|com\\.fasterxml)(?:\\.[\\w$]+)+", "value").strip();
    }
}
