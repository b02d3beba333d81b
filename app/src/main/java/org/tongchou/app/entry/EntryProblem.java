package org.tongchou.app.entry;

/**
 * One thing wrong with a typed value or a request, as a message key of the "entry.check" or
 * "entry.request" block with up to three arguments, shown in the user's language by pages and API
 * ({@link EntryMessages}), and an English text for logs and callers without a locale.
 */
record EntryProblem(String key, String a, String b, String c) {
    public static final String NOT_NUMBER = "entry.check.notNumber";
    public static final String RANGE = "entry.check.range";
    public static final String RULE = "entry.check.rule";
    public static final String LOCKED = "entry.check.locked";
    public static final String OUTLIER = "entry.check.outlier";
    public static final String NOT_IN_FORM = "entry.check.notInForm";
    /** a = the indicator: computed by Tongchou at every run from targets and commitments, never typed. */
    public static final String COMPUTED = "entry.check.computed";
    public static final String NOTHING_TO_SUBMIT = "entry.check.nothingToSubmit";
    /** The headline of a refused save: a = number of problems, b = unit code, c = period. */
    public static final String REJECTED = "entry.request.rejected";
    public static final String RETURN_REASON = "entry.request.returnReason";
    public static final String REOPEN_REASON = "entry.request.reopenReason";
    /** a = indicator, b = unit code, c = period. */
    public static final String NOT_SUBMITTED = "entry.request.notSubmitted";
    /** a = indicator, b = unit code, c = period. */
    public static final String NOT_APPROVED = "entry.request.notApproved";
    /** a = the indicators, b = unit code, c = period. */
    public static final String UNKNOWN_INDICATORS = "entry.request.unknownIndicators";
    /** a = the text given. */
    public static final String BAD_PERIOD = "entry.request.badPeriod";
    /** a = the data feature's (English) explanation. */
    public static final String CONFLICT = "entry.request.conflict";

    static EntryProblem of(String key, Object a, Object b, Object c) {
        return new EntryProblem(key, a == null ? null : a.toString(), b == null ? null : b.toString(), c == null ? null : c.toString());
    }

    public String english() {
        return switch (key) {
            case NOT_NUMBER -> "'" + a + "' is not a number";
            case RANGE -> a + " is outside the plausible range " + b;
            case RULE -> "with these values " + a + " would be " + b + ", outside its plausible range " + c;
            case LOCKED -> "the value is approved and locked; an analyst must reopen it";
            case OUTLIER -> a + " is more than five times or less than a fifth of last year's " + b + ": a comment is needed";
            case COMPUTED -> a + " is computed by Tongchou at every evaluation run from the targets and meeting commitments; it is not entered";
            case NOT_IN_FORM -> "not an indicator of this form (raw, in the framework, reported per " + a + " or coarser)";
            case NOTHING_TO_SUBMIT -> "nothing to submit: the form has no values";
            case REJECTED -> a + ("1".equals(a) ? " problem" : " problems") + " in the form of " + b + " for " + c + "; nothing was saved";
            case RETURN_REASON -> "returning values needs a reason";
            case REOPEN_REASON -> "reopening approved values needs a reason";
            case NOT_SUBMITTED -> a + " of " + b + " in " + c + " is not submitted";
            case NOT_APPROVED -> a + " of " + b + " in " + c + " is not approved";
            case UNKNOWN_INDICATORS -> "not indicators of the form of " + b + " for " + c + ": " + a;
            case BAD_PERIOD -> "'" + a + "' is not a period (expected 2024, 2024H1, 2024Q3 or 2024M07)";
            case CONFLICT -> a;
            default -> key;
        };
    }

    @Override
    public String toString() {
        return english();
    }
}
