package org.tongchou.app.units;

/**
 * A problem with one form field: {@code field} is the input's name (e.g. {@code successors[1].share}),
 * {@code key} a message key whose text names the field, {@code args} its arguments.
 */
public record FormProblem(String field, String key, Object... args) {
}
