package org.tongchou.app.evaluation;

import java.util.List;

/**
 * A run refused because approved values are missing; lists every missing (town, indicator) cell, so that
 * the analyst can chase them all at once. Nothing is stored.
 */
public class IncompleteDataException extends RuntimeException {
    private final transient List<String> missing;

    public IncompleteDataException(String planCode, String period, List<String> missing) {
        super("plan '" + planCode + "', period " + period + ": " + missing.size() + " approved value(s) missing: "
                + String.join(", ", missing.size() > 40 ? missing.subList(0, 40) : missing) + (missing.size() > 40 ? ", …" : ""));
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
