package org.tongchou.app.entry;

/**
 * What a reporter typed for one indicator: the text of the value (empty = no value) and a comment.
 * The value stays text until it is checked, so that "12,5" or "abc" are reported, not thrown. {@code version}: the
 * version of the stored value the form showed (0 = nothing was stored; null = not known, not checked).
 */
record EntryInput(String indicator, String value, String comment, Long version) {
    EntryInput(String indicator, String value, String comment) {
        this(indicator, value, comment, null);
    }

    public EntryInput {
        value = value == null ? "" : value.strip();
        comment = comment == null || comment.isBlank() ? null : comment.strip();
    }
}
