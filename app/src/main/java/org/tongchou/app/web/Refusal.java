package org.tongchou.app.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;

/**
 * The application's own refusal of a request: the base type of every exception that a feature throws
 * for a request it will not carry out (nothing at that address, a conflict with the stored state, not
 * allowed, bad input, too many attempts). {@code ErrorAdvice} maps it, by this type, to RFC 9457 problem
 * details under {@code /api/} and to the error page elsewhere; controllers map nothing by hand.
 * <p>
 * A refusal carries its HTTP status, its problem type, an English detail (the API's default and the
 * log's) and optionally a message key with arguments, which the advice resolves in the request's
 * language (the detail of the problem and the text of the error page). Subclasses: {@link NotFound},
 * {@link Conflict}, {@link Forbidden}, {@link BadInput}, {@link Unprocessable}, {@link TooManyRequests};
 * {@link FieldProblemsException} lists problems with fields.
 */
public abstract class Refusal extends RuntimeException {
    private final HttpStatus status;
    private final URI type;
    private final String key;
    private final Object[] args;

    /** A refusal whose detail is this English text in every language. */
    protected Refusal(HttpStatus status, URI type, String detail) {
        this(status, type, detail, null);
    }

    /**
     * A refusal whose detail is the message {@code key} with {@code args} in the request's language,
     * {@code english} where the key is missing.
     */
    protected Refusal(HttpStatus status, URI type, String english, String key, Object... args) {
        super(english);
        this.status = status;
        this.type = type != null ? type : ProblemTypes.forStatus(status.value());
        this.key = key;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public HttpStatus status() {
        return status;
    }

    /** The problem type (RFC 9457 §3.1.1). */
    public URI type() {
        return type;
    }

    /** The detail in the given language: the message key resolved, or the English detail. */
    public String detail(MessageSource messages, Locale locale) {
        return key == null ? getMessage() : messages.getMessage(key, args, getMessage(), locale);
    }

    /**
     * This refusal as a sentence stored for later readers ({@link StoredMessages}, e.g. an audit row's reason): its
     * message key with its arguments (each at most {@value #MAX_STORED_ARGUMENT} characters), shown in the reader's
     * language; its English detail when it has none.
     */
    public String stored() {
        if (key == null) return getMessage();
        return StoredMessages.of(key, java.util.Arrays.stream(args).map(a -> TextDocument.clip(String.valueOf(a), MAX_STORED_ARGUMENT)).toArray());
    }

    /** The longest argument {@link #stored()} keeps (an audit row holds 400 characters). */
    static final int MAX_STORED_ARGUMENT = 150;

    /** The problems with single fields, in the given language; none unless a subclass lists them. */
    public List<FieldProblem> problems(MessageSource messages, Locale locale) {
        return List.of();
    }

    /** The problem's title; null for the status's reason phrase. */
    public String title() {
        return null;
    }

    /**
     * Further members of the problem (RFC 9457 §3.2), e.g. a file's problems with their row and column; a
     * list is cut to the advice's maximum (its size belongs in a count member of its own).
     */
    public Map<String, Object> properties() {
        return Map.of();
    }

    /** Headers the answer carries besides the problem (e.g. {@code Retry-After}). */
    public Map<String, String> headers() {
        return Map.of();
    }
}
