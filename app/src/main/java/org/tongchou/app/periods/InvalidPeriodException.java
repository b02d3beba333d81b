package org.tongchou.app.periods;

/** A period code that is not one of {@code 2024}, {@code 2024H1}, {@code 2024Q3}, {@code 2024M07}. */
public class InvalidPeriodException extends IllegalArgumentException {
    private final String text;

    public InvalidPeriodException(String text, String reason) {
        super("period '" + text + "' " + reason + " (expected 2024, 2024H1, 2024Q3 or 2024M07)");
        this.text = text;
    }

    /** The text that was refused. */
    public String text() {
        return text;
    }
}
