package org.tongchou.app.admin;

/**
 * A problem with one form field: {@code field} is the input's name (e.g. {@code successors[1].share}),
 * {@code key} a message key whose text names the field, {@code args} its arguments.
 */
public record FieldProblem(String field, String key, Object... args) {
}
