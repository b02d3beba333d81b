package org.tongchou.app.evaluation;

import java.util.List;
import org.tongchou.app.web.Unprocessable;

/**
 * A run refused because approved values are missing; lists every missing (town, indicator) cell, so that
 * the analyst can chase them all at once. Nothing is stored. Answered 422.
 */
public class IncompleteDataException extends Unprocessable {
    private final transient List<String> missing;
    private final String period;

    IncompleteDataException(String planCode, String period, List<String> missing) {
        super("plan '" + planCode + "', period " + period + ": " + missing.size() + " approved value(s) missing: " + preview(missing));
        this.missing = List.copyOf(missing);
        this.period = period;
    }

    /** The first 40 missing cells, comma-separated, "…" when there are more. */
    static String preview(List<String> missing) {
        return String.join(", ", missing.size() > 40 ? missing.subList(0, 40) : missing) + (missing.size() > 40 ? ", …" : "");
    }

    public String period() {
        return period;
    }

    public List<String> missing() {
        return missing;
    }
}
