package org.tongchou.app.data;

/** A change to an approved (locked) value, or a status transition the workflow does not allow. */
public class DataLockedException extends IllegalStateException {
    public DataLockedException(String message) {
        super(message);
    }
}
