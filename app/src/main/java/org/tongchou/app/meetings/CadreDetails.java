package org.tongchou.app.meetings;

import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.tongchou.app.web.StoredMessages;

/**
 * Why a commitment or target fed a run's cadre indicators as it did, stored as a message key of the
 * {@code cadre.detail} block with its arguments ({@code cadre.detail.doneOn|2025-03-01|2025-06-30},
 * {@link StoredMessages}) and shown in the reader's language. Details stored before as English text are shown as
 * they are.
 */
@Component
class CadreDetails {
    private static final String PREFIX = "cadre.detail.";
    private static final Pattern STORED = Pattern.compile("cadre\\.detail\\.\\w+(\\|[^|]*)*");
    private final StoredMessages messages;

    CadreDetails(StoredMessages messages) {
        this.messages = messages;
    }

    /** The stored form of a detail: its key and arguments joined by {@code |}. */
    static String of(String name, Object... args) {
        return StoredMessages.of(PREFIX + name, args);
    }

    /** A stored detail in the given language. */
    String text(String stored, Locale locale) {
        if (stored == null || !STORED.matcher(stored).matches()) return stored;
        return messages.text(stored, locale);
    }
}
