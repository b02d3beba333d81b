package org.tongchou.app.entry;

/**
 * One thing wrong with a typed value, as a message key of the "entry.check" block with up to three
 * arguments (shown in the user's language on the pages) and an English text (the API's).
 */
public record EntryProblem(String key, String a, String b, String c) {
    public static final String NOT_NUMBER = "entry.check.notNumber";
    public static final String RANGE = "entry.check.range";
    public static final String RULE = "entry.check.rule";
    public static final String LOCKED = "entry.check.locked";
    public static final String OUTLIER = "entry.check.outlier";

    public String english() {
        return switch (key) {
            case NOT_NUMBER -> "'" + a + "' is not a number";
            case RANGE -> a + " is outside the plausible range " + b;
            case RULE -> "with these values " + a + " would be " + b + ", outside its plausible range " + c;
            case LOCKED -> "the value is approved and locked; an analyst must reopen it";
            case OUTLIER -> a + " is more than five times or less than a fifth of last year's " + b + ": a comment is needed";
            default -> key;
        };
    }

    @Override
    public String toString() {
        return english();
    }
}
