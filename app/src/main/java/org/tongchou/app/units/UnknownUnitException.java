package org.tongchou.app.units;

/** A unit id or code that names no unit; the message says which and where it came from. */
public class UnknownUnitException extends RuntimeException {
    public UnknownUnitException(String message) {
        super(message);
    }
}
