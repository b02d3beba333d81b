package org.tongchou.app.web;

/** One problem with one field of a request: which field, the rejected value, and why. */
public record FieldProblem(String field, String rejectedValue, String message) {
}
