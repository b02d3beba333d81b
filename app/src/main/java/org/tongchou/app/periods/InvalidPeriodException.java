package org.tongchou.app.periods;

import org.tongchou.app.web.BadInput;

/**
 * A text that is not a period. Answered 400 (message {@code period.invalid} in the request's language);
 * commands print its English message.
 */
public class InvalidPeriodException extends BadInput {
    private final String text;

    public InvalidPeriodException(String text, String reason) {
        super("period '" + text + "' " + reason + " (expected 2024, 2024H1, 2024Q3 or 2024M07)", "period.invalid", text);
        this.text = text;
    }

    /** The text that was refused. */
    public String text() {
        return text;
    }
}
