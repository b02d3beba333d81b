package org.tongchou.app.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A sentence stored for later readers (an audit row's value, why a commitment fed a run as it did) as a message key
 * with its arguments joined by {@code |} ({@code audit.text.lockedUntil|2026-12-07T12:00:00Z}), shown in the reader's
 * language: pages call {@code ${@storedMessages.text(value, #locale)}}. An argument that is an instant
 * ({@link Instant#toString()}) is shown in the city's time ({@link CityTime}). Anything else (text stored before as
 * English, a value that is no key, a key the messages do not have) is shown as it was stored, so old rows stay
 * readable.
 */
@Component("storedMessages")
public class StoredMessages {
    private static final Pattern STORED = Pattern.compile("[a-z][\\w-]*(\\.[\\w-]+)+(\\|[^|]*)*");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?Z");
    private final MessageSource messages;
    private final CityTime cityTime;

    StoredMessages(MessageSource messages, CityTime cityTime) {
        this.messages = messages;
        this.cityTime = cityTime;
    }

    /**
     * The stored form of a sentence: its key and its arguments ({@code String.valueOf}, a {@code |} in one becomes
     * {@code ¦}) joined by {@code |}.
     */
    public static String of(String key, Object... args) {
        return Stream.concat(Stream.of(key), Arrays.stream(args).map(a -> String.valueOf(a).replace('|', '¦')))
                .collect(Collectors.joining("|"));
    }

    /** A stored sentence in the given language; null stays null, anything that is not a stored key as it is. */
    public String text(String stored, Locale locale) {
        if (stored == null || !STORED.matcher(stored).matches()) return stored;
        String[] parts = stored.split("\\|", -1);
        Object[] args = Arrays.stream(parts, 1, parts.length).map(this::shown).toArray();
        String text = messages.getMessage(parts[0], args, null, locale);
        return text == null ? stored : text;
    }

    private String shown(String arg) {
        if (!INSTANT.matcher(arg).matches()) return arg;
        try {
            return cityTime.minutes(Instant.parse(arg));
        } catch (DateTimeParseException e) {
            return arg;
        }
    }
}
